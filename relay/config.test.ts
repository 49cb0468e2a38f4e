// @vitest-environment node
import path from 'node:path';
import { expect, it } from 'vitest';
import { readConfig } from './config';

it('has the documented defaults', () => {
  const c = readConfig({}, '/srv/app');
  expect(c).toMatchObject({
    port: 8787,
    host: '127.0.0.1',
    base: '/relay',
    dbPath: path.resolve('/srv/app/.relay-data/relay.sqlite'),
    dbSync: 'normal',
    redisUrl: null,
    maxBodyBytes: 262_144,
    roomCap: 200,
    expiryDays: 30,
    streamsPerRoom: 8,
    trustProxy: false,
    corsOrigin: null,
  });
});

it('reads the environment and refuses a bad value with a line that names it', () => {
  expect(
    readConfig({ RELAY_PORT: '9000', RELAY_EXPIRY_DAYS: '7', REDIS_URL: 'redis://r:6379' }),
  ).toMatchObject({ port: 9000, expiryDays: 7, redisUrl: 'redis://r:6379' });
  expect(() => readConfig({ RELAY_EXPIRY_DAYS: '0' })).toThrow(/RELAY_EXPIRY_DAYS .*1 to 365/);
  expect(() => readConfig({ RELAY_ROOM_CAP: 'many' })).toThrow(/RELAY_ROOM_CAP/);
  expect(() => readConfig({ RELAY_TRUST_PROXY: 'maybe' })).toThrow(/RELAY_TRUST_PROXY/);
  expect(() => readConfig({ RELAY_BASE: 'relay/' })).toThrow(/RELAY_BASE/);
});
