/** Finding one's way: the header's menu, the results page's section menu and folding sections. */
export const pageNav = {
  menu: 'Meny',
  sectionsLabel: 'På denne siden',
  sectionsButton: 'Gå til del',
  importTitle: 'Svar fra en fil',
  importIntro:
    'Har du lagret svarene som fil (JSON) fra Modellkart før, kan du hente dem inn her. Svarene blir bare i denne nettleseren.',
  importOpen: 'Har du svarene i en fil?',
};
