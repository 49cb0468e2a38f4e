/** The five reference points' ids: four models plus a baseline. The one list of them. */
export const REFERENCE_IDS = ['ingen', 'en-dor-inn', 'hybrid', 'totalt', 'pac-man'] as const;
export type ReferenceId = (typeof REFERENCE_IDS)[number];
