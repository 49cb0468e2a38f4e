import { INK as SVG_INK, REFERENCE_COLOURS } from '../../render/chart-svg';

/**
 * The on-screen charts use the one colour table of the chart files (domain/chart-svg.ts):
 * Okabe–Ito based, darkened so every mark has ≥ 5:1 contrast on white. Colour is never the only
 * cue: each reference also has its own shape and a label.
 */
export const REFERENCE_COLORS = REFERENCE_COLOURS;

export const INK = SVG_INK;
export const WARNING = REFERENCE_COLOURS['pac-man'];
