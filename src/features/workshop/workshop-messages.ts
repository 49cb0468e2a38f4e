import { workshop as en } from '../../i18n/en/workshop';
import { workshop as nb } from '../../i18n/nb/workshop';
import { workshop as nn } from '../../i18n/nn/workshop';
import { registerMessages } from '../../i18n/registry';

registerMessages('workshop', { nb, nn, en });
