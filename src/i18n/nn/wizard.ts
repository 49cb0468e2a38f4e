import type { Messages } from '../messages';

export const wizard: Messages['wizard'] = {};
