import type { Messages } from '../messages';

// Says that the desired situation, not today, is shown or edited.
export const variant: Messages['variant'] = {
  desired:
    'Du ser på ønskt situasjon – slik de ønskjer å ha det. Svar du endrar her, gjeld ønskt situasjon, ikkje situasjonen i dag.',
  showToday: 'Byt til situasjonen i dag',
};
