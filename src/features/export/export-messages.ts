import { exporting as en } from '../../i18n/en/exporting';
import { exporting as nb } from '../../i18n/nb/exporting';
import { exporting as nn } from '../../i18n/nn/exporting';
import { registerMessages } from '../../i18n/registry';

registerMessages('exporting', { nb, nn, en });
