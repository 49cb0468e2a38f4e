import path from 'node:path';

/** Everything the relay can be told through its environment (relay/README.md lists them). */
export interface RelayConfig {
  port: number;
  host: string;
  /** Path prefix of every route; the app's proxy forwards `/relay` unchanged. */
  base: string;
  /** SQLite file of the embedded store; unused when `redisUrl` is set. */
  dbPath: string;
  /**
   * SQLite's synchronous mode. 'normal' (WAL): a killed or crashed relay loses nothing it
   * confirmed; a power cut may lose the last moments. 'full' syncs every write to disk first.
   */
  dbSync: 'normal' | 'full';
  redisUrl: string | null;
  /** Largest accepted request body in bytes (413 above). */
  maxBodyBytes: number;
  /** Participants (distinct submissions) per room. */
  roomCap: number;
  /** Days a room lives; also the most a facilitator may ask for. */
  expiryDays: number;
  maxRooms: number;
  ipBurst: number;
  ipPerSecond: number;
  roomBurst: number;
  roomPerSecond: number;
  /** Open event streams per room (a facilitator with a few tabs). */
  streamsPerRoom: number;
  sweepSeconds: number;
  heartbeatSeconds: number;
  /** Take the client address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean;
  /** An origin allowed to call the relay from another site; none by default. */
  corsOrigin: string | null;
  log: 'info' | 'quiet';
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not «${raw}»`);
  }
  return value;
}

function num(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new Error(`${name} must be a number from ${min} to ${max}, not «${raw}»`);
  }
  return value;
}

function flag(env: Env, name: string): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '' || raw === '0' || raw === 'false' || raw === 'no') return false;
  if (raw === '1' || raw === 'true' || raw === 'yes') return true;
  throw new Error(`${name} must be 1 or 0, not «${env[name]}»`);
}

export function readConfig(env: Env = process.env, cwd = process.cwd()): RelayConfig {
  const base = env.RELAY_BASE ?? '/relay';
  if (!/^(\/[A-Za-z0-9._-]+)*$/.test(base)) {
    throw new Error(
      `RELAY_BASE must be a path like /relay without a trailing slash, not «${base}»`,
    );
  }
  const dbSync = env.RELAY_DB_SYNC || 'normal';
  if (dbSync !== 'normal' && dbSync !== 'full')
    throw new Error('RELAY_DB_SYNC must be normal or full');
  const log = env.RELAY_LOG ?? 'info';
  if (log !== 'info' && log !== 'quiet') throw new Error('RELAY_LOG must be info or quiet');
  return {
    port: int(env, 'RELAY_PORT', 8787, 0, 65535),
    host: env.RELAY_HOST || '127.0.0.1',
    base,
    dbPath: path.resolve(cwd, env.RELAY_DB || '.relay-data/relay.sqlite'),
    dbSync,
    redisUrl: env.REDIS_URL || null,
    maxBodyBytes: int(env, 'RELAY_MAX_BODY_BYTES', 256 * 1024, 1024, 16 * 1024 * 1024),
    roomCap: int(env, 'RELAY_ROOM_CAP', 200, 1, 100_000),
    expiryDays: int(env, 'RELAY_EXPIRY_DAYS', 30, 1, 365),
    maxRooms: int(env, 'RELAY_MAX_ROOMS', 10_000, 1, 10_000_000),
    ipBurst: int(env, 'RELAY_IP_BURST', 300, 1, 10_000_000),
    ipPerSecond: num(env, 'RELAY_IP_PER_SECOND', 5, 0.001, 1_000_000),
    roomBurst: int(env, 'RELAY_ROOM_BURST', 400, 1, 10_000_000),
    roomPerSecond: num(env, 'RELAY_ROOM_PER_SECOND', 10, 0.001, 1_000_000),
    streamsPerRoom: int(env, 'RELAY_STREAMS_PER_ROOM', 8, 1, 1000),
    sweepSeconds: int(env, 'RELAY_SWEEP_SECONDS', 300, 1, 86_400),
    heartbeatSeconds: int(env, 'RELAY_HEARTBEAT_SECONDS', 15, 1, 3600),
    trustProxy: flag(env, 'RELAY_TRUST_PROXY'),
    corsOrigin: env.RELAY_CORS_ORIGIN || null,
    log,
  };
}
