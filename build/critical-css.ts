// Build step (prerender.ts): the prerendered start page gets the CSS rules it uses inline in
// <head>, so its first paint waits for no stylesheet; the full stylesheet link moves to the end of
// <body>, where it no longer holds up that paint. Beasties picks the rules that match the HTML.
import Beasties from 'beasties';
import { sha256Source } from './csp';

/** `css` maps each stylesheet's file name in the build (assets/…css) to its text. */
export async function inlineCriticalCss(html: string, css: Map<string, string>): Promise<string> {
  const beasties = new Beasties({
    path: '/',
    publicPath: '/',
    preload: 'body',
    noscriptFallback: false,
    inlineFonts: false,
    pruneSource: false,
    reduceInlineStyles: false,
    logLevel: 'warn',
    // Beasties cannot match these (Designsystemet sets e.g. paragraph margins with :where()); kept,
    // or the page would shift when the full stylesheet arrives.
    allowRules: [/:where\(/, /:is\(/],
  });
  const missing: string[] = [];
  beasties.readFile = (filename: string) => {
    const found = [...css].find(([name]) => filename.endsWith(name));
    if (!found) missing.push(filename);
    return found?.[1] ?? '';
  };
  const out = await beasties.process(html);
  // Beasties only logs a stylesheet it cannot read; a build without its CSS must fail instead.
  if (missing.length)
    throw new Error(`critical CSS: no stylesheet ${missing.join(', ')} in the build`);
  return out;
}

/** CSP sources for the text of every inline <style> element. */
export function styleElementHashes(html: string): string[] {
  return [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, text]) =>
    sha256Source(text!),
  );
}
