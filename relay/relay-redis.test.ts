// @vitest-environment node
// Two relay instances share rooms through a real Redis (scripts/redis-for-tests.ts starts one;
// if redis-server is missing this fails and says so).
import { createClient } from '@redis/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startRedis, type TestRedis } from '../scripts/redis-for-tests';
import { readConfig } from './config';
import { startRelay, type RunningRelay } from './server';
import {
  RelayClient,
  fakeEnvelope,
  newFacilitator,
  openStream,
  randomId,
  randomSecret,
} from './test-client';

let redis: TestRedis;
const relays: RunningRelay[] = [];
let a: RelayClient;
let b: RelayClient;

beforeAll(async () => {
  redis = await startRedis();
  for (let i = 0; i < 2; i++) {
    const config = readConfig({ RELAY_PORT: '0', REDIS_URL: redis.url, RELAY_EXPIRY_DAYS: '30' });
    relays.push(await startRelay(config));
  }
  [a, b] = relays.map((r) => new RelayClient(`${r.origin}/relay`)) as [RelayClient, RelayClient];
}, 30_000);

afterAll(async () => {
  for (const r of relays) await r.stop();
  await redis?.stop();
});

it('delivers participants on either instance to the facilitator streaming from one', async () => {
  const f = newFacilitator();
  expect((await a.createRoom(f.request)).status).toBe(201);
  // The room made on A is there on B.
  expect((await b.room(f.roomId)).status).toBe(200);

  const stream = await openStream(a, f.roomId, f.secret);
  const people = Array.from({ length: 8 }, (_, i) => ({
    id: randomId(),
    secret: randomSecret(),
    envelope: fakeEnvelope(),
    via: i % 2 === 0 ? a : b,
  }));
  for (const p of people) {
    expect((await p.via.put(f.roomId, p.id, p.secret, p.envelope)).status).toBe(200);
  }
  const events = await stream.waitFor(8);
  expect(events.map((e) => e.submissionId)).toEqual(people.map((p) => p.id));
  expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  expect(events[7]!.envelope).toEqual(people[7]!.envelope);

  // A submission made on A is bound to its secret on B too.
  const first = people[0]!;
  expect((await b.put(f.roomId, first.id, randomSecret(), fakeEnvelope())).status).toBe(403);
  const changed = fakeEnvelope();
  const res = await b.put(f.roomId, first.id, first.secret, changed);
  expect(await res.json()).toMatchObject({ replaced: true, seq: 9 });
  const [latest] = (await stream.waitFor(9)).slice(8);
  expect(latest).toMatchObject({ submissionId: first.id, envelope: changed });

  // Only the facilitator reads, on either instance.
  expect((await b.events(f.roomId, first.secret)).status).toBe(403);
  const fromB = await openStream(b, f.roomId, f.secret, 8);
  expect((await fromB.waitFor(1)).map((e) => e.seq)).toEqual([9]);
  await fromB.close();

  // Deleting on B ends the stream on A, and the ciphertext is gone from Redis.
  expect((await b.delete(f.roomId, f.secret)).status).toBe(204);
  await stream.waitFor(99, 5000);
  expect(stream.ended).toBe(true);
  expect((await a.room(f.roomId)).status).toBe(404);
  const inspect = createClient({ url: redis.url });
  await inspect.connect();
  try {
    expect(await inspect.keys(`relay:{${f.roomId}}:*`)).toEqual([]);
  } finally {
    await inspect.close();
  }
}, 30_000);

it('caps a room across instances and lets Redis expire every key with the room', async () => {
  const f = newFacilitator();
  await a.createRoom({ ...f.request, expiresInDays: 2 });
  for (let i = 0; i < 3; i++) {
    const via = i % 2 ? a : b;
    expect((await via.put(f.roomId, randomId(), randomSecret(), fakeEnvelope())).status).toBe(200);
  }
  const inspect = createClient({ url: redis.url });
  await inspect.connect();
  try {
    const keys = await inspect.keys(`relay:{${f.roomId}}:*`);
    expect(keys.sort()).toEqual(
      ['data', 'own', 'room', 'seq'].map((k) => `relay:{${f.roomId}}:${k}`),
    );
    for (const key of keys) {
      const ttl = await inspect.pTTL(key);
      expect(ttl).toBeGreaterThan(2 * 86_400_000 - 60_000);
      expect(ttl).toBeLessThanOrEqual(2 * 86_400_000);
    }
  } finally {
    await inspect.close();
  }
  const closed = await b.close(f.roomId, f.secret);
  expect(closed.status).toBe(200);
  const late = await a.put(f.roomId, randomId(), randomSecret(), fakeEnvelope());
  expect(late.status).toBe(409);
}, 30_000);
