// Starts `relay/main.ts` as its own process, as `npm run relay` does, for the tests that kill
// and restart it and for the bench. The port comes from the relay's first line of output.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface SpawnedRelay {
  /** Origin plus base path. */
  url: string;
  pid: number;
  child: ChildProcess;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash or a pulled plug would. */
  kill(): Promise<void>;
}

export function spawnRelay(env: Record<string, string>, timeoutMs = 30_000): Promise<SpawnedRelay> {
  const child = spawn(process.execPath, ['scripts/run-ts.mjs', 'relay/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, RELAY_PORT: '0', RELAY_LOG: 'quiet', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the relay did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      started = true;
      child.stdout!.off('data', onData);
      child.stdout!.resume();
      resolve({
        url: match[1]!,
        pid: child.pid!,
        child,
        stop: () => end('SIGTERM'),
        kill: () => end('SIGKILL'),
      });
    };
    child.stdout!.on('data', onData);
    let started = false;
    // Before it listens, errors explain a failed start; after, they are the relay's own error
    // lines (RELAY_LOG=quiet keeps those), passed on.
    child.stderr!.on('data', (chunk: Buffer) => {
      if (started) process.stderr.write(`relay ${child.pid}: ${chunk.toString()}`);
      else output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the relay exited (${code}) before it listened:\n${output}`));
    });
  });
}
