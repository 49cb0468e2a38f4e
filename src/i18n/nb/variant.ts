// Says that the desired situation, not today, is shown or edited.
export const variant = {
  desired:
    'Du ser på ønsket situasjon – slik dere ønsker å ha det. Svar du endrer her, gjelder ønsket situasjon, ikke dagens.',
  showToday: 'Bytt til dagens situasjon',
};
