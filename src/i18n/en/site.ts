import type { Messages } from '../messages';

export const site: Messages['site'] = {
  description:
    'See how the library and the citizen service centre are organised together, as a mix of four models.',
};
