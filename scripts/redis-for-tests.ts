// Starts a throwaway redis-server (no persistence) for the relay's tests and bench. CI installs
// Debian's redis-server in .ci/run; without it the caller fails with a line that says so.
import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';

export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

export const REDIS_MISSING =
  "redis-server is not installed: the relay's Redis tests need it (Debian: apt-get install redis-server; CI installs it in .ci/run)";

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'));
    socket.setTimeout(500);
    socket.once('data', (d) => {
      socket.destroy();
      resolve(d.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

export async function startRedis(
  port = Number(process.env.REDIS_TEST_PORT ?? 6390),
  timeoutMs = 10_000,
): Promise<TestRedis> {
  if (await ping(port)) {
    throw new Error(`port ${port} already has a Redis; stop it or set REDIS_TEST_PORT`);
  }
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (err: NodeJS.ErrnoException) =>
      reject(new Error(err.code === 'ENOENT' ? REDIS_MISSING : `redis-server: ${err.message}`)),
    );
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}):\n${output}`)));
  });
  failed.catch(() => {});
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + timeoutMs;
  while (!(await Promise.race([ping(port), failed]))) {
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(
        `redis-server did not answer on port ${port} within ${timeoutMs} ms:\n${output}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
