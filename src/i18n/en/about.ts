import type { Messages } from '../messages';

export const about: Messages['about'] = {};
