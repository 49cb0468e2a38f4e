// Notices about saved data that could not be read or saved; loaded only when one shows.
export const storage = {
  /** One notice per kind of saved data: the title says which; `file` names the download. */
  rescue: {
    answers: { title: 'Vi kunne ikke lese de lagrede svarene', file: 'lagrede-svar' },
    workshops: { title: 'Vi kunne ikke lese de lagrede workshopene', file: 'lagrede-workshoper' },
  },
  rescueBody:
    'Det som var lagret i denne nettleseren, var skadet eller laget av en nyere versjon av Modellkart. Det er tatt vare på og ikke slettet. Last det ned og ta vare på filen før du går videre.',
  rescueDownload: 'Last ned lagrede data',
  rescueDismiss: 'Lukk meldingen',
  writeFailed:
    'Nettleseren lot oss ikke lagre de siste svarene (lagringsplassen kan være full). Svarene ligger fortsatt på siden, men last dem ned for å være sikker.',
};
