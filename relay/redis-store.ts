import { createClient } from '@redis/client';
import {
  LocalSignals,
  StoreBusyError,
  type NewRoom,
  type PutOutcome,
  type RelayStore,
  type RoomRecord,
  type RoomSignal,
  type StoredEvent,
} from './store';

/**
 * Rooms shared by any number of relay instances through one Redis (or Valkey).
 * Per room, all under the hash tag {roomId}: `room` (hash: key, secret hash, open, cap, expiry,
 * seq counter), `own` (submission id → owner's secret hash), `data` (submission id → event JSON)
 * and `seq` (sorted set: submission id by its latest seq, which orders the event stream and
 * answers Last-Event-ID). Every key expires with the room (PEXPIREAT), so Redis itself deletes
 * the ciphertext. Writes run as Lua scripts, so the secret check, the cap and the seq counter
 * are atomic across instances. A PUBLISH on `relay:{roomId}:ev` tells every instance with a
 * facilitator stream on that room to read from its last sent seq.
 */

const CREATE = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 'exists' end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[6])
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[7]) then return 'full' end
redis.call('HSET', KEYS[1], 'key', ARGV[2], 'hash', ARGV[3], 'open', '1', 'cap', ARGV[4], 'exp', ARGV[5], 'seq', '0')
redis.call('PEXPIREAT', KEYS[1], ARGV[5])
redis.call('ZADD', KEYS[2], ARGV[5], ARGV[1])
return 'created'`;

const GET = `
local r = redis.call('HMGET', KEYS[1], 'key', 'hash', 'open', 'cap', 'exp')
if not r[1] then return false end
return {r[1], r[2], r[3], r[4], r[5], redis.call('HLEN', KEYS[2])}`;

const PUT = `
local r = redis.call('HMGET', KEYS[1], 'open', 'cap', 'exp')
if not r[1] or tonumber(r[3]) <= tonumber(ARGV[4]) then return {'not-found'} end
if r[1] ~= '1' then return {'room-closed'} end
local owner = redis.call('HGET', KEYS[2], ARGV[1])
if owner and owner ~= ARGV[2] then return {'forbidden'} end
if not owner and redis.call('HLEN', KEYS[2]) >= tonumber(r[2]) then return {'room-full'} end
local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
local data = '{"submissionId":"' .. ARGV[1] .. '","seq":' .. seq .. ',"receivedAt":"' .. ARGV[5] .. '","envelope":' .. ARGV[3] .. '}'
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('HSET', KEYS[3], ARGV[1], data)
redis.call('ZADD', KEYS[4], seq, ARGV[1])
for i = 2, 4 do redis.call('PEXPIREAT', KEYS[i], r[3]) end
redis.call('PUBLISH', ARGV[6], 's')
if owner then return {'ok', seq, 1} end
return {'ok', seq, 0}`;

const AFTER = `
local r = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. ARGV[1], '+inf', 'WITHSCORES', 'LIMIT', 0, ARGV[2])
if #r == 0 then return {} end
local ids = {}
for i = 1, #r, 2 do ids[#ids + 1] = r[i] end
local data = redis.call('HMGET', KEYS[2], unpack(ids))
local out = {}
for i = 1, #ids do
  out[#out + 1] = r[2 * i]
  out[#out + 1] = data[i]
end
return out`;

const CLOSE = `
if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('HSET', KEYS[1], 'open', '0') end
return 1`;

function keys(roomId: string) {
  const tag = `relay:{${roomId}}`;
  return {
    room: `${tag}:room`,
    own: `${tag}:own`,
    data: `${tag}:data`,
    seq: `${tag}:seq`,
    channel: `${tag}:ev`,
  };
}
const ROOMS = 'relay:rooms';

function newClient(url: string) {
  return createClient({ url });
}
type Client = ReturnType<typeof newClient>;

export class RedisStore implements RelayStore {
  private readonly signals = new LocalSignals();
  private readonly channels = new Map<string, (message: string) => void>();

  private constructor(
    private readonly client: Client,
    private readonly sub: Client,
  ) {
    // After a reconnect, pub/sub messages may have been missed: every stream reads again.
    sub.on('ready', () => {
      for (const roomId of this.channels.keys()) this.signals.emit(roomId, 'submission');
    });
  }

  static async connect(url: string, log: (line: string) => void = () => {}): Promise<RedisStore> {
    const client = newClient(url);
    // Errors are reported and the client reconnects by itself; the message holds no data.
    client.on('error', (err: Error) => log(`redis: ${err.message}`));
    await client.connect();
    const sub = client.duplicate();
    sub.on('error', (err: Error) => log(`redis (pub/sub): ${err.message}`));
    await sub.connect();
    return new RedisStore(client, sub);
  }

  private async eval(script: string, keys: string[], args: (string | number)[]) {
    try {
      return await this.client.eval(script, { keys, arguments: args.map(String) });
    } catch (err) {
      // node-redis gives up on a command after 5 s; under overload that is a «try again».
      if ((err as Error).name === 'TimeoutError' || err?.constructor?.name === 'TimeoutError') {
        throw new StoreBusyError('Redis did not answer in time', { cause: err });
      }
      throw err;
    }
  }

  async createRoom(room: NewRoom, now: number, maxRooms: number) {
    const k = keys(room.roomId);
    const result = await this.eval(
      CREATE,
      [k.room, ROOMS],
      [
        room.roomId,
        room.facilitatorKey,
        room.facilitatorSecretHash,
        room.cap,
        room.expiresAt,
        now,
        maxRooms,
      ],
    );
    return result as 'created' | 'exists' | 'full';
  }

  async getRoom(roomId: string, now: number): Promise<RoomRecord | null> {
    const k = keys(roomId);
    const r = (await this.eval(GET, [k.room, k.own], [])) as
      [string, string, string, string, string, number] | null;
    if (!r) return null;
    const expiresAt = Number(r[4]);
    if (expiresAt <= now) {
      await this.deleteRoom(roomId);
      return null;
    }
    return {
      roomId,
      facilitatorKey: r[0],
      facilitatorSecretHash: r[1],
      open: r[2] === '1',
      cap: Number(r[3]),
      expiresAt,
      submissions: Number(r[5]),
    };
  }

  async putSubmission(
    roomId: string,
    submissionId: string,
    ownerHash: string,
    envelopeJson: string,
    now: number,
  ): Promise<PutOutcome> {
    const k = keys(roomId);
    const receivedAt = new Date(now).toISOString();
    const r = (await this.eval(
      PUT,
      [k.room, k.own, k.data, k.seq],
      [submissionId, ownerHash, envelopeJson, now, receivedAt, k.channel],
    )) as [string, number?, number?];
    if (r[0] !== 'ok')
      return { ok: false, reason: r[0] as Exclude<PutOutcome, { ok: true }>['reason'] };
    return { ok: true, seq: Number(r[1]), receivedAt, replaced: r[2] === 1 };
  }

  async eventsAfter(roomId: string, afterSeq: number, limit: number): Promise<StoredEvent[]> {
    const k = keys(roomId);
    const flat = (await this.eval(AFTER, [k.seq, k.data], [afterSeq, limit])) as string[];
    const events: StoredEvent[] = [];
    for (let i = 0; i < flat.length; i += 2) {
      events.push({ seq: Number(flat[i]), data: flat[i + 1]! });
    }
    return events;
  }

  async closeRoom(roomId: string): Promise<void> {
    await this.eval(CLOSE, [keys(roomId).room], []);
  }

  async deleteRoom(roomId: string): Promise<void> {
    const k = keys(roomId);
    await this.client
      .multi()
      .del([k.room, k.own, k.data, k.seq])
      .zRem(ROOMS, roomId)
      .publish(k.channel, 'deleted')
      .exec();
  }

  /** Redis deletes expired keys itself (PEXPIREAT); only the room index needs trimming. */
  async sweep(now: number): Promise<number> {
    return this.client.zRemRangeByScore(ROOMS, '-inf', now);
  }

  async subscribe(roomId: string, listener: (signal: RoomSignal) => void) {
    const { first } = this.signals.add(roomId, listener);
    if (first) {
      const onMessage = (message: string) =>
        this.signals.emit(roomId, message === 'deleted' ? 'deleted' : 'submission');
      this.channels.set(roomId, onMessage);
      await this.sub.subscribe(keys(roomId).channel, onMessage);
    }
    return async () => {
      const { last } = this.signals.remove(roomId, listener);
      const onMessage = this.channels.get(roomId);
      if (last && onMessage) {
        this.channels.delete(roomId);
        await this.sub.unsubscribe(keys(roomId).channel, onMessage);
      }
    };
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.sub.close(), this.client.close()]);
  }
}
