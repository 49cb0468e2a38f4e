import { about as en } from '../../i18n/en/about';
import { about as nb } from '../../i18n/nb/about';
import { about as nn } from '../../i18n/nn/about';
import { registerMessages } from '../../i18n/registry';

registerMessages('about', { nb, nn, en });
