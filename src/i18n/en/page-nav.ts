import type { Messages } from '../messages';

export const pageNav: Messages['pageNav'] = {
  menu: 'Menu',
  sectionsLabel: 'On this page',
  sectionsButton: 'Go to section',
  importTitle: 'Answers from a file',
  importIntro:
    'If you have saved your answers from Modellkart as a file (JSON), you can load them here. The answers stay in this browser.',
  importOpen: 'Have your answers in a file?',
};
