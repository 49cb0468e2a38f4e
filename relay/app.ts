import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { streamSSE } from 'hono/streaming';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { getConnInfo } from '@hono/node-server/conninfo';
import * as z from 'zod/mini';
import {
  LIVE_PROTOCOL_VERSION,
  createRoomRequestSchema,
  roomIdSchema,
  submissionIdSchema,
  submitRequestSchema,
  type RelayError,
  type RoomInfo,
  type SubmitReceipt,
} from '../src/domain/live-protocol';
import type { RelayConfig } from './config';
import { RateLimiter } from './rate-limit';
import { bearerSecret, hashSecret, sameHash } from './secrets';
import { StoreBusyError, type RelayStore, type RoomRecord, type RoomSignal } from './store';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Events sent per read of the store; a larger backlog is sent in several reads. */
const PAGE = 200;

export interface RelayDeps {
  store: RelayStore;
  config: RelayConfig;
  now?: () => number;
  /** Request lines, and errors marked as such (kept when the rest is quiet). */
  log?: (line: string, level?: 'error') => void;
}

export interface RelayApp {
  app: Hono;
  /** Expired rooms and idle rate-limit buckets go; runs on a timer in server.ts. */
  sweep(): Promise<number>;
  /** Ends every open event stream (before the server stops). */
  endStreams(): void;
}

function fail(
  c: Context,
  status: ContentfulStatusCode,
  error: RelayError['error'],
  message: string,
) {
  return c.json({ error, message } satisfies RelayError, status);
}

function roomInfo(room: RoomRecord): RoomInfo {
  return {
    roomId: room.roomId,
    facilitatorKey: room.facilitatorKey,
    open: room.open,
    submissions: room.submissions,
    cap: room.cap,
    expiresAt: new Date(room.expiresAt).toISOString(),
  };
}

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    return undefined;
  }
}

export function createRelayApp({
  store,
  config,
  now = Date.now,
  log = () => {},
}: RelayDeps): RelayApp {
  const app = new Hono();
  const base = config.base;
  const byIp = new RateLimiter(config.ipBurst, config.ipPerSecond);
  const byRoom = new RateLimiter(config.roomBurst, config.roomPerSecond);
  const streamsByRoom = new Map<string, number>();
  const openStreams = new Set<() => void>();

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    // The route pattern, never the path: ids stay out of the log, and secrets and ciphertext
    // are never read into it at all.
    log(
      `${c.req.method} ${c.req.routePath} ${c.res.status} ${Math.round(performance.now() - started)}ms`,
    );
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      crossOriginResourcePolicy: config.corsOrigin ? 'cross-origin' : 'same-origin',
      xFrameOptions: 'DENY',
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  if (config.corsOrigin) {
    app.use(
      '*',
      cors({
        origin: config.corsOrigin,
        allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
        allowHeaders: ['Authorization', 'Content-Type', 'Last-Event-ID'],
        maxAge: 600,
      }),
    );
  }

  function clientAddress(c: Context): string {
    if (config.trustProxy) {
      // The last hop is the one our own proxy added; earlier ones are the client's say-so.
      const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown';
    }
  }

  function limited(c: Context, wait: number) {
    c.header('Retry-After', String(wait));
    return fail(c, 429, 'rate-limited', `Too many requests; try again in ${wait} s.`);
  }

  app.get(`${base}/health`, (c) => c.json({ ok: true, version: LIVE_PROTOCOL_VERSION }));

  const api = new Hono();
  api.use('*', async (c, next) => {
    const wait = byIp.take(clientAddress(c), now());
    if (wait) return limited(c, wait);
    await next();
  });
  // Refused before the body is read: an oversized body never reaches the parser.
  api.use(
    '*',
    bodyLimit({
      maxSize: config.maxBodyBytes,
      onError: (c) => {
        // The rest of the body is never read, so this connection cannot carry another request.
        c.header('Connection', 'close');
        return fail(c, 413, 'too-large', `The body is larger than ${config.maxBodyBytes} bytes.`);
      },
    }),
  );
  api.use('/rooms/:roomId/*', async (c, next) => {
    const roomId = c.req.param('roomId');
    if (!roomIdSchema.safeParse(roomId).success) {
      return fail(c, 400, 'bad-request', 'The room id is not valid.');
    }
    const wait = byRoom.take(roomId, now());
    if (wait) return limited(c, wait);
    await next();
  });

  api.post('/rooms', async (c) => {
    const parsed = createRoomRequestSchema.safeParse(await readJson(c));
    if (!parsed.success) return fail(c, 400, 'bad-request', z.prettifyError(parsed.error));
    const req = parsed.data;
    const wait = byRoom.take(req.roomId, now());
    if (wait) return limited(c, wait);
    const days = Math.min(req.expiresInDays ?? config.expiryDays, config.expiryDays);
    const t = now();
    const result = await store.createRoom(
      {
        roomId: req.roomId,
        facilitatorKey: req.facilitatorKey,
        facilitatorSecretHash: req.facilitatorSecretHash,
        cap: config.roomCap,
        expiresAt: t + days * DAY_MS,
      },
      t,
      config.maxRooms,
    );
    if (result === 'full') {
      c.header('Retry-After', '3600');
      return fail(
        c,
        503 as ContentfulStatusCode,
        'internal',
        'The relay holds as many rooms as it may.',
      );
    }
    const room = await store.getRoom(req.roomId, t);
    if (!room) return fail(c, 404, 'not-found', 'The room is gone.');
    if (result === 'exists') {
      // A retried create from the same facilitator is fine; anyone else's is not.
      const same =
        room.facilitatorKey === req.facilitatorKey &&
        sameHash(room.facilitatorSecretHash, req.facilitatorSecretHash);
      if (!same) return fail(c, 403, 'forbidden', 'This room id belongs to another workshop.');
      return c.json(roomInfo(room), 200);
    }
    return c.json(roomInfo(room), 201);
  });

  api.get('/rooms/:roomId', async (c) => {
    const room = await store.getRoom(c.req.param('roomId'), now());
    if (!room) return fail(c, 404, 'not-found', 'No such room, or it has expired.');
    return c.json(roomInfo(room));
  });

  api.put('/rooms/:roomId/submissions/:submissionId', async (c) => {
    const { roomId, submissionId } = c.req.param();
    if (!submissionIdSchema.safeParse(submissionId).success) {
      return fail(c, 400, 'bad-request', 'The submission id is not valid.');
    }
    const secret = bearerSecret(c.req.header('authorization'));
    if (!secret) return fail(c, 401, 'unauthorized', 'A participant secret is needed.');
    const parsed = submitRequestSchema.safeParse(await readJson(c));
    if (!parsed.success) return fail(c, 400, 'bad-request', z.prettifyError(parsed.error));
    const { v, epk, iv, ct } = parsed.data.envelope;
    const outcome = await store.putSubmission(
      roomId,
      submissionId,
      hashSecret(secret),
      JSON.stringify({ v, epk, iv, ct }),
      now(),
    );
    if (!outcome.ok) {
      switch (outcome.reason) {
        case 'not-found':
          return fail(c, 404, 'not-found', 'No such room, or it has expired.');
        case 'room-closed':
          return fail(c, 409, 'room-closed', 'The facilitator has closed this room.');
        case 'room-full':
          return fail(c, 409, 'room-full', 'The room has as many participants as it may.');
        case 'forbidden':
          return fail(c, 403, 'forbidden', 'This submission belongs to someone else.');
      }
    }
    return c.json({
      submissionId,
      seq: outcome.seq,
      receivedAt: outcome.receivedAt,
      replaced: outcome.replaced,
    } satisfies SubmitReceipt);
  });

  /** The room, if the request carries its facilitator's secret; else the error to send. */
  async function facilitatorRoom(c: Context) {
    const room = await store.getRoom(c.req.param('roomId')!, now());
    if (!room) return { error: fail(c, 404, 'not-found', 'No such room, or it has expired.') };
    const secret = bearerSecret(c.req.header('authorization'));
    if (!secret)
      return { error: fail(c, 401, 'unauthorized', 'The facilitator secret is needed.') };
    if (!sameHash(hashSecret(secret), room.facilitatorSecretHash)) {
      return { error: fail(c, 403, 'forbidden', 'Only the facilitator may do this.') };
    }
    return { room };
  }

  api.post('/rooms/:roomId/close', async (c) => {
    const { room, error } = await facilitatorRoom(c);
    if (error) return error;
    await store.closeRoom(room.roomId);
    return c.json(roomInfo({ ...room, open: false }));
  });

  api.delete('/rooms/:roomId', async (c) => {
    const { room, error } = await facilitatorRoom(c);
    if (error) return error;
    await store.deleteRoom(room.roomId);
    return c.body(null, 204);
  });

  api.get('/rooms/:roomId/events', async (c) => {
    const { room, error } = await facilitatorRoom(c);
    if (error) return error;
    const roomId = room.roomId;
    const open = streamsByRoom.get(roomId) ?? 0;
    if (open >= config.streamsPerRoom) {
      return limited(c, config.heartbeatSeconds);
    }
    const lastEventId = Number(c.req.header('last-event-id') ?? '0');
    let last = Number.isSafeInteger(lastEventId) && lastEventId > 0 ? lastEventId : 0;
    streamsByRoom.set(roomId, open + 1);
    c.header('X-Accel-Buffering', 'no');

    return streamSSE(c, async (stream) => {
      let finish!: () => void;
      const finished = new Promise<void>((resolve) => (finish = resolve));
      stream.onAbort(() => finish());
      openStreams.add(finish);

      // Signals only say "look again"; the store is read from the last sent seq, so a lost or
      // doubled signal (Redis pub/sub after a reconnect) never loses or repeats an event.
      let pending = true;
      let pumping = false;
      const pump = async () => {
        if (pumping) return;
        pumping = true;
        try {
          while (pending && !stream.aborted) {
            pending = false;
            const events = await store.eventsAfter(roomId, last, PAGE);
            for (const e of events) {
              await stream.writeSSE({ event: 'submission', id: String(e.seq), data: e.data });
              last = e.seq;
            }
            if (events.length === PAGE) pending = true;
          }
        } catch (err) {
          log(`event stream ended on an error: ${(err as Error).message}`, 'error');
          finish();
        } finally {
          pumping = false;
        }
      };
      const onSignal = (signal: RoomSignal) => {
        if (signal === 'deleted') return finish();
        pending = true;
        void pump();
      };
      const unsubscribe = await store.subscribe(roomId, onSignal);
      const heartbeat = setInterval(() => {
        void (async () => {
          if (!(await store.getRoom(roomId, now()))) return finish();
          await stream.write(': heartbeat\n\n');
          onSignal('submission');
        })().catch(() => finish());
      }, config.heartbeatSeconds * 1000);
      try {
        await stream.write(`retry: 3000\n\n`);
        await pump();
        await finished;
      } finally {
        clearInterval(heartbeat);
        openStreams.delete(finish);
        const left = (streamsByRoom.get(roomId) ?? 1) - 1;
        if (left > 0) streamsByRoom.set(roomId, left);
        else streamsByRoom.delete(roomId);
        await unsubscribe();
        if (!stream.closed) await stream.close().catch(() => {});
      }
    });
  });

  app.route(base, api);
  app.notFound((c) => fail(c, 404, 'not-found', 'No such address on the relay.'));
  app.onError((err, c) => {
    if (err instanceof StoreBusyError) {
      log(`busy on ${c.req.method} ${c.req.routePath}: ${err.message}`, 'error');
      c.header('Retry-After', '2');
      return fail(c, 503, 'internal', 'The relay is busy; try again in a moment.');
    }
    const cause = err.cause instanceof Error ? ` (${err.cause.message})` : '';
    log(`error on ${c.req.method} ${c.req.routePath}: ${err.name} ${err.message}${cause}`, 'error');
    return fail(c, 500, 'internal', 'The relay could not handle this request.');
  });

  return {
    app,
    async sweep() {
      const t = now();
      byIp.prune(t);
      byRoom.prune(t);
      return store.sweep(t);
    },
    endStreams() {
      for (const finish of openStreams) finish();
    },
  };
}
