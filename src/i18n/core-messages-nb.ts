import { app } from './nb/app';
import { pageNav } from './nb/page-nav';
import { start } from './nb/start';
import { registerLocaleMessages } from './registry';

registerLocaleMessages('nb', { app, start, pageNav });
