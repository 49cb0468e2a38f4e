import { EventSourceParserStream } from 'eventsource-parser/stream';
import * as z from 'zod/mini';
import {
  relayErrorSchema,
  relayEventSchema,
  roomInfoSchema,
  submitReceiptSchema,
  type CreateRoomRequest,
  type Envelope,
  type RelayError,
  type RelayEvent,
  type RoomInfo,
  type SubmitReceipt,
} from '../domain/live-protocol';

/** The relay on the app's own origin (a reverse proxy, or Vite in dev); VITE_RELAY_BASE moves it. */
export const DEFAULT_RELAY_BASE: string =
  (import.meta.env.VITE_RELAY_BASE as string | undefined)?.trim() || '/relay';

export type RelayProblem = RelayError['error'] | 'offline' | 'unexpected';
export type RelayResult<T> =
  { ok: true; value: T } | { ok: false; reason: RelayProblem; retryAfter?: number };

export type StreamState = 'connecting' | 'open' | 'retrying' | 'refused';

export type RelayClient = ReturnType<typeof createRelayClient>;

/** Resolves the base against the page, so an app served under a sub-path finds its relay. */
export function relayUrl(base: string, path: string): string {
  const root = typeof document !== 'undefined' ? document.baseURI : 'http://localhost/';
  return new URL(`${base.replace(/\/$/, '')}${path}`, root).toString();
}

export function createRelayClient(base = DEFAULT_RELAY_BASE, fetchImpl: typeof fetch = fetch) {
  const call = async <T>(
    path: string,
    init: RequestInit,
    schema: z.ZodMiniType<T> | null,
  ): Promise<RelayResult<T>> => {
    let response: Response;
    try {
      response = await fetchImpl(relayUrl(base, path), {
        ...init,
        headers: { 'Content-Type': 'application/json', ...init.headers },
        cache: 'no-store',
      });
    } catch {
      return { ok: false, reason: 'offline' };
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const error = relayErrorSchema.safeParse(body);
      const retryAfter = Number(response.headers.get('Retry-After'));
      return {
        ok: false,
        reason: error.success ? error.data.error : 'unexpected',
        ...(retryAfter > 0 ? { retryAfter } : {}),
      };
    }
    if (!schema) return { ok: true, value: undefined as T };
    const parsed = schema.safeParse(body);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: 'unexpected' };
  };
  const bearer = (secret: string) => ({ Authorization: `Bearer ${secret}` });

  return {
    /** True when a relay answers; false means the serverless way (links, files). */
    async available(): Promise<boolean> {
      try {
        // A relay that does not answer soon counts as none: the page then offers the other way.
        const response = await fetchImpl(relayUrl(base, '/health'), {
          cache: 'no-store',
          signal: AbortSignal.timeout(8000),
        });
        if (!response.ok) return false;
        const body = (await response.json()) as { ok?: unknown };
        return body.ok === true;
      } catch {
        return false;
      }
    },
    createRoom: (request: CreateRoomRequest) =>
      call<RoomInfo>('/rooms', { method: 'POST', body: JSON.stringify(request) }, roomInfoSchema),
    roomInfo: (roomId: string) =>
      call<RoomInfo>(`/rooms/${roomId}`, { method: 'GET' }, roomInfoSchema),
    submit: (roomId: string, submissionId: string, secret: string, envelope: Envelope) =>
      call<SubmitReceipt>(
        `/rooms/${roomId}/submissions/${submissionId}`,
        { method: 'PUT', body: JSON.stringify({ envelope }), headers: bearer(secret) },
        submitReceiptSchema,
      ),
    close: (roomId: string, secret: string) =>
      call<RoomInfo>(
        `/rooms/${roomId}/close`,
        { method: 'POST', headers: bearer(secret) },
        roomInfoSchema,
      ),
    remove: (roomId: string, secret: string) =>
      call<undefined>(`/rooms/${roomId}`, { method: 'DELETE', headers: bearer(secret) }, null),

    /**
     * Follows the room's events until `signal` aborts: every stored submission after `lastSeq`,
     * then new ones. EventSource cannot send an Authorization header, so this reads the stream
     * from fetch; a dropped connection is resumed with Last-Event-ID after a short wait.
     */
    async follow(options: {
      roomId: string;
      secret: string;
      lastSeq: number;
      signal: AbortSignal;
      onEvent: (event: RelayEvent) => void | Promise<void>;
      onState: (state: StreamState) => void;
      retryMs?: number;
    }): Promise<void> {
      let lastSeq = options.lastSeq;
      let wait = options.retryMs ?? 1000;
      while (!options.signal.aborted) {
        options.onState('connecting');
        try {
          const response = await fetchImpl(relayUrl(base, `/rooms/${options.roomId}/events`), {
            headers: {
              Accept: 'text/event-stream',
              ...bearer(options.secret),
              ...(lastSeq > 0 ? { 'Last-Event-ID': String(lastSeq) } : {}),
            },
            cache: 'no-store',
            signal: options.signal,
          });
          if ([401, 403, 404].includes(response.status)) {
            options.onState('refused');
            return;
          }
          if (!response.ok || !response.body) throw new Error(`status ${response.status}`);
          options.onState('open');
          wait = options.retryMs ?? 1000;
          const events = response.body
            .pipeThrough(new TextDecoderStream())
            .pipeThrough(new EventSourceParserStream());
          for await (const message of streamOf(events)) {
            if (message.event && message.event !== 'submission') continue;
            let data: unknown;
            try {
              data = JSON.parse(message.data);
            } catch {
              continue;
            }
            const event = relayEventSchema.safeParse(data);
            if (!event.success || event.data.seq <= lastSeq) continue;
            await options.onEvent(event.data);
            lastSeq = event.data.seq;
          }
        } catch {
          if (options.signal.aborted) return;
        }
        if (options.signal.aborted) return;
        options.onState('retrying');
        await sleep(wait, options.signal);
        wait = Math.min(wait * 2, 10_000);
      }
    },
  };
}

async function* streamOf<T>(stream: ReadableStream<T>): AsyncGenerator<T> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
