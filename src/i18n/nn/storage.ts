import type { Messages } from '../messages';

// Notices about saved data that could not be read or saved; loaded only when one shows.
export const storage: Messages['storage'] = {
  rescue: {
    answers: { title: 'Vi kunne ikkje lese dei lagra svara', file: 'lagra-svar' },
    workshops: { title: 'Vi kunne ikkje lese dei lagra workshopane', file: 'lagra-workshopar' },
  },
  rescueBody:
    'Det som var lagra i denne nettlesaren, var skadd eller laga av ein nyare versjon av Modellkart. Det er teke vare på og ikkje sletta. Last det ned og ta vare på fila før du går vidare.',
  rescueFound: 'Funne {time}.',
  rescueEarlier:
    'Kopien vart teken vare på ved eit tidlegare besøk. Han blir liggjande i nettlesaren til du lastar han ned eller slettar han.',
  rescueDownloaded:
    'Fila er lasta ned. Kopien i nettlesaren blir sletta neste gong du opnar Modellkart, eller no om du vel «Slett kopien».',
  rescueNotKept:
    'Det som var lagra i denne nettlesaren, var skadd eller laga av ein nyare versjon av Modellkart. Vi fekk ikkje lagra ein kopi (lagringsplassen er full), så det ligg framleis der det låg. Nye svar blir ikkje lagra over det før du har lasta det ned eller valt å forkaste det.',
  rescueDiscard: 'Slett kopien',
  rescueDiscardHeld: 'Forkast det og lagre nye svar',
  rescueDownload: 'Last ned lagra data',
  rescueDismiss: 'Lukk meldinga',
  repaired: {
    title: 'Noko i dei lagra workshopane er retta',
    heading: 'Dette vart retta i workshopen «{name}»:',
  },
  leftOut: { title: 'Nokre svar i fila vart utelatne' },
  writeFailed:
    'Nettlesaren let oss ikkje lagre dei siste svara (lagringsplassen kan vere full). Svara ligg framleis på sida, men last dei ned for å vere sikker.',
};
