import type { Messages } from './messages';
import { app } from './nn/app';
import { start } from './nn/start';
import { wizard } from './nn/wizard';
import { results } from './nn/results';
import { exporting } from './nn/exporting';
import { workshop } from './nn/workshop';
import { insight } from './nn/insight';
import { about } from './nn/about';
import { method } from './nn/method';
import { storage } from './nn/storage';
import { variant } from './nn/variant';
import { office } from './nn/office';
import { site } from './nn/site';
import { live } from './nn/live';
import { formats } from './nn/formats';
import { pageNav } from './nn/page-nav';

export const nn: Messages = {
  app,
  start,
  wizard,
  results,
  exporting,
  workshop,
  insight,
  about,
  method,
  storage,
  variant,
  office,
  site,
  live,
  formats,
  pageNav,
};
