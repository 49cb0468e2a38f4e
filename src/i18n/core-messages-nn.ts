import { app } from './nn/app';
import { pageNav } from './nn/page-nav';
import { start } from './nn/start';
import { registerLocaleMessages } from './registry';

registerLocaleMessages('nn', { app, start, pageNav });
