import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import * as z from 'zod/mini';
import type { Catalogue } from '../domain/catalogue-schema';
import {
  generateFacilitatorKeys,
  openEnvelope,
  randomId,
  sealPayload,
  sha256,
  type LivePayload,
} from '../domain/live-envelope';
import {
  envelopeSchema,
  publicKeySchema,
  roomIdSchema,
  submissionIdSchema,
  type RelayEvent,
} from '../domain/live-protocol';
import { MAX_WORKSHOP_NAME, type LiveRoom } from '../domain/workshop-schema';
import {
  createRelayClient,
  type RelayClient,
  type RelayProblem,
  type StreamState,
} from './live-client';
import { createSafeStorage } from './safe-storage';
import { useStorageStatus } from './storage-status-store';
import { useWorkshopStore } from './workshop-store';

export const LIVE_STORAGE_KEY = 'modellkart:live';

/** A participant's place in one live room: the same id and secret on every re-send. */
const joinSchema = z.object({
  roomId: roomIdSchema,
  facilitatorKey: publicKeySchema,
  workshopName: z.nullable(z.string().check(z.maxLength(MAX_WORKSHOP_NAME))),
  submissionId: submissionIdSchema,
  secret: roomIdSchema,
  /** Sealed and waiting for the network (offline, or the relay asked us to wait). */
  pending: z.nullable(envelopeSchema),
  receipt: z.nullable(z.object({ seq: z.int(), receivedAt: z.string(), replaced: z.boolean() })),
});
export type LiveJoin = z.infer<typeof joinSchema>;

const LIVE_VERSION = 1;
const liveStateSchema = z.object({
  joins: z.record(z.string(), joinSchema),
  active: z.nullable(z.string()),
});
type LiveState = z.infer<typeof liveStateSchema>;

export type SendStatus =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'sent' }
  | { kind: 'queued' }
  | { kind: 'failed'; reason: RelayProblem };

/** What the facilitator's page shows about a room's connection (not saved). */
export type RoomStatus = { stream: StreamState; unreadable: number };

export type RelayAvailability = 'unknown' | 'checking' | 'available' | 'absent';

type Runtime = {
  relay: RelayAvailability;
  /** Per room id: how this browser's latest send went. */
  sendStatus: Record<string, SendStatus>;
  rooms: Record<string, RoomStatus>;
};

type Actions = {
  /** Asks the relay whether it is there (once per page load unless `again`). */
  checkRelay: (again?: boolean) => Promise<RelayAvailability>;
  // Participant
  join: (roomId: string, facilitatorKey: string, workshopName: string | null) => void;
  leave: () => void;
  /** Seals the payload and sends it, replacing what this browser sent to the room before. */
  send: (payload: LivePayload) => Promise<SendStatus>;
  /** Sends what waits; called when the browser is back online and on a timer. */
  deliverPending: () => Promise<void>;
  // Facilitator
  startRoom: (workshopId: string) => Promise<{ ok: true } | { ok: false; reason: RelayProblem }>;
  closeRoom: (workshopId: string) => Promise<boolean>;
  deleteRoom: (workshopId: string) => Promise<boolean>;
  setExpected: (workshopId: string, expected: number | null) => void;
  /** Follows the room and adds what arrives to the workshop; returns the stop. */
  follow: (workshopId: string, catalogue: Catalogue) => () => void;
};

export type LiveStore = LiveState & Runtime & Actions;

let client: RelayClient = createRelayClient();
/** Tests run the store against a fake relay. */
export function setRelayClient(next: RelayClient) {
  client = next;
}

const liveOf = (workshopId: string) =>
  useWorkshopStore.getState().workshops.find((w) => w.id === workshopId)?.live;

export const useLiveStore = create<LiveStore>()(
  persist(
    (set, get) => {
      const setSend = (roomId: string, status: SendStatus) => {
        set((s) => ({ sendStatus: { ...s.sendStatus, [roomId]: status } }));
        return status;
      };
      const setRoom = (workshopId: string, change: Partial<RoomStatus>) =>
        set((s) => {
          const room = s.rooms[workshopId] ?? { stream: 'connecting', unreadable: 0 };
          return { rooms: { ...s.rooms, [workshopId]: { ...room, ...change } } };
        });
      const updateJoin = (roomId: string, change: Partial<LiveJoin>) =>
        set((s) => {
          const join = s.joins[roomId];
          return join ? { joins: { ...s.joins, [roomId]: { ...join, ...change } } } : {};
        });

      const deliver = async (roomId: string): Promise<SendStatus> => {
        const join = get().joins[roomId];
        if (!join?.pending) return get().sendStatus[roomId] ?? { kind: 'idle' };
        setSend(roomId, { kind: 'sending' });
        const result = await client.submit(roomId, join.submissionId, join.secret, join.pending);
        if (result.ok) {
          // Only clear what was sent: a newer send may have replaced it meanwhile.
          const now = get().joins[roomId];
          updateJoin(roomId, {
            receipt: result.value,
            pending: now?.pending === join.pending ? null : (now?.pending ?? null),
          });
          return setSend(roomId, { kind: 'sent' });
        }
        if (result.reason === 'offline' || result.reason === 'rate-limited') {
          return setSend(roomId, { kind: 'queued' });
        }
        // Refused for good (room closed, full, gone): nothing left to retry.
        updateJoin(roomId, { pending: null });
        return setSend(roomId, { kind: 'failed', reason: result.reason });
      };

      return {
        joins: {},
        active: null,
        relay: 'unknown',
        sendStatus: {},
        rooms: {},

        checkRelay: async (again = false) => {
          const now = get().relay;
          if (!again && (now === 'available' || now === 'absent')) return now;
          set({ relay: 'checking' });
          const relay = (await client.available()) ? 'available' : 'absent';
          set({ relay });
          return relay;
        },

        join: (roomId, facilitatorKey, workshopName) =>
          set((s) => {
            const known = s.joins[roomId];
            const join: LiveJoin = known
              ? { ...known, facilitatorKey, workshopName }
              : {
                  roomId,
                  facilitatorKey,
                  workshopName,
                  submissionId: randomId(),
                  secret: randomId(),
                  pending: null,
                  receipt: null,
                };
            return { joins: { ...s.joins, [roomId]: join }, active: roomId };
          }),
        leave: () => set({ active: null }),

        send: async (payload) => {
          const roomId = get().active;
          const join = roomId ? get().joins[roomId] : undefined;
          if (!roomId || !join) return { kind: 'failed', reason: 'not-found' };
          setSend(roomId, { kind: 'sending' });
          const envelope = await sealPayload({
            roomId,
            submissionId: join.submissionId,
            facilitatorKey: join.facilitatorKey,
            payload,
          });
          updateJoin(roomId, { pending: envelope });
          return deliver(roomId);
        },

        deliverPending: async () => {
          for (const join of Object.values(get().joins)) {
            if (join.pending && get().sendStatus[join.roomId]?.kind !== 'sending') {
              await deliver(join.roomId);
            }
          }
        },

        startRoom: async (workshopId) => {
          const keys = await generateFacilitatorKeys();
          const secret = randomId();
          const roomId = randomId();
          const result = await client.createRoom({
            roomId,
            facilitatorKey: keys.publicKey,
            facilitatorSecretHash: await sha256(secret),
          });
          if (!result.ok) return { ok: false, reason: result.reason };
          const live: LiveRoom = {
            roomId,
            publicKey: keys.publicKey,
            privateKey: keys.privateKey,
            secret,
            lastSeq: 0,
            expected: null,
            closed: false,
            createdAt: new Date().toISOString(),
          };
          useWorkshopStore.getState().setLive(workshopId, live);
          return { ok: true };
        },

        closeRoom: async (workshopId) => {
          const live = liveOf(workshopId);
          if (!live) return false;
          const result = await client.close(live.roomId, live.secret);
          if (!result.ok && result.reason !== 'not-found') return false;
          useWorkshopStore.getState().setLive(workshopId, { ...live, closed: true });
          return true;
        },

        deleteRoom: async (workshopId) => {
          const live = liveOf(workshopId);
          if (!live) return true;
          const result = await client.remove(live.roomId, live.secret);
          if (!result.ok && result.reason !== 'not-found') return false;
          useWorkshopStore.getState().setLive(workshopId, undefined);
          return true;
        },

        setExpected: (workshopId, expected) => {
          const live = liveOf(workshopId);
          if (live) useWorkshopStore.getState().setLive(workshopId, { ...live, expected });
        },

        follow: (workshopId, catalogue) => {
          const live = liveOf(workshopId);
          const controller = new AbortController();
          if (!live) return () => controller.abort();
          const onEvent = async (event: RelayEvent) => {
            const opened = await openEnvelope({
              roomId: live.roomId,
              submissionId: event.submissionId,
              privateKey: live.privateKey,
              envelope: event.envelope,
              catalogue,
            });
            if (controller.signal.aborted) return;
            if (opened.ok) {
              useWorkshopStore
                .getState()
                .receiveLive(workshopId, event.submissionId, opened.payload, event.seq);
            } else {
              setRoom(workshopId, {
                unreadable: (get().rooms[workshopId]?.unreadable ?? 0) + 1,
              });
              const now = liveOf(workshopId);
              if (now) {
                useWorkshopStore
                  .getState()
                  .setLive(workshopId, { ...now, lastSeq: Math.max(now.lastSeq, event.seq) });
              }
            }
          };
          void client.follow({
            roomId: live.roomId,
            secret: live.secret,
            lastSeq: live.lastSeq,
            signal: controller.signal,
            onEvent,
            onState: (stream) => {
              if (!controller.signal.aborted) setRoom(workshopId, { stream });
            },
          });
          return () => controller.abort();
        },
      };
    },
    {
      name: LIVE_STORAGE_KEY,
      version: LIVE_VERSION,
      storage: createSafeStorage<LiveState>(
        LIVE_VERSION,
        (state, version) => {
          if (version !== LIVE_VERSION) return { ok: false, reason: 'invalid' };
          const parsed = liveStateSchema.safeParse(state);
          return parsed.success
            ? { ok: true, state: parsed.data }
            : { ok: false, reason: 'invalid' };
        },
        {
          onRescue: (info) => useStorageStatus.getState().addRescue(info),
          onWriteError: () => useStorageStatus.getState().setWriteFailed(true),
        },
      ),
      partialize: (s): LiveState => ({ joins: s.joins, active: s.active }),
    },
  ),
);

const RETRY_MS = 5000;

/**
 * Sends what waits as soon as the browser is back online, and every few seconds while anything
 * waits (a relay that asked us to slow down, or an «online» event that never came).
 */
export function deliverWhenOnline(target: Window = window): () => void {
  const retry = () => void useLiveStore.getState().deliverPending();
  target.addEventListener('online', retry);
  const timer = target.setInterval(() => {
    const { joins } = useLiveStore.getState();
    if (Object.values(joins).some((j) => j.pending)) retry();
  }, RETRY_MS);
  retry();
  return () => {
    target.removeEventListener('online', retry);
    target.clearInterval(timer);
  };
}
