import { app } from './nb/app';
import { start } from './nb/start';

/**
 * Bokmål defines the message keys; every other locale must match this shape. Each namespace is
 * one file per locale; the app registers a feature's namespace when the feature loads.
 */
export const nb = { app, start };
