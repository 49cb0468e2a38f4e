import { storage as en } from '../i18n/en/storage';
import { storage as nb } from '../i18n/nb/storage';
import { storage as nn } from '../i18n/nn/storage';
import { registerMessages } from '../i18n/registry';

registerMessages('storage', { nb, nn, en });
