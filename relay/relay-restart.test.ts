// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { spawnRelay, type SpawnedRelay } from './spawn-relay';
import {
  RelayClient,
  fakeEnvelope,
  newFacilitator,
  openStream,
  randomId,
  randomSecret,
} from './test-client';

const dir = mkdtempSync(path.join(tmpdir(), 'relay-restart-'));
const env = { RELAY_DB: path.join(dir, 'relay.sqlite') };
let running: SpawnedRelay | undefined;
afterAll(async () => {
  await running?.kill();
  rmSync(dir, { recursive: true, force: true });
});

it('loses nothing when the relay is killed mid-workshop and started again', async () => {
  running = await spawnRelay(env);
  let client = new RelayClient(running.url);
  const f = newFacilitator();
  expect((await client.createRoom(f.request)).status).toBe(201);
  const people = Array.from({ length: 10 }, () => ({
    id: randomId(),
    secret: randomSecret(),
    envelope: fakeEnvelope(),
  }));
  for (const p of people.slice(0, 6)) {
    expect((await client.put(f.roomId, p.id, p.secret, p.envelope)).status).toBe(200);
  }
  const before = await openStream(client, f.roomId, f.secret);
  await before.waitFor(6);
  const lastSeen = before.events.at(-1)!.seq;

  // Killed outright: no shutdown code runs.
  await running.kill();
  await before.waitFor(99, 5000);
  expect(before.ended).toBe(true);

  running = await spawnRelay(env);
  client = new RelayClient(running.url);
  for (const p of people.slice(6)) {
    expect((await client.put(f.roomId, p.id, p.secret, p.envelope)).status).toBe(200);
  }
  // The binding of each submission to its secret survived too.
  expect((await client.put(f.roomId, people[0]!.id, randomSecret(), fakeEnvelope())).status).toBe(
    403,
  );
  const changed = fakeEnvelope();
  const replaced = await client.put(f.roomId, people[0]!.id, people[0]!.secret, changed);
  expect(await replaced.json()).toMatchObject({ replaced: true });

  // The facilitator resumes where the stream broke off and gets the rest.
  const resumed = await openStream(client, f.roomId, f.secret, lastSeen);
  const rest = await resumed.waitFor(5);
  await resumed.close();
  expect(rest.map((e) => e.submissionId)).toEqual(
    [...people.slice(6), people[0]!].map((p) => p.id),
  );
  expect(rest.at(-1)!.envelope).toEqual(changed);

  // A fresh stream has every participant once, each in their latest version.
  const all = await openStream(client, f.roomId, f.secret);
  const events = await all.waitFor(10);
  await all.close();
  expect(new Set(events.map((e) => e.submissionId))).toEqual(new Set(people.map((p) => p.id)));
  expect(events.find((e) => e.submissionId === people[0]!.id)!.envelope).toEqual(changed);
  expect(events.find((e) => e.submissionId === people[5]!.id)!.envelope).toEqual(
    people[5]!.envelope,
  );
  await running.stop();
  expect(running.child.exitCode).toBe(0);
}, 90_000);
