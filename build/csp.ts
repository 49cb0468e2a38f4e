import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of the built app (docs/hosting.md has the header version). Only
 * added at build time: the dev server needs inline scripts for hot reload. Inline scripts and
 * style attributes in the prerendered HTML are allowed by hash only, never 'unsafe-inline'.
 */
export function contentSecurityPolicy(scriptHashes: string[], styleHashes: string[]): string {
  const styleSrc = ["'self'", ...(styleHashes.length ? ["'unsafe-hashes'", ...styleHashes] : [])];
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    `style-src ${styleSrc.join(' ')}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A CSP hash source of a script's or style's text. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** The hash sources of every distinct style="…" attribute in the HTML, as the browser reads them. */
export function styleAttributeHashes(html: string): string[] {
  const values = [...html.matchAll(/\sstyle="([^"]*)"/g)].map(([, value]) =>
    decodeAttribute(value!),
  );
  return [...new Set(values.map(sha256Source))].sort();
}
