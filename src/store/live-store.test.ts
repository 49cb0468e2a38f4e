import { beforeEach, describe, expect, it } from 'vitest';
import { archetypeAnswers } from '../domain/archetypes';
import { CATALOGUE } from '../domain/catalogue';
import { livePayloadOf, randomId, type LivePayload } from '../domain/live-envelope';
import { fakeRelay } from './fake-relay.test-utils';
import { createRelayClient } from './live-client';
import { setRelayClient, useLiveStore } from './live-store';
import { useWorkshopStore } from './workshop-store';

const payload = (model: 'totalt' | 'hybrid', name = ''): LivePayload =>
  livePayloadOf({
    assessment: { answers: archetypeAnswers(CATALOGUE, model), comments: {}, context: {} },
    desired: null,
    catalogueVersion: CATALOGUE.version,
    role: 'leder',
    name,
    includeComments: false,
  });

let relay: ReturnType<typeof fakeRelay>;
const live = () => useLiveStore.getState();
const workshop = (id: string) => useWorkshopStore.getState().workshops.find((w) => w.id === id)!;

async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

async function startedWorkshop() {
  const id = useWorkshopStore.getState().createWorkshop('Drammen');
  expect(await live().startRoom(id)).toEqual({ ok: true });
  const room = workshop(id).live!;
  return { id, room };
}

beforeEach(() => {
  relay = fakeRelay();
  setRelayClient(createRelayClient('/relay', relay.fetch));
  useWorkshopStore.setState({ workshops: [], removed: null });
  useLiveStore.setState({ joins: {}, active: null, relay: 'unknown', sendStatus: {}, rooms: {} });
});

describe('live store', () => {
  it('finds the relay, or says there is none', async () => {
    expect(await live().checkRelay()).toBe('available');
    setRelayClient(createRelayClient('/relay', () => Promise.reject(new TypeError('no'))));
    expect(await live().checkRelay(true)).toBe('absent');
  });

  it('brings a participant to the facilitator, and a re-send replaces the answers', async () => {
    const { id, room } = await startedWorkshop();
    // The relay got the public key and a hash, never the secret or the private key.
    const stored = relay.rooms.get(room.roomId)!;
    expect(stored.key).toBe(room.publicKey);
    expect(JSON.stringify(stored)).not.toContain(room.secret);
    const stop = live().follow(id, CATALOGUE);

    live().join(room.roomId, room.publicKey, 'Drammen');
    expect(await live().send(payload('totalt', 'Kari'))).toEqual({ kind: 'sent' });
    await until(() => workshop(id).participants.length === 1);
    const first = workshop(id).participants[0]!;
    expect(first).toMatchObject({ name: 'Kari', role: 'leder', source: 'live' });

    expect(await live().send(payload('hybrid'))).toEqual({ kind: 'sent' });
    await until(() => workshop(id).participants[0]!.name === null);
    expect(workshop(id).participants).toHaveLength(1);
    expect(workshop(id).participants[0]!.assessment.answers).toEqual(
      archetypeAnswers(CATALOGUE, 'hybrid'),
    );
    expect(live().joins[room.roomId]!.receipt?.replaced).toBe(true);
    stop();
  });

  it('keeps a send made offline and delivers it when the browser is back', async () => {
    const { id, room } = await startedWorkshop();
    live().join(room.roomId, room.publicKey, null);
    relay.setOffline(true);
    expect(await live().send(payload('totalt'))).toEqual({ kind: 'queued' });
    expect(live().joins[room.roomId]!.pending).not.toBeNull();
    relay.setOffline(false);
    await live().deliverPending();
    expect(live().sendStatus[room.roomId]).toEqual({ kind: 'sent' });
    expect(live().joins[room.roomId]!.pending).toBeNull();
    const stop = live().follow(id, CATALOGUE);
    await until(() => workshop(id).participants.length === 1);
    stop();
  });

  it('counts a changed ciphertext as unreadable and adds nothing', async () => {
    const { id, room } = await startedWorkshop();
    const stop = live().follow(id, CATALOGUE);
    live().join(room.roomId, room.publicKey, null);
    await live().send(payload('totalt'));
    await until(() => workshop(id).participants.length === 1);
    const good = relay.rooms.get(room.roomId)!.events[0]!.envelope;
    const ct = `${good.ct.slice(0, 10)}${good.ct[10] === 'A' ? 'B' : 'A'}${good.ct.slice(11)}`;
    relay.inject(room.roomId, {
      submissionId: randomId(),
      receivedAt: new Date().toISOString(),
      envelope: { ...good, ct },
    });
    await until(() => live().rooms[id]?.unreadable === 1);
    expect(workshop(id).participants).toHaveLength(1);
    stop();
  });

  it('resumes after the last event it read, and stops when the room is deleted', async () => {
    const { id, room } = await startedWorkshop();
    live().join(room.roomId, room.publicKey, null);
    await live().send(payload('totalt'));
    let stop = live().follow(id, CATALOGUE);
    await until(() => workshop(id).participants.length === 1);
    stop();
    expect(workshop(id).live!.lastSeq).toBeGreaterThan(0);
    // The facilitator removed the participant by hand: a reconnect does not bring them back.
    useWorkshopStore.getState().removeParticipant(id, workshop(id).participants[0]!.id);
    stop = live().follow(id, CATALOGUE);
    await until(() => live().rooms[id]?.stream === 'open');
    expect(workshop(id).participants).toHaveLength(0);
    stop();
    expect(await live().deleteRoom(id)).toBe(true);
    expect(relay.rooms.has(room.roomId)).toBe(false);
    expect(workshop(id).live).toBeUndefined();
  });

  it('refuses a send to a closed room with a reason, and keeps nothing waiting', async () => {
    const { id, room } = await startedWorkshop();
    expect(await live().closeRoom(id)).toBe(true);
    live().join(room.roomId, room.publicKey, null);
    expect(await live().send(payload('totalt'))).toEqual({ kind: 'failed', reason: 'room-closed' });
    expect(live().joins[room.roomId]!.pending).toBeNull();
  });
});
