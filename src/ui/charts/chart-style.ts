import type { ReferenceId } from '../../domain/references';

/**
 * Okabe–Ito based, darkened so every mark has ≥ 3:1 contrast on white (≥ 5:1 here). Colour is
 * never the only cue: each reference also has its own shape and a label.
 */
export const REFERENCE_COLORS: Record<ReferenceId, string> = {
  ingen: '#6b6b6b',
  'en-dor-inn': '#0072b2',
  hybrid: '#007a5e',
  totalt: '#8e4585',
  'pac-man': '#b3261e',
};

export const INK = '#1a1a1a';
export const WARNING = '#b3261e';
