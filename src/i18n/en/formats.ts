import type { Messages } from '../messages';

export const formats: Messages['formats'] = {
  carried: {
    title: 'The answers have been moved to a newer question set',
    body: 'The answers were given with question set {from}. They have been moved to question set {to}, which the tool uses now.',
    changed:
      'These questions have changed, so the answer was removed or means less than before. Please check them:',
    dropped: 'Questions no longer asked: {count}.',
    unchanged: 'None of the answers changed.',
    dismiss: 'Close the message',
  },
  repairs: {
    heading: 'This was put right when the file was read:',
    'duplicate-id':
      'Participant {number} had the same id as another participant and got a new one.',
    'duplicate-number': 'Number {was} was used twice: one of them is now participant {number}.',
    'unknown-role': 'Participant {number} had a role the tool does not know. The role was removed.',
    'unknown-answers':
      'Participant {number} had {count} answers to questions or options the tool does not know. They were left out.',
    'next-number': 'The next new participant gets number {number}.',
  },
  leftOut: {
    summary_one: '{count} answer could not be used and was left out:',
    summary_other: '{count} answers could not be used and were left out:',
    unknownQuestion_one: 'a question that is not in this question set',
    unknownQuestion_other: '{count} questions that are not in this question set',
    unknownOption_one: 'an unknown answer option to “{question}”',
    unknownOption_other: '{count} unknown answer options to “{question}”',
  },
};
