import type { Messages } from '../messages';

export const pageNav: Messages['pageNav'] = {
  menu: 'Menu',
  sectionsLabel: 'On this page',
  sectionsButton: 'Go to section',
  importTitle: 'Answers from a file',
  importIntro:
    'If you have saved your answers from Modellkart as a file (JSON), you can load them here. The answers stay in this browser.',
  importOpen: 'Have your answers in a file?',
  certaintyDetail: {
    answered: '{answered} of {total} questions have an answer that counts.',
    dontKnow_one: '{count} is answered “Don’t know”.',
    dontKnow_other: '{count} are answered “Don’t know”.',
    open_one: '{count} is still open.',
    open_other: '{count} are still open.',
  },
};
