import { formats as en } from '../i18n/en/formats';
import { formats as nb } from '../i18n/nb/formats';
import { formats as nn } from '../i18n/nn/formats';
import { registerMessages } from '../i18n/registry';

registerMessages('formats', { nb, nn, en });
