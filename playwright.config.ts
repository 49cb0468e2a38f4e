import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/e2e/chromium-path';

// E2E_PORT and E2E_DIST let several runs share one machine; CI uses the defaults.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_DIST ?? 'dist';
// The live workshop's relay, reached by the app through the preview server's /relay proxy.
const relayPort = Number(process.env.E2E_RELAY_PORT ?? 8797);
const relayDb = join(tmpdir(), `modellkart-e2e-relay-${port}-${Date.now()}.sqlite`);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Every test has its own browser context (storage included), so files run side by side; a
  // flaky test is a failure to fix, never passed on a retry.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [['list']],
  outputDir: `test-results/${port}`,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'nb-NO',
    // The service worker caches every file of the app on a page's first visit: work for the
    // browser in each of the suite's some 150 fresh contexts. offline.spec.ts and safety.spec.ts
    // (every request the app makes) run with it; the rest of the suite without.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
    // A trace records every step of every test (with no retries, every run records). CI keeps no
    // artifacts, and recording costs a fifth of the suite's time there; locally a failure keeps one.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
  },
  webServer: [
    {
      command: `npx vite preview --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { RELAY_PORT: String(relayPort) },
    },
    {
      command: 'node scripts/run-ts.mjs relay/main.ts',
      port: relayPort,
      // Outside CI a relay already listening on the port is used as it is.
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { RELAY_PORT: String(relayPort), RELAY_HOST: '127.0.0.1', RELAY_DB: relayDb },
    },
  ],
});
