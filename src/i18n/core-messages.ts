import { app as enApp } from './en/app';
import { pageNav as enPageNav } from './en/page-nav';
import { start as enStart } from './en/start';
import { app as nbApp } from './nb/app';
import { pageNav as nbPageNav } from './nb/page-nav';
import { start as nbStart } from './nb/start';
import { app as nnApp } from './nn/app';
import { pageNav as nnPageNav } from './nn/page-nav';
import { start as nnStart } from './nn/start';
import { registerMessages } from './registry';

// The app shell and start page texts, needed before anything else loads.
registerMessages('app', { nb: nbApp, nn: nnApp, en: enApp });
registerMessages('start', { nb: nbStart, nn: nnStart, en: enStart });
registerMessages('pageNav', { nb: nbPageNav, nn: nnPageNav, en: enPageNav });
