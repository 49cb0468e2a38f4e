import type { Messages } from './messages';
import { app } from './nn/app';
import { start } from './nn/start';

export const nn: Messages = { app, start };
