import type { Messages } from '../messages';

export const exporting: Messages['exporting'] = {};
