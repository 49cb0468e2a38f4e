import type { Messages } from '../messages';

export const results: Messages['results'] = {};
