import { sha256 } from '../domain/live-envelope';
import {
  createRoomRequestSchema,
  submitRequestSchema,
  type RelayEvent,
} from '../domain/live-protocol';

type Room = {
  key: string;
  secretHash: string;
  open: boolean;
  events: RelayEvent[];
  owners: Map<string, string>;
  listeners: Set<(e: RelayEvent) => void>;
};

/**
 * An in-memory relay that speaks live-protocol.ts over a fetch function, for tests: it keeps
 * only what the real one keeps (hashes, ciphertext) and applies the same ownership rules.
 */
export function fakeRelay() {
  const rooms = new Map<string, Room>();
  let seq = 0;
  let offline = false;
  const json = (status: number, body: unknown) =>
    new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  const error = (status: number, code: string) => json(status, { error: code, message: code });
  const bearer = (init?: RequestInit) =>
    new Headers(init?.headers).get('Authorization')?.replace(/^Bearer /, '') ?? '';
  const info = (id: string, r: Room) => ({
    roomId: id,
    facilitatorKey: r.key,
    open: r.open,
    submissions: r.owners.size,
    cap: 200,
    expiresAt: '2027-01-01T00:00:00.000Z',
  });

  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (offline) throw new TypeError('Failed to fetch');
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    const parts = url.pathname.replace(/^\/relay\/?/, '').split('/');
    if (parts[0] === 'health') return json(200, { ok: true, version: 1 });
    if (parts[0] !== 'rooms') return error(404, 'not-found');
    if (parts.length === 1 && method === 'POST') {
      const req = createRoomRequestSchema.safeParse(JSON.parse(String(init?.body)));
      if (!req.success) return error(400, 'bad-request');
      const room: Room = {
        key: req.data.facilitatorKey,
        secretHash: req.data.facilitatorSecretHash,
        open: true,
        events: [],
        owners: new Map(),
        listeners: new Set(),
      };
      rooms.set(req.data.roomId, room);
      return json(201, info(req.data.roomId, room));
    }
    const id = parts[1]!;
    const room = rooms.get(id);
    if (!room) return error(404, 'not-found');
    const facilitator = async () => (await sha256(bearer(init))) === room.secretHash;
    if (parts[2] === 'submissions' && method === 'PUT') {
      if (!room.open) return error(409, 'room-closed');
      const sid = parts[3]!;
      const hash = await sha256(bearer(init));
      const owner = room.owners.get(sid);
      if (owner && owner !== hash) return error(403, 'forbidden');
      const req = submitRequestSchema.safeParse(JSON.parse(String(init?.body)));
      if (!req.success) return error(400, 'bad-request');
      room.owners.set(sid, hash);
      const event: RelayEvent = {
        submissionId: sid,
        seq: ++seq,
        receivedAt: new Date().toISOString(),
        envelope: req.data.envelope,
      };
      room.events = [...room.events.filter((e) => e.submissionId !== sid), event];
      for (const listener of room.listeners) listener(event);
      return json(200, { ...event, envelope: undefined, replaced: Boolean(owner) });
    }
    if (parts[2] === 'events') {
      if (!(await facilitator())) return error(403, 'forbidden');
      const after = Number(new Headers(init?.headers).get('Last-Event-ID') ?? 0);
      const encoder = new TextEncoder();
      let listener: (e: RelayEvent) => void = () => {};
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          const push = (e: RelayEvent) =>
            controller.enqueue(
              encoder.encode(`event: submission\nid: ${e.seq}\ndata: ${JSON.stringify(e)}\n\n`),
            );
          room.events.filter((e) => e.seq > after).forEach(push);
          listener = push;
          room.listeners.add(listener);
          init?.signal?.addEventListener('abort', () => {
            room.listeners.delete(listener);
            controller.close();
          });
        },
        cancel() {
          room.listeners.delete(listener);
        },
      });
      return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
    }
    if (parts[2] === 'close' && method === 'POST') {
      if (!(await facilitator())) return error(403, 'forbidden');
      room.open = false;
      return json(200, info(id, room));
    }
    if (parts.length === 2 && method === 'DELETE') {
      if (!(await facilitator())) return error(403, 'forbidden');
      rooms.delete(id);
      return new Response(null, { status: 204 });
    }
    if (parts.length === 2 && method === 'GET') return json(200, info(id, room));
    return error(400, 'bad-request');
  };

  return {
    fetch: fetchImpl as typeof fetch,
    rooms,
    setOffline: (value: boolean) => {
      offline = value;
    },
    /** Stores a raw event as if a participant had sent it (for tampered ciphertext). */
    inject(roomId: string, event: Omit<RelayEvent, 'seq'>) {
      const room = rooms.get(roomId)!;
      const full = { ...event, seq: ++seq };
      room.events.push(full);
      for (const listener of room.listeners) listener(full);
    },
  };
}
