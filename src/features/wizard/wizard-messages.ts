import { wizard as en } from '../../i18n/en/wizard';
import { wizard as nb } from '../../i18n/nb/wizard';
import { wizard as nn } from '../../i18n/nn/wizard';
import { registerMessages } from '../../i18n/registry';

// Loaded with the wizard and review pages only, so the start page stays light.
registerMessages('wizard', { nb, nn, en });
