import type { Messages } from '../messages';

export const pageNav: Messages['pageNav'] = {
  menu: 'Meny',
  sectionsLabel: 'På denne sida',
  sectionsButton: 'Gå til del',
  importTitle: 'Svar frå ei fil',
  importIntro:
    'Har du lagra svara som fil (JSON) frå Modellkart før, kan du hente dei inn her. Svara blir berre i denne nettlesaren.',
  importOpen: 'Har du svara i ei fil?',
};
