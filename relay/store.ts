/** The store could not answer in time (overload); the request may be tried again. */
export class StoreBusyError extends Error {
  override name = 'StoreBusyError';
}

/** What the relay keeps of a room. Never ciphertext: that is in the submissions. */
export interface RoomRecord {
  roomId: string;
  facilitatorKey: string;
  facilitatorSecretHash: string;
  open: boolean;
  cap: number;
  /** Milliseconds since the epoch; the room and everything in it is deleted from then on. */
  expiresAt: number;
  submissions: number;
}

export type NewRoom = Omit<RoomRecord, 'open' | 'submissions'>;

export type PutOutcome =
  | { ok: true; seq: number; receivedAt: string; replaced: boolean }
  | { ok: false; reason: 'not-found' | 'room-closed' | 'room-full' | 'forbidden' };

/** One stored submission as the event stream sends it: `data` is the relayEvent's JSON. */
export interface StoredEvent {
  seq: number;
  data: string;
}

export type RoomSignal = 'submission' | 'deleted';

/**
 * The relay's storage: the embedded SQLite store on one machine, Redis for several instances.
 * Every check that must be atomic (secret binding, cap, open) happens inside putSubmission.
 */
export interface RelayStore {
  /** 'exists' when the id is taken (the caller compares keys); 'full' at the room limit. */
  createRoom(room: NewRoom, now: number, maxRooms: number): Promise<'created' | 'exists' | 'full'>;
  /** null when unknown or expired (an expired room is deleted on the way). */
  getRoom(roomId: string, now: number): Promise<RoomRecord | null>;
  putSubmission(
    roomId: string,
    submissionId: string,
    ownerHash: string,
    envelopeJson: string,
    now: number,
  ): Promise<PutOutcome>;
  /** Each submission once, in its latest version, with seq > afterSeq, in seq order. */
  eventsAfter(roomId: string, afterSeq: number, limit: number): Promise<StoredEvent[]>;
  closeRoom(roomId: string): Promise<void>;
  deleteRoom(roomId: string): Promise<void>;
  /** Deletes expired rooms; returns how many. */
  sweep(now: number): Promise<number>;
  /** Calls back on every change in the room, from this or (with Redis) any instance. */
  subscribe(roomId: string, listener: (signal: RoomSignal) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** The relayEvent JSON, built around the stored envelope JSON without parsing it again. */
export function eventData(
  submissionId: string,
  seq: number,
  receivedAt: string,
  envelopeJson: string,
): string {
  return `{"submissionId":${JSON.stringify(submissionId)},"seq":${seq},"receivedAt":${JSON.stringify(receivedAt)},"envelope":${envelopeJson}}`;
}

/** In-process fan-out, used by the SQLite store (one process) and per instance with Redis. */
export class LocalSignals {
  private readonly listeners = new Map<string, Set<(signal: RoomSignal) => void>>();

  add(roomId: string, listener: (signal: RoomSignal) => void): { first: boolean } {
    let set = this.listeners.get(roomId);
    const first = !set;
    if (!set) this.listeners.set(roomId, (set = new Set()));
    set.add(listener);
    return { first };
  }

  remove(roomId: string, listener: (signal: RoomSignal) => void): { last: boolean } {
    const set = this.listeners.get(roomId);
    if (!set) return { last: false };
    set.delete(listener);
    if (set.size > 0) return { last: false };
    this.listeners.delete(roomId);
    return { last: true };
  }

  emit(roomId: string, signal: RoomSignal): void {
    for (const listener of this.listeners.get(roomId) ?? []) listener(signal);
  }
}
