import type { Messages } from './messages';
import { app } from './en/app';
import { start } from './en/start';
import { wizard } from './en/wizard';
import { results } from './en/results';
import { exporting } from './en/exporting';
import { workshop } from './en/workshop';
import { insight } from './en/insight';
import { about } from './en/about';
import { method } from './en/method';
import { storage } from './en/storage';
import { variant } from './en/variant';
import { office } from './en/office';
import { site } from './en/site';
import { live } from './en/live';
import { formats } from './en/formats';
import { pageNav } from './en/page-nav';

export const en: Messages = {
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
