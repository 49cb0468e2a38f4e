import type { Messages } from '../messages';

export const insight: Messages['insight'] = {};
