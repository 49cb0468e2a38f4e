import { variant as en } from '../i18n/en/variant';
import { variant as nb } from '../i18n/nb/variant';
import { variant as nn } from '../i18n/nn/variant';
import { registerMessages } from '../i18n/registry';

registerMessages('variant', { nb, nn, en });
