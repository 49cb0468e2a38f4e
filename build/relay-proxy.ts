import type { ProxyOptions } from 'vite';

/** The path the app calls the live workshop relay on, on its own origin. */
export const RELAY_PATH = '/relay';

type Env = Record<string, string | undefined>;

/** Where the dev and preview servers find the relay: RELAY_URL, or the local one on RELAY_PORT. */
export function relayTarget(env: Env = process.env): string {
  return env.RELAY_URL || `http://127.0.0.1:${env.RELAY_PORT || 8787}`;
}

/**
 * `server.proxy` and `preview.proxy` for the relay: `/relay/*` goes to the relay unchanged (it
 * serves under the same base path), so the app has one origin as behind a production proxy.
 * The proxy streams the relay's server-sent events as they come; relay-proxy.test.ts checks it.
 */
export function relayProxy(env: Env = process.env): Record<string, ProxyOptions> {
  return {
    [RELAY_PATH]: {
      target: relayTarget(env),
      // The relay limits requests per client address; with RELAY_TRUST_PROXY=1 (as `npm start`
      // sets) it reads the address this adds.
      xfwd: true,
    },
  };
}
