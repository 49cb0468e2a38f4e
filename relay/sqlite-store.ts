import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  LocalSignals,
  eventData,
  type NewRoom,
  type PutOutcome,
  type RelayStore,
  type RoomRecord,
  type RoomSignal,
  type StoredEvent,
} from './store';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS rooms (
  room_id TEXT PRIMARY KEY,
  facilitator_key TEXT NOT NULL,
  secret_hash TEXT NOT NULL,
  open INTEGER NOT NULL DEFAULT 1,
  cap INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS rooms_expiry ON rooms (expires_at);
CREATE TABLE IF NOT EXISTS submissions (
  room_id TEXT NOT NULL REFERENCES rooms (room_id) ON DELETE CASCADE,
  submission_id TEXT NOT NULL,
  owner_hash TEXT NOT NULL,
  seq INTEGER NOT NULL,
  received_at TEXT NOT NULL,
  envelope TEXT NOT NULL,
  PRIMARY KEY (room_id, submission_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS submissions_seq ON submissions (room_id, seq);
`;

interface RoomRow {
  room_id: string;
  facilitator_key: string;
  secret_hash: string;
  open: number;
  cap: number;
  expires_at: number;
  submissions: number;
}

/**
 * The embedded store: one SQLite file in WAL mode. Each write is committed before the receipt
 * goes out, so a killed or restarted relay loses nothing it confirmed. With sync 'normal' the
 * WAL is synced to disk at checkpoints, not at every commit: an fsync per submission would block
 * the event loop for milliseconds each (relay/README.md has the figures).
 */
export class SqliteStore implements RelayStore {
  private readonly db: Database.Database;
  private readonly signals = new LocalSignals();
  private readonly q;

  constructor(file: string, sync: 'normal' | 'full' = 'normal') {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${sync === 'full' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.q = {
      insertRoom: this.db.prepare(
        `INSERT INTO rooms (room_id, facilitator_key, secret_hash, cap, expires_at)
         VALUES (@roomId, @facilitatorKey, @facilitatorSecretHash, @cap, @expiresAt)
         ON CONFLICT (room_id) DO NOTHING`,
      ),
      countRooms: this.db.prepare<[number], { n: number }>(
        'SELECT count(*) AS n FROM rooms WHERE expires_at > ?',
      ),
      room: this.db.prepare<[string], RoomRow>(
        `SELECT r.*, (SELECT count(*) FROM submissions s WHERE s.room_id = r.room_id) AS submissions
         FROM rooms r WHERE r.room_id = ?`,
      ),
      owner: this.db.prepare<[string, string], { owner_hash: string }>(
        'SELECT owner_hash FROM submissions WHERE room_id = ? AND submission_id = ?',
      ),
      nextSeq: this.db.prepare<[string], { seq: number }>(
        'UPDATE rooms SET seq = seq + 1 WHERE room_id = ? RETURNING seq',
      ),
      upsert: this.db.prepare(
        `INSERT INTO submissions (room_id, submission_id, owner_hash, seq, received_at, envelope)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (room_id, submission_id)
         DO UPDATE SET seq = excluded.seq, received_at = excluded.received_at, envelope = excluded.envelope`,
      ),
      after: this.db.prepare<
        [string, number, number],
        {
          submission_id: string;
          seq: number;
          received_at: string;
          envelope: string;
        }
      >(
        `SELECT submission_id, seq, received_at, envelope FROM submissions
         WHERE room_id = ? AND seq > ? ORDER BY seq LIMIT ?`,
      ),
      close: this.db.prepare('UPDATE rooms SET open = 0 WHERE room_id = ?'),
      delete: this.db.prepare('DELETE FROM rooms WHERE room_id = ?'),
      expired: this.db.prepare<[number], { room_id: string }>(
        'SELECT room_id FROM rooms WHERE expires_at <= ?',
      ),
    };
  }

  async createRoom(room: NewRoom, now: number, maxRooms: number) {
    return this.db.transaction((): 'created' | 'exists' | 'full' => {
      if (this.q.room.get(room.roomId)) return 'exists';
      if (this.q.countRooms.get(now)!.n >= maxRooms) return 'full';
      this.q.insertRoom.run(room);
      return 'created';
    })();
  }

  async getRoom(roomId: string, now: number): Promise<RoomRecord | null> {
    const row = this.q.room.get(roomId);
    if (!row) return null;
    if (row.expires_at <= now) {
      await this.deleteRoom(roomId);
      return null;
    }
    return {
      roomId: row.room_id,
      facilitatorKey: row.facilitator_key,
      facilitatorSecretHash: row.secret_hash,
      open: row.open === 1,
      cap: row.cap,
      expiresAt: row.expires_at,
      submissions: row.submissions,
    };
  }

  async putSubmission(
    roomId: string,
    submissionId: string,
    ownerHash: string,
    envelopeJson: string,
    now: number,
  ): Promise<PutOutcome> {
    const outcome = this.db.transaction((): PutOutcome => {
      const room = this.q.room.get(roomId);
      if (!room || room.expires_at <= now) return { ok: false, reason: 'not-found' };
      if (room.open !== 1) return { ok: false, reason: 'room-closed' };
      const existing = this.q.owner.get(roomId, submissionId);
      if (existing && existing.owner_hash !== ownerHash) return { ok: false, reason: 'forbidden' };
      if (!existing && room.submissions >= room.cap) return { ok: false, reason: 'room-full' };
      const { seq } = this.q.nextSeq.get(roomId)!;
      const receivedAt = new Date(now).toISOString();
      this.q.upsert.run(roomId, submissionId, ownerHash, seq, receivedAt, envelopeJson);
      return { ok: true, seq, receivedAt, replaced: Boolean(existing) };
    })();
    if (outcome.ok) this.signals.emit(roomId, 'submission');
    return outcome;
  }

  async eventsAfter(roomId: string, afterSeq: number, limit: number): Promise<StoredEvent[]> {
    return this.q.after.all(roomId, afterSeq, limit).map((r) => ({
      seq: r.seq,
      data: eventData(r.submission_id, r.seq, r.received_at, r.envelope),
    }));
  }

  async closeRoom(roomId: string): Promise<void> {
    this.q.close.run(roomId);
  }

  async deleteRoom(roomId: string): Promise<void> {
    this.q.delete.run(roomId);
    this.signals.emit(roomId, 'deleted');
  }

  async sweep(now: number): Promise<number> {
    const expired = this.q.expired.all(now);
    for (const { room_id } of expired) await this.deleteRoom(room_id);
    return expired.length;
  }

  async subscribe(roomId: string, listener: (signal: RoomSignal) => void) {
    this.signals.add(roomId, listener);
    return async () => {
      this.signals.remove(roomId, listener);
    };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
