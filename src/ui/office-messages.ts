import { office as en } from '../i18n/en/office';
import { office as nb } from '../i18n/nb/office';
import { office as nn } from '../i18n/nn/office';
import { registerMessages } from '../i18n/registry';

// The download pipeline's words; every page that offers a download gets them with it.
registerMessages('office', { nb, nn, en });
