/** Finding one's way: the header's menu, the results page's section menu and folding sections. */
export const pageNav = {
  menu: 'Meny',
  sectionsLabel: 'På denne siden',
  sectionsButton: 'Gå til del',
  importTitle: 'Svar fra en fil',
  importIntro:
    'Har du lagret svarene som fil (JSON) fra Modellkart før, kan du hente dem inn her. Svarene blir bare i denne nettleseren.',
  importOpen: 'Har du svarene i en fil?',
  certaintyDetail: {
    answered: '{answered} av {total} spørsmål har et svar som teller med.',
    dontKnow_one: '{count} er besvart med «Vet ikke».',
    dontKnow_other: '{count} er besvart med «Vet ikke».',
    open_one: '{count} står åpent.',
    open_other: '{count} står åpne.',
  },
};
