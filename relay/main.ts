// The live workshop's relay: `npm run relay` (node scripts/run-ts.mjs relay/main.ts).
// Configured by environment variables only; relay/README.md lists them.
import { readConfig } from './config';
import { startRelay } from './server';

export async function main(): Promise<number> {
  let config;
  try {
    config = readConfig();
  } catch (err) {
    console.error(`relay: ${(err as Error).message}`);
    return 2;
  }
  const log = (line: string, level?: 'error') => {
    if (level === 'error') console.error(`${new Date().toISOString()} ${line}`);
    else if (config.log === 'info') console.log(`${new Date().toISOString()} ${line}`);
  };
  let relay;
  try {
    relay = await startRelay(config, { log });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    console.error(
      e.code === 'EADDRINUSE'
        ? `relay: port ${config.port} on ${config.host} is in use (set RELAY_PORT to another one)`
        : `relay: could not start: ${e.message}`,
    );
    return 1;
  }
  const store = config.redisUrl ? 'Redis (REDIS_URL)' : `SQLite at ${config.dbPath}`;
  console.log(`relay: listening on ${relay.origin}${config.base} with ${store}`);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  console.log(`relay: ${signal}, stopping`);
  await relay.stop();
  return 0;
}
