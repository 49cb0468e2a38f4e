import { app } from './nb/app';
import { start } from './nb/start';
import { wizard } from './nb/wizard';
import { results } from './nb/results';
import { exporting } from './nb/exporting';
import { workshop } from './nb/workshop';
import { insight } from './nb/insight';
import { about } from './nb/about';
import { method } from './nb/method';
import { storage } from './nb/storage';
import { variant } from './nb/variant';
import { office } from './nb/office';
import { site } from './nb/site';
import { live } from './nb/live';
import { formats } from './nb/formats';
import { pageNav } from './nb/page-nav';

/**
 * Bokmål defines the message keys; every other locale must match this shape. Each namespace is
 * one file per locale; a feature registers its namespace (registry.ts) when its code loads.
 */
export const nb = {
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
