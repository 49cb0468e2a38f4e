// Notices about saved data that could not be read or saved; loaded only when one shows.
export const storage = {
  /** One notice per kind of saved data: the title says which; `file` names the download. */
  rescue: {
    answers: { title: 'Vi kunne ikke lese de lagrede svarene', file: 'lagrede-svar' },
    workshops: { title: 'Vi kunne ikke lese de lagrede workshopene', file: 'lagrede-workshoper' },
  },
  rescueBody:
    'Det som var lagret i denne nettleseren, var skadet eller laget av en nyere versjon av Modellkart. Det er tatt vare på og ikke slettet. Last det ned og ta vare på filen før du går videre.',
  rescueFound: 'Funnet {time}.',
  rescueEarlier:
    'Kopien ble tatt vare på ved et tidligere besøk. Den blir liggende i nettleseren til du laster den ned eller sletter den.',
  rescueDownloaded:
    'Filen er lastet ned. Kopien i nettleseren slettes neste gang du åpner Modellkart, eller nå hvis du velger «Slett kopien».',
  rescueNotKept:
    'Det som var lagret i denne nettleseren, var skadet eller laget av en nyere versjon av Modellkart. Vi fikk ikke lagret en kopi (lagringsplassen er full), så det ligger fortsatt der det lå. Nye svar blir ikke lagret over det før du har lastet det ned eller valgt å forkaste det.',
  rescueDiscard: 'Slett kopien',
  rescueDiscardHeld: 'Forkast det og lagre nye svar',
  rescueDownload: 'Last ned lagrede data',
  rescueDismiss: 'Lukk meldingen',
  repaired: {
    title: 'Noe i de lagrede workshopene er rettet',
    heading: 'Dette ble rettet i workshopen «{name}»:',
  },
  leftOut: { title: 'Noen svar i filen ble utelatt' },
  writeFailed:
    'Nettleseren lot oss ikke lagre de siste svarene (lagringsplassen kan være full). Svarene ligger fortsatt på siden, men last dem ned for å være sikker.',
};
