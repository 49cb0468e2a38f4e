import type { Messages } from '../messages';

export const site: Messages['site'] = {
  description:
    'Sjå korleis bibliotek og innbyggjartorg er organiserte saman, som ei blanding av fire modellar.',
};
