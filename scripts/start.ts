// `npm start`: the app's dev server and a local live workshop relay, stopped together on Ctrl-C.
// Arguments go to Vite (`npm start -- --host` lets phones on the room's Wi-Fi join).
// The relay listens on 127.0.0.1 only; Vite passes /relay to it (build/relay-proxy.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

export function viteArgs(args: string[]): string[] {
  const port = args.includes('--port') || args.some((a) => a.startsWith('--port='));
  return [...(port ? [] : ['--port', '5173']), '--strictPort', ...args];
}

function run(name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'inherit' });
  child.on('error', (err) => console.error(`${name}: ${err.message}`));
  return child;
}

function exited(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(child.exitCode ?? 1);
  }
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
}

export async function main(args: string[]): Promise<number> {
  const relayPort = process.env.RELAY_PORT || '8787';
  const env = { ...process.env, RELAY_PORT: relayPort };
  const relay = run('relay', ['scripts/run-ts.mjs', 'relay/main.ts'], {
    ...env,
    RELAY_HOST: process.env.RELAY_HOST || '127.0.0.1',
    // Only Vite's proxy on this machine reaches it, and it names the client's address.
    RELAY_TRUST_PROXY: process.env.RELAY_TRUST_PROXY || '1',
  });
  const vite = run(
    'vite',
    [path.join(ROOT, 'node_modules/vite/bin/vite.js'), ...viteArgs(args)],
    env,
  );
  const children = [relay, vite];

  const stopAll = () => {
    for (const c of children) {
      if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
    }
  };
  let stopping = false;
  const onSignal = () => {
    stopping = true;
    stopAll();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  // When one of them stops (a port in use, a crash), the other stops too: half a setup would
  // look like live mode is broken.
  const first = await Promise.race(children.map(async (c) => ({ c, code: await exited(c) })));
  if (!stopping) {
    console.error(
      `start: ${first.c === relay ? 'the relay' : 'vite'} stopped (exit ${first.code}); stopping the other`,
    );
    stopAll();
  }
  await Promise.all(children.map(exited));
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  return stopping ? 0 : first.code || 1;
}
