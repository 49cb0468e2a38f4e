// @vitest-environment node
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { relayErrorSchema, roomInfoSchema, submitReceiptSchema } from '../src/domain/live-protocol';
import { readConfig, type RelayConfig } from './config';
import { startRelay, type RunningRelay } from './server';
import {
  RelayClient,
  fakeEnvelope,
  newFacilitator,
  openStream,
  randomId,
  randomSecret,
} from './test-client';

const DAY = 24 * 60 * 60 * 1000;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

interface Started {
  relay: RunningRelay;
  client: RelayClient;
  config: RelayConfig;
  logs: string[];
  clock: { now: number };
}

async function start(env: Record<string, string> = {}): Promise<Started> {
  const dir = mkdtempSync(path.join(tmpdir(), 'relay-test-'));
  const config = readConfig({ RELAY_PORT: '0', RELAY_DB: path.join(dir, 'relay.sqlite'), ...env });
  const clock = { now: Date.parse('2026-12-01T10:00:00Z') };
  const logs: string[] = [];
  const relay = await startRelay(config, { now: () => clock.now, log: (l) => logs.push(l) });
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  cleanups.push(() => relay.stop());
  return { relay, client: new RelayClient(`${relay.origin}/relay`), config, logs, clock };
}

async function roomWithFacilitator(client: RelayClient) {
  const f = newFacilitator();
  const res = await client.createRoom(f.request);
  expect(res.status).toBe(201);
  return f;
}

async function errorOf(res: Response) {
  return relayErrorSchema.parse(await res.json()).error;
}

describe('the relay', () => {
  it('answers health and creates a room that anyone can look up without seeing submissions', async () => {
    const { client } = await start();
    expect(await (await fetch(`${client.url}/health`)).json()).toEqual({ ok: true, version: 1 });
    const f = await roomWithFacilitator(client);
    await client.put(f.roomId, randomId(), randomSecret(), fakeEnvelope());

    const info = await client.room(f.roomId);
    expect(info.status).toBe(200);
    const body = (await info.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(
      ['cap', 'expiresAt', 'facilitatorKey', 'open', 'roomId', 'submissions'].sort(),
    );
    expect(roomInfoSchema.parse(body)).toMatchObject({ open: true, submissions: 1, cap: 200 });
  });

  it('lets the same facilitator retry creating a room, and nobody else take its id', async () => {
    const { client } = await start();
    const f = await roomWithFacilitator(client);
    expect((await client.createRoom(f.request)).status).toBe(200);
    const other = newFacilitator();
    const taken = await client.createRoom({ ...other.request, roomId: f.roomId });
    expect(taken.status).toBe(403);
    expect(await errorOf(taken)).toBe('forbidden');
    const bad = await client.createRoom({ ...other.request, facilitatorKey: 'short' });
    expect(bad.status).toBe(400);
    expect(await errorOf(bad)).toBe('bad-request');
  });

  it('binds a submission to its participant: replace with the same secret, 403 for any other', async () => {
    const { client } = await start();
    const f = await roomWithFacilitator(client);
    const id = randomId();
    const secret = randomSecret();
    const first = fakeEnvelope();
    const res1 = await client.put(f.roomId, id, secret, first);
    expect(res1.status).toBe(200);
    expect(submitReceiptSchema.parse(await res1.json())).toMatchObject({
      submissionId: id,
      seq: 1,
      replaced: false,
    });

    const hijack = await client.put(f.roomId, id, randomSecret(), fakeEnvelope());
    expect(hijack.status).toBe(403);
    expect(await errorOf(hijack)).toBe('forbidden');
    const anonymous = await client.put(f.roomId, id, '', fakeEnvelope());
    expect(anonymous.status).toBe(401);

    const second = fakeEnvelope();
    const res2 = await client.put(f.roomId, id, secret, second);
    expect(submitReceiptSchema.parse(await res2.json())).toMatchObject({ seq: 2, replaced: true });

    // The facilitator sees the participant's latest envelope, once; the hijacker's never.
    const stream = await openStream(client, f.roomId, f.secret);
    const events = await stream.waitFor(1);
    await stream.close();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ submissionId: id, seq: 2, envelope: second });
  });

  it('never lets a participant read submissions: only the facilitator secret opens the stream', async () => {
    const { client } = await start();
    const f = await roomWithFacilitator(client);
    const secret = randomSecret();
    const id = randomId();
    await client.put(f.roomId, id, secret, fakeEnvelope());

    const asParticipant = await client.events(f.roomId, secret);
    expect(asParticipant.status).toBe(403);
    const anonymous = await client.events(f.roomId);
    expect(anonymous.status).toBe(401);
    // There is no route that returns one submission.
    const direct = await fetch(`${client.url}/rooms/${f.roomId}/submissions/${id}`, {
      headers: { Authorization: `Bearer ${secret}` },
    });
    expect(direct.status).toBe(404);
  });

  it('lets only the facilitator close and delete; closed takes no more, deleted is gone', async () => {
    const { client } = await start();
    const f = await roomWithFacilitator(client);
    const p = { id: randomId(), secret: randomSecret() };
    await client.put(f.roomId, p.id, p.secret, fakeEnvelope());

    expect((await client.close(f.roomId, p.secret)).status).toBe(403);
    expect((await client.delete(f.roomId, p.secret)).status).toBe(403);
    expect((await client.delete(f.roomId)).status).toBe(401);

    const closed = await client.close(f.roomId, f.secret);
    expect(roomInfoSchema.parse(await closed.json()).open).toBe(false);
    const late = await client.put(f.roomId, p.id, p.secret, fakeEnvelope());
    expect(late.status).toBe(409);
    expect(await errorOf(late)).toBe('room-closed');

    const stream = await openStream(client, f.roomId, f.secret);
    await stream.waitFor(1);
    expect((await client.delete(f.roomId, f.secret)).status).toBe(204);
    await stream.waitFor(99, 5000); // returns when the relay ends the stream
    expect(stream.ended).toBe(true);
    expect((await client.room(f.roomId)).status).toBe(404);
  });

  it('refuses an oversized body with 413 and another room goes on', async () => {
    const { client, config } = await start();
    const a = await roomWithFacilitator(client);
    const b = await roomWithFacilitator(client);
    const huge = JSON.stringify({ envelope: fakeEnvelope(config.maxBodyBytes) });
    const res = await client.put(a.roomId, randomId(), randomSecret(), huge);
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toBe('too-large');
    expect((await client.put(b.roomId, randomId(), randomSecret(), fakeEnvelope())).status).toBe(
      200,
    );
    expect(roomInfoSchema.parse(await (await client.room(a.roomId)).json()).submissions).toBe(0);
  });

  it('answers a flood into one room with 429 and Retry-After, and another room goes on', async () => {
    const { client } = await start({ RELAY_ROOM_BURST: '20', RELAY_ROOM_PER_SECOND: '1' });
    const a = await roomWithFacilitator(client);
    const b = await roomWithFacilitator(client);
    const early = { id: randomId(), secret: randomSecret(), envelope: fakeEnvelope() };
    await client.put(a.roomId, early.id, early.secret, early.envelope);

    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 40; i++) {
      const res = await client.put(a.roomId, randomId(), randomSecret(), fakeEnvelope());
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
      await res.body?.cancel();
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(15);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);

    expect((await client.put(b.roomId, randomId(), randomSecret(), fakeEnvelope())).status).toBe(
      200,
    );
    const stream = await openStream(client, b.roomId, b.secret);
    expect(await stream.waitFor(1)).toHaveLength(1);
    await stream.close();
  });

  it('limits each client address, and other addresses go on', async () => {
    const { relay } = await start({
      RELAY_IP_BURST: '10',
      RELAY_IP_PER_SECOND: '0.1',
      RELAY_TRUST_PROXY: '1',
    });
    const flooder = new RelayClient(`${relay.origin}/relay`, { 'X-Forwarded-For': '192.0.2.7' });
    const other = new RelayClient(`${relay.origin}/relay`, { 'X-Forwarded-For': '198.51.100.9' });
    const f = newFacilitator();
    expect((await other.createRoom(f.request)).status).toBe(201);
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) {
      const res = await flooder.put(f.roomId, randomId(), randomSecret(), fakeEnvelope());
      statuses.push(res.status);
      await res.body?.cancel();
    }
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    expect((await other.put(f.roomId, randomId(), randomSecret(), fakeEnvelope())).status).toBe(
      200,
    );
    // The address the relay sees is its own proxy's last hop, not what a client claims first.
    const spoof = new RelayClient(`${relay.origin}/relay`, {
      'X-Forwarded-For': '203.0.113.1, 192.0.2.7',
    });
    expect((await spoof.room(f.roomId)).status).toBe(429);
  });

  it('caps the participants of a room; those in can still replace', async () => {
    const { client } = await start({ RELAY_ROOM_CAP: '3' });
    const f = await roomWithFacilitator(client);
    const people = Array.from({ length: 3 }, () => ({ id: randomId(), secret: randomSecret() }));
    for (const p of people) {
      expect((await client.put(f.roomId, p.id, p.secret, fakeEnvelope())).status).toBe(200);
    }
    const fourth = await client.put(f.roomId, randomId(), randomSecret(), fakeEnvelope());
    expect(fourth.status).toBe(409);
    expect(await errorOf(fourth)).toBe('room-full');
    const again = await client.put(f.roomId, people[0]!.id, people[0]!.secret, fakeEnvelope());
    expect(again.status).toBe(200);
  });

  it('deletes a room and its ciphertext when it expires, by the sweep and on read', async () => {
    const { client, clock, relay, config } = await start({ RELAY_EXPIRY_DAYS: '30' });
    const swept = await roomWithFacilitator(client);
    const read = await roomWithFacilitator(client);
    const longer = newFacilitator();
    const res = await client.createRoom({ ...longer.request, expiresInDays: 365 });
    // A facilitator cannot ask for more than the relay allows.
    const expiresAt = Date.parse(roomInfoSchema.parse(await res.json()).expiresAt);
    expect(expiresAt).toBe(clock.now + 30 * DAY);
    for (const room of [swept, read]) {
      await client.put(room.roomId, randomId(), randomSecret(), fakeEnvelope());
    }
    const rows = (roomId: string) => {
      const db = new Database(config.dbPath, { readonly: true });
      try {
        return (
          db.prepare('SELECT count(*) AS n FROM submissions WHERE room_id = ?').get(roomId) as {
            n: number;
          }
        ).n;
      } finally {
        db.close();
      }
    };
    expect(rows(swept.roomId)).toBe(1);

    clock.now += 29 * DAY;
    expect(await relay.sweep()).toBe(0);
    expect((await client.room(swept.roomId)).status).toBe(200);

    clock.now += DAY;
    expect(await relay.sweep()).toBe(3);
    expect(rows(swept.roomId)).toBe(0);
    expect(rows(read.roomId)).toBe(0);
    expect((await client.room(swept.roomId)).status).toBe(404);
    const late = await client.put(read.roomId, randomId(), randomSecret(), fakeEnvelope());
    expect(late.status).toBe(404);
  });

  it('treats a room as gone once its time is up, even before the sweep', async () => {
    const { client, clock, config } = await start({ RELAY_EXPIRY_DAYS: '2' });
    const f = await roomWithFacilitator(client);
    await client.put(f.roomId, randomId(), randomSecret(), fakeEnvelope());
    clock.now += 2 * DAY;
    expect((await client.room(f.roomId)).status).toBe(404);
    const db = new Database(config.dbPath, { readonly: true });
    const n = (db.prepare('SELECT count(*) AS n FROM submissions').get() as { n: number }).n;
    db.close();
    expect(n).toBe(0);
  });

  it('streams stored submissions first, resumes after Last-Event-ID, then sends new ones live', async () => {
    const { client } = await start({ RELAY_HEARTBEAT_SECONDS: '1' });
    const f = await roomWithFacilitator(client);
    const ids = [randomId(), randomId(), randomId()];
    for (const id of ids) await client.put(f.roomId, id, randomSecret(), fakeEnvelope());

    const resumed = await openStream(client, f.roomId, f.secret, 2);
    expect(resumed.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect((await resumed.waitFor(1)).map((e) => e.seq)).toEqual([3]);
    const late = randomId();
    await client.put(f.roomId, late, randomSecret(), fakeEnvelope());
    const events = await resumed.waitFor(2);
    expect(events.map((e) => [e.submissionId, e.seq])).toEqual([
      [ids[2], 3],
      [late, 4],
    ]);
    await resumed.close();

    // Heartbeats keep an idle stream open through proxies.
    const raw = await client.events(f.roomId, f.secret, 4);
    const reader = raw.body!.getReader();
    let text = '';
    while (!text.includes(': heartbeat')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    await reader.cancel();
    expect(text).toContain(': heartbeat');
  });

  it('limits open event streams per room and frees a place when one closes', async () => {
    const { client } = await start({ RELAY_STREAMS_PER_ROOM: '2' });
    const f = await roomWithFacilitator(client);
    const first = await openStream(client, f.roomId, f.secret);
    const second = await openStream(client, f.roomId, f.secret);
    const third = await client.events(f.roomId, f.secret);
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    await first.close();
    let again: Response | undefined;
    for (let i = 0; i < 50 && again?.status !== 200; i++) {
      await again?.body?.cancel();
      await new Promise((r) => setTimeout(r, 50));
      again = await client.events(f.roomId, f.secret);
    }
    expect(again!.status).toBe(200);
    await again!.body?.cancel();
    await second.close();
  });

  it('sends security headers, no CORS by default, and keeps secrets and ciphertext out of its log', async () => {
    const { client, logs } = await start();
    const f = await roomWithFacilitator(client);
    const p = { id: randomId(), secret: randomSecret(), envelope: fakeEnvelope(64) };
    const res = await fetch(`${client.url}/rooms/${f.roomId}`, {
      headers: { Origin: 'https://elsewhere.example' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('cache-control')).toBe('no-store');
    await client.put(f.roomId, p.id, p.secret, p.envelope);
    await client.put(f.roomId, p.id, randomSecret(), p.envelope);
    const stream = await openStream(client, f.roomId, f.secret);
    await stream.waitFor(1);
    await stream.close();

    expect(logs.length).toBeGreaterThan(3);
    const all = logs.join('\n');
    for (const s of [f.secret, p.secret, p.envelope.ct, p.envelope.epk, f.roomId, p.id]) {
      expect(all).not.toContain(s);
    }
  });

  it('lets a named origin call it when RELAY_CORS_ORIGIN is set', async () => {
    const { client } = await start({ RELAY_CORS_ORIGIN: 'https://app.example' });
    const res = await fetch(`${client.url}/health`, { headers: { Origin: 'https://app.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example');
  });
});
