import { existsSync } from 'node:fs';

/** Debian's Chromium (or CHROME_PATH); Playwright cannot download a browser here. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      "No Chromium found for the end-to-end tests. Install Debian's Chromium with " +
        '`sudo apt-get update && sudo apt-get install -y chromium`, or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

/**
 * The flags this machine needs, for the end-to-end tests and the scripts that drive Chromium:
 * without the networking ones Chromium calls out to Google.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
