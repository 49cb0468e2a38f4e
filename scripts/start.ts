// `npm start`: the app's dev server and a local live workshop relay, stopped together on Ctrl-C.
// Vite listens on every network interface, so phones on the room's Wi-Fi can open the app; the
// join links and QR codes point at this machine's address on that network (VITE_JOIN_ORIGIN).
// `npm start -- --host 127.0.0.1` keeps it to this machine. Other arguments go to Vite too.
// The relay listens on 127.0.0.1 only; Vite passes /relay to it (build/relay-proxy.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const DEFAULT_PORT = 5173;

function optionValue(args: string[], name: string): string | true | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
    if (arg === name) {
      const next = args[i + 1];
      return next !== undefined && !next.startsWith('-') ? next : true;
    }
  }
  return undefined;
}

export function viteArgs(args: string[]): string[] {
  const port = optionValue(args, '--port') !== undefined;
  const host = optionValue(args, '--host') !== undefined;
  return [
    ...(port ? [] : ['--port', String(DEFAULT_PORT)]),
    ...(host ? [] : ['--host', '0.0.0.0']),
    '--strictPort',
    ...args,
  ];
}

// Bridges, tunnels and VPNs: addresses that phones in the room cannot reach.
const VIRTUAL =
  /^(docker|br-|veth|virbr|vmnet|vboxnet|tun|tap|utun|wg|zt|tailscale|lxc|lxd|cni|flannel|podman)/;
const PRIVATE = /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/;

/** This machine's IPv4 addresses on its networks, the likeliest one for phones first. */
export function lanAddresses(
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): string[] {
  const found: { address: string; rank: number }[] = [];
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4' || info.internal || info.address.startsWith('169.254.')) continue;
      const rank = VIRTUAL.test(name) ? 2 : PRIVATE.test(info.address) ? 0 : 1;
      found.push({ address: info.address, rank });
    }
  }
  return found.sort((a, b) => a.rank - b.rank).map((f) => f.address);
}

/** The address join links carry: this machine on the network, or null when only it can connect. */
export function joinOrigin(args: string[], addresses: string[]): string | null {
  const host = optionValue(args, '--host');
  const port = optionValue(args, '--port');
  const portNumber = typeof port === 'string' ? port : String(DEFAULT_PORT);
  const wildcard = host === undefined || host === true || host === '0.0.0.0' || host === '::';
  const address = wildcard ? addresses[0] : host;
  if (!address || /^(localhost|127\.|::1$|\[::1\])/.test(address)) return null;
  return `http://${address.includes(':') ? `[${address}]` : address}:${portNumber}`;
}

/** What `npm start` prints first: where to open the app, here and on the phones. */
export function banner(args: string[], origin: string | null, addresses: string[]): string {
  const port = optionValue(args, '--port');
  const local = `http://localhost:${typeof port === 'string' ? port : DEFAULT_PORT}/`;
  const lines = ['', `  Modellkart on this computer:  ${local}`];
  if (origin) {
    lines.push(`  Phones on the same network:   ${origin}/  (join links and QR codes use this)`);
    for (const other of addresses.slice(1)) {
      lines.push(`  also on:                      http://${other}:${new URL(origin).port}/`);
    }
  } else {
    lines.push(
      '  Only this computer can open the app: no network address found, or --host keeps it here.',
    );
  }
  return `${lines.join('\n')}\n`;
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
  const addresses = lanAddresses();
  const origin = process.env.VITE_JOIN_ORIGIN || joinOrigin(args, addresses);
  const env = {
    ...process.env,
    RELAY_PORT: relayPort,
    ...(origin ? { VITE_JOIN_ORIGIN: origin } : {}),
  };
  process.stdout.write(banner(args, origin, addresses));
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
