import { insight as en } from '../../i18n/en/insight';
import { insight as nb } from '../../i18n/nb/insight';
import { insight as nn } from '../../i18n/nn/insight';
import { registerMessages } from '../../i18n/registry';
// Chart labels (results namespace) come with the shared charts.
import '../../ui/charts/chart-messages';

registerMessages('insight', { nb, nn, en });
