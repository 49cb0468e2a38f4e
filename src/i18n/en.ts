import type { Messages } from './messages';
import { app } from './en/app';
import { start } from './en/start';

export const en: Messages = { app, start };
