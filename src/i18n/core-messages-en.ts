import { app } from './en/app';
import { pageNav } from './en/page-nav';
import { start } from './en/start';
import { registerLocaleMessages } from './registry';

registerLocaleMessages('en', { app, start, pageNav });
