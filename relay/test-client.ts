// Calls the relay as the app does, with stand-in ciphertext (the relay never decrypts).
// Shared by the relay's tests and scripts/bench-relay.ts.
import { createHash, randomBytes } from 'node:crypto';
import type { CreateRoomRequest, Envelope, RelayEvent } from '../src/domain/live-protocol';
import { readSse } from './sse-reader';

export const randomId = () => randomBytes(16).toString('base64url');
export const randomSecret = () => randomBytes(16).toString('base64url');
export const hashOf = (secret: string) =>
  createHash('sha256').update(secret, 'utf8').digest('base64url');

/** A well-formed envelope whose ciphertext is `size` random bytes (base64url). */
export function fakeEnvelope(size = 1200): Envelope {
  return {
    v: 1,
    epk: randomBytes(65).toString('base64url'),
    iv: randomBytes(12).toString('base64url'),
    ct: randomBytes(size).toString('base64url'),
  };
}

export interface Facilitator {
  roomId: string;
  secret: string;
  request: CreateRoomRequest;
}

export function newFacilitator(): Facilitator {
  const secret = randomSecret();
  const roomId = randomId();
  return {
    roomId,
    secret,
    request: {
      roomId,
      facilitatorKey: randomBytes(65).toString('base64url'),
      facilitatorSecretHash: hashOf(secret),
    },
  };
}

export class RelayClient {
  constructor(
    /** Origin plus base path, e.g. http://127.0.0.1:8787/relay */
    readonly url: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  private call(path: string, init: RequestInit & { secret?: string } = {}) {
    const { secret, ...rest } = init;
    return fetch(`${this.url}${path}`, {
      ...rest,
      headers: {
        ...this.headers,
        ...(rest.body ? { 'Content-Type': 'application/json' } : {}),
        ...(secret ? { Authorization: `Bearer ${secret}` } : {}),
        ...(rest.headers as Record<string, string> | undefined),
      },
    });
  }

  createRoom(request: CreateRoomRequest) {
    return this.call('/rooms', { method: 'POST', body: JSON.stringify(request) });
  }

  room(roomId: string) {
    return this.call(`/rooms/${roomId}`);
  }

  put(roomId: string, submissionId: string, secret: string, envelope: Envelope | string) {
    return this.call(`/rooms/${roomId}/submissions/${submissionId}`, {
      method: 'PUT',
      secret,
      body: typeof envelope === 'string' ? envelope : JSON.stringify({ envelope }),
    });
  }

  close(roomId: string, secret?: string) {
    return this.call(`/rooms/${roomId}/close`, { method: 'POST', secret });
  }

  delete(roomId: string, secret?: string) {
    return this.call(`/rooms/${roomId}`, { method: 'DELETE', secret });
  }

  events(roomId: string, secret?: string, lastEventId?: number, signal?: AbortSignal) {
    return this.call(`/rooms/${roomId}/events`, {
      secret,
      signal,
      headers: lastEventId ? { 'Last-Event-ID': String(lastEventId) } : {},
    });
  }
}

/**
 * The facilitator's event stream, collected as it arrives: `next(n)` waits for n more events
 * (or the stream's end) and `close()` stops it.
 */
export async function openStream(
  client: RelayClient,
  roomId: string,
  secret: string,
  lastEventId?: number,
) {
  const abort = new AbortController();
  const res = await client.events(roomId, secret, lastEventId, abort.signal);
  if (res.status !== 200 || !res.body) {
    throw new Error(`events: HTTP ${res.status} ${await res.text()}`);
  }
  const events: (RelayEvent & { arrivedAt: number })[] = [];
  const waiter: { wake?: () => void } = {};
  let ended = false;
  const done = (async () => {
    try {
      for await (const e of readSse(res.body!)) {
        if (e.event !== 'submission') continue;
        events.push({ ...(JSON.parse(e.data) as RelayEvent), arrivedAt: performance.now() });
        waiter.wake?.();
      }
    } catch {
      // Aborted by close(), or the relay went away.
    } finally {
      ended = true;
      waiter.wake?.();
    }
  })();
  return {
    res,
    events,
    get ended() {
      return ended;
    },
    /** Resolves once `count` events in all have arrived, or the stream has ended. */
    async waitFor(count: number, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (events.length < count && !ended) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`waited for ${count} events, got ${events.length}`);
        await new Promise<void>((resolve) => {
          waiter.wake = resolve;
          setTimeout(resolve, Math.min(left, 200));
        });
      }
      return events;
    },
    async close() {
      abort.abort();
      await done;
    },
  };
}
