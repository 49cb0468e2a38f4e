import type { Messages } from '../messages';

// Says that the desired situation, not today, is shown or edited.
export const variant: Messages['variant'] = {
  desired:
    'You are looking at the desired situation – how you want things to be. Answers you change here apply to the desired situation, not to today.',
  showToday: 'Switch to today’s situation',
};
