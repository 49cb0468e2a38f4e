import { results as en } from '../../i18n/en/results';
import { results as nb } from '../../i18n/nb/results';
import { results as nn } from '../../i18n/nn/results';
import { registerMessages } from '../../i18n/registry';

// Chart labels live in the results namespace; any page that shows a chart gets them with it.
registerMessages('results', { nb, nn, en });
