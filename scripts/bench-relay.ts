// Load on the live workshop relay, on loopback only: R rooms × P participants send once each at
// random moments within a window, while each room's facilitator streams its events. Measures the
// time from the start of a participant's PUT to its event reaching the facilitator's stream,
// the relay's memory per room (RSS growth / rooms) and its CPU. First one relay on SQLite, then
// two relays sharing a Redis (participants split between them, facilitators on the first).
// A script, not a test: it reports, never asserts. Bounded in count and time.
// Usage: npm run bench:relay [-- --rooms 50 --participants 40 --window 60 --bytes 3000]
import { createClient } from '@redis/client';
import { spawn } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnRelay, type SpawnedRelay } from '../relay/spawn-relay';
import {
  RelayClient,
  fakeEnvelope,
  newFacilitator,
  openStream,
  randomId,
  randomSecret,
} from '../relay/test-client';
import { random } from './bench';
import { REDIS_MISSING, startRedis } from './redis-for-tests';

const TICKS_PER_SECOND = 100; // Linux USER_HZ (getconf CLK_TCK)
const DEADLINE_MS = 120_000;

/** All clients share 127.0.0.1, so the per-address limit is lifted; room limits stay. */
const BENCH_ENV = { RELAY_IP_BURST: '1000000', RELAY_IP_PER_SECOND: '100000' };

interface Result {
  setup: string;
  sent: number;
  delivered: number;
  failed: number;
  latencies: number[];
  /** Start of the PUT → its answer: the part of the latency before the fan-out to the stream. */
  answered: number[];
  cpuPercent: number;
  rssPerRoomKiB: number;
  redisPerRoomKiB: number | null;
  wallSeconds: number;
  failures: string;
}

// Participants' PUTs go through node:http with keep-alive: much less CPU per request than
// fetch, so on a busy machine the bench measures the relay more than its own client.
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

function put(url: string, secret: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'PUT',
        agent,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          Authorization: `Bearer ${secret}`,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a number > 0`);
  return value;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** CPU time and resident memory of a relay process (run-ts runs the relay in its own process). */
function procStat(pid: number): { cpuTicks: number; rssKiB: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return {
    cpuTicks: Number(fields[11]) + Number(fields[12]), // utime + stime
    rssKiB: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN),
  };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

async function run(
  setup: string,
  relays: SpawnedRelay[],
  opts: { rooms: number; participants: number; windowMs: number; bytes: number; seed: number },
  redisUsedMemory?: () => Promise<number>,
): Promise<Result> {
  const clients = relays.map((r) => new RelayClient(r.url));
  const facilitatorSide = clients[0]!;
  const rnd = random(opts.seed);

  // Warm up: one room through every relay, so code paths are loaded before the baseline.
  for (const c of clients) {
    const f = newFacilitator();
    await c.createRoom(f.request);
    await c.put(f.roomId, randomId(), randomSecret(), fakeEnvelope(opts.bytes));
  }
  const before = relays.map((r) => procStat(r.pid));
  const redisBefore = redisUsedMemory ? await redisUsedMemory() : 0;

  const rooms = [];
  for (let i = 0; i < opts.rooms; i++) {
    const f = newFacilitator();
    const res = await clients[i % clients.length]!.createRoom(f.request);
    if (res.status !== 201) throw new Error(`creating a room: HTTP ${res.status}`);
    rooms.push({ f, stream: await openStream(facilitatorSide, f.roomId, f.secret) });
  }

  const sentAt = new Map<string, number>();
  const answered: number[] = [];
  let failed = 0;
  const failures = new Map<string, number>();
  const note = (why: string) => failures.set(why, (failures.get(why) ?? 0) + 1);
  const started = performance.now();
  const sends: Promise<void>[] = [];
  let n = 0;
  for (const { f } of rooms) {
    for (let p = 0; p < opts.participants; p++) {
      const relay = relays[n++ % relays.length]!;
      const body = JSON.stringify({ envelope: fakeEnvelope(opts.bytes) });
      const id = randomId();
      sends.push(
        new Promise<void>((resolve) => {
          setTimeout(async () => {
            sentAt.set(id, performance.now());
            try {
              const status = await put(
                `${relay.url}/rooms/${f.roomId}/submissions/${id}`,
                randomSecret(),
                body,
              );
              if (status !== 200) {
                failed++;
                note(`HTTP ${status}`);
              } else answered.push(performance.now() - sentAt.get(id)!);
            } catch (err) {
              failed++;
              note(String((err as Error & { cause?: Error }).cause?.message ?? err));
            }
            resolve();
          }, rnd() * opts.windowMs);
        }),
      );
    }
  }
  await Promise.all(sends);
  const deadline = started + DEADLINE_MS;
  for (const { stream } of rooms) {
    await stream
      .waitFor(opts.participants, Math.max(1, deadline - performance.now()))
      .catch(() => {});
  }
  const wallMs = performance.now() - started;
  const after = relays.map((r) => procStat(r.pid));
  const redisAfter = redisUsedMemory ? await redisUsedMemory() : 0;

  const latencies: number[] = [];
  for (const { stream } of rooms) {
    for (const e of stream.events) {
      const t0 = sentAt.get(e.submissionId);
      if (t0 !== undefined) latencies.push(e.arrivedAt - t0);
    }
    await stream.close();
  }
  latencies.sort((a, b) => a - b);
  const cpuSeconds =
    (sum(after.map((a) => a.cpuTicks)) - sum(before.map((b) => b.cpuTicks))) / TICKS_PER_SECOND;
  return {
    setup,
    sent: opts.rooms * opts.participants,
    delivered: latencies.length,
    failed,
    latencies,
    answered: answered.sort((a, b) => a - b),
    cpuPercent: (cpuSeconds / (wallMs / 1000)) * 100,
    rssPerRoomKiB:
      (sum(after.map((a) => a.rssKiB)) - sum(before.map((b) => b.rssKiB))) / opts.rooms,
    redisPerRoomKiB: redisUsedMemory ? (redisAfter - redisBefore) / 1024 / opts.rooms : null,
    wallSeconds: wallMs / 1000,
    failures: [...failures].map(([why, count]) => `${why} ×${count}`).join(', '),
  };
}

// A bare node:http server that reads a body and answers with a little JSON: the time one HTTP
// round trip takes on this machine at the same rate, without the relay.
const BARE_SERVER = `
const http = require('node:http');
const s = http.createServer((q, r) => { q.resume(); q.on('end', () => r.end('{"ok":true}')); });
s.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + s.address().port));
process.on('SIGTERM', () => process.exit(0));`;

async function baseline(opts: {
  rooms: number;
  participants: number;
  windowMs: number;
  bytes: number;
  seed: number;
}): Promise<Result> {
  const child = spawn(process.execPath, ['-e', BARE_SERVER], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) => resolve(/(http:\/\/\S+)/.exec(d.toString())![1]!));
    child.once('exit', () => reject(new Error('the bare server did not start')));
  });
  try {
    const rnd = random(opts.seed);
    const before = procStat(child.pid!);
    const latencies: number[] = [];
    let failed = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: opts.rooms * opts.participants }, () => {
        const body = JSON.stringify({ envelope: fakeEnvelope(opts.bytes) });
        return new Promise<void>((resolve) =>
          setTimeout(async () => {
            const t0 = performance.now();
            try {
              if ((await put(url, randomSecret(), body)) === 200) {
                latencies.push(performance.now() - t0);
              } else failed++;
            } catch {
              failed++;
            }
            resolve();
          }, rnd() * opts.windowMs),
        );
      }),
    );
    const wallMs = performance.now() - started;
    const after = procStat(child.pid!);
    latencies.sort((a, b) => a - b);
    return {
      setup: 'no relay: bare HTTP PUT',
      sent: opts.rooms * opts.participants,
      delivered: latencies.length,
      failed,
      latencies,
      answered: latencies,
      cpuPercent: ((after.cpuTicks - before.cpuTicks) / TICKS_PER_SECOND / (wallMs / 1000)) * 100,
      rssPerRoomKiB: NaN,
      redisPerRoomKiB: null,
      wallSeconds: wallMs / 1000,
      failures: '',
    };
  } finally {
    child.kill('SIGTERM');
  }
}

function table(results: Result[]): string {
  const header = [
    'setup',
    'delivered',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'relay CPU',
    'relay RSS/room',
    'Redis/room',
  ];
  const rows = results.map((r) => [
    r.setup,
    `${r.delivered}/${r.sent}${r.failed ? ` (${r.failed} failed)` : ''}`,
    percentile(r.latencies, 50).toFixed(1),
    percentile(r.latencies, 95).toFixed(1),
    percentile(r.latencies, 99).toFixed(1),
    (r.latencies.at(-1) ?? NaN).toFixed(1),
    `${r.cpuPercent.toFixed(0)} %`,
    Number.isNaN(r.rssPerRoomKiB) ? '–' : `${r.rssPerRoomKiB.toFixed(0)} KiB`,
    r.redisPerRoomKiB === null ? '–' : `${r.redisPerRoomKiB.toFixed(0)} KiB`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export async function main(args: string[]): Promise<number> {
  const opts = {
    rooms: Math.round(option(args, 'rooms', 50)),
    participants: Math.round(option(args, 'participants', 40)),
    windowMs: option(args, 'window', 60) * 1000,
    bytes: Math.round(option(args, 'bytes', 3000)),
    seed: 1,
  };
  if (opts.rooms * opts.participants > 20_000) throw new Error('at most 20 000 sends in one run');
  const loadBefore = os.loadavg();
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-relay-'));
  const results: Result[] = [];
  try {
    results.push(await baseline({ ...opts, seed: 3 }));
    const one = await spawnRelay({ ...BENCH_ENV, RELAY_DB: path.join(dir, 'relay.sqlite') });
    try {
      results.push(await run('1 relay, SQLite', [one], opts));
    } finally {
      await one.stop();
    }

    let redis;
    try {
      redis = await startRedis(Number(process.env.REDIS_BENCH_PORT ?? 6391));
    } catch (err) {
      console.error((err as Error).message === REDIS_MISSING ? REDIS_MISSING : err);
      return 1;
    }
    const inspect = createClient({ url: redis.url });
    await inspect.connect();
    const usedMemory = async () =>
      Number(/used_memory:(\d+)/.exec(await inspect.info('memory'))?.[1] ?? NaN);
    const two = [
      await spawnRelay({ ...BENCH_ENV, REDIS_URL: redis.url }),
      await spawnRelay({ ...BENCH_ENV, REDIS_URL: redis.url }),
    ];
    try {
      results.push(await run('2 relays + Redis', two, { ...opts, seed: 2 }, usedMemory));
    } finally {
      for (const r of two) await r.stop();
      await inspect.close();
      await redis.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  console.log(
    `Relay bench: ${opts.rooms} rooms × ${opts.participants} participants, each sends once within ` +
      `${opts.windowMs / 1000} s (${opts.bytes} bytes of ciphertext), every facilitator streaming; ` +
      `latency = start of PUT → event on the facilitator's stream; Node ${process.version}\n`,
  );
  console.log(table(results));
  // Where the tail comes from: the PUT's own round trip, or the way on to the stream after it.
  console.log('\nPUT answered (ms, p50 / p95 / p99):');
  for (const r of results) {
    const q = [50, 95, 99].map((p) => percentile(r.answered, p).toFixed(1)).join(' / ');
    console.log(`  ${r.setup}: ${q}`);
  }
  console.log(
    '\nThe first row is the floor: the same PUTs on the same schedule to a bare node:http ' +
      "server (round trip only). relay CPU: the relay processes' user+system time over the run, " +
      'in % of one core (two relays: summed). relay RSS/room: growth of resident memory / rooms, ' +
      'with the streams open.',
  );
  for (const r of results) {
    if (r.failures) console.log(`${r.setup}: failed sends: ${r.failures}`);
  }
  const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
  console.log(
    `Load average (1/5/15 min) before: ${load(loadBefore)}; after: ${load(os.loadavg())}`,
  );
  const undelivered = results.some((r) => r.delivered < r.sent || r.failed > 0);
  return undelivered ? 1 : 0;
}
