import { method as en } from '../../i18n/en/method';
import { method as nb } from '../../i18n/nb/method';
import { method as nn } from '../../i18n/nn/method';
import { registerMessages } from '../../i18n/registry';

registerMessages('method', { nb, nn, en });
