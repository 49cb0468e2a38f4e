import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createRelayApp } from './app';
import type { RelayConfig } from './config';
import { RedisStore } from './redis-store';
import { SqliteStore } from './sqlite-store';
import type { RelayStore } from './store';

export interface RunningRelay {
  /** e.g. http://127.0.0.1:8787 (without the base path). */
  origin: string;
  port: number;
  store: RelayStore;
  /** Runs the expiry sweep now (it also runs on a timer). */
  sweep(): Promise<number>;
  stop(): Promise<void>;
}

export async function openStore(
  config: RelayConfig,
  log: (line: string, level?: 'error') => void = () => {},
): Promise<RelayStore> {
  return config.redisUrl
    ? RedisStore.connect(config.redisUrl, (line) => log(line, 'error'))
    : new SqliteStore(config.dbPath, config.dbSync);
}

export async function startRelay(
  config: RelayConfig,
  options: { now?: () => number; log?: (line: string, level?: 'error') => void } = {},
): Promise<RunningRelay> {
  const store = await openStore(config, options.log);
  const relay = createRelayApp({ store, config, ...options });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: relay.app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(s),
    );
    s.once('error', reject);
  });
  // Longer than a reverse proxy's idle keep-alive (nginx: 60 s), so the relay never closes a
  // connection that the proxy is about to reuse.
  if ('keepAliveTimeout' in server) {
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  }
  const port = (server.address() as AddressInfo).port;
  const sweeping = setInterval(() => {
    relay.sweep().catch((err: Error) => options.log?.(`sweep failed: ${err.message}`, 'error'));
  }, config.sweepSeconds * 1000);
  sweeping.unref();
  // Rooms that expired while the relay was down go at once.
  await relay.sweep();
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    origin: `http://${host}:${port}`,
    port,
    store,
    sweep: () => relay.sweep(),
    async stop() {
      clearInterval(sweeping);
      relay.endStreams();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Event streams that are still closing must not hold the process.
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await store.close();
    },
  };
}
