import { live as en } from '../../i18n/en/live';
import { live as nb } from '../../i18n/nb/live';
import { live as nn } from '../../i18n/nn/live';
import { registerMessages } from '../../i18n/registry';

registerMessages('live', { nb, nn, en });
