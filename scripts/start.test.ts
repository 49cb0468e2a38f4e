// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { banner, joinOrigin, lanAddresses, viteArgs } from './start';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function get(url: string): Promise<Response | null> {
  try {
    return await fetch(url);
  } catch {
    return null;
  }
}

it('passes Vite its port, and every network interface unless given a host', () => {
  expect(viteArgs([])).toEqual(['--port', '5173', '--host', '0.0.0.0', '--strictPort']);
  expect(viteArgs(['--host'])).toEqual(['--port', '5173', '--strictPort', '--host']);
  expect(viteArgs(['--host', '127.0.0.1', '--port=5200'])).toEqual([
    '--strictPort',
    '--host',
    '127.0.0.1',
    '--port=5200',
  ]);
  expect(viteArgs(['--port', '5200'])).toEqual([
    '--host',
    '0.0.0.0',
    '--strictPort',
    '--port',
    '5200',
  ]);
});

const nic = (address: string, internal = false) => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4' as const,
  mac: '00:00:00:00:00:00',
  internal,
  cidr: null,
});

it('finds the address phones on the room’s network reach, before bridges and tunnels', () => {
  expect(
    lanAddresses({
      lo: [nic('127.0.0.1', true)],
      docker0: [nic('172.17.0.1')],
      wlp2s0: [nic('192.168.1.20'), { ...nic('fe80::1'), family: 'IPv6' as const, scopeid: 2 }],
      eth1: [nic('169.254.3.4')],
      tailscale0: [nic('100.64.0.7')],
    }),
  ).toEqual(['192.168.1.20', '172.17.0.1', '100.64.0.7']);
  expect(lanAddresses({ lo: [nic('127.0.0.1', true)] })).toEqual([]);
});

it('points join links at that address, never at this machine alone', () => {
  const lan = ['192.168.1.20', '10.0.0.5'];
  expect(joinOrigin([], lan)).toBe('http://192.168.1.20:5173');
  expect(joinOrigin(['--port', '5200', '--host'], lan)).toBe('http://192.168.1.20:5200');
  expect(joinOrigin(['--host', '10.0.0.5'], lan)).toBe('http://10.0.0.5:5173');
  expect(joinOrigin(['--host', '127.0.0.1'], lan)).toBeNull();
  expect(joinOrigin(['--host=localhost'], lan)).toBeNull();
  expect(joinOrigin([], [])).toBeNull();

  const text = banner([], 'http://192.168.1.20:5173', lan);
  expect(text).toContain('Modellkart on this computer:  http://localhost:5173/');
  expect(text).toContain('Phones on the same network:   http://192.168.1.20:5173/');
  expect(text).toContain('http://10.0.0.5:5173/');
  expect(banner(['--host', '127.0.0.1'], null, lan)).toContain('Only this computer');
});

it('serves the app and the relay behind it, and Ctrl-C stops both', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'start-'));
  const [appPort, relayPort] = [await freePort(), await freePort()];
  const child = spawn(
    process.execPath,
    // No --host: Vite listens on every interface, as for phones on the room's Wi-Fi. Requests
    // here go to 127.0.0.1 only; 192.0.2.10 (a documentation address) is never contacted.
    ['scripts/run-ts.mjs', 'scripts/start.ts', '--port', String(appPort)],
    {
      env: {
        ...process.env,
        RELAY_PORT: String(relayPort),
        RELAY_DB: path.join(dir, 'r.sqlite'),
        RELAY_LOG: 'quiet',
        VITE_JOIN_ORIGIN: `http://192.0.2.10:${appPort}`,
      },
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const app = `http://127.0.0.1:${appPort}`;
    let health: Response | null = null;
    for (let i = 0; i < 120 && health?.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 250));
      health = await get(`${app}/relay/health`);
    }
    expect(await health?.json()).toEqual({ ok: true, version: 1 });
    expect(await (await fetch(`${app}/`)).text()).toContain('<div id="root">');
    expect(out).toContain(`Phones on the same network:   http://192.0.2.10:${appPort}/`);
    // The app is told the address: join links and QR codes carry it.
    const module = await (await fetch(`${app}/src/features/workshop/join-origin.ts`)).text();
    expect(module).toContain(`http://192.0.2.10:${appPort}`);

    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(await get(`${app}/`)).toBeNull();
    expect(await get(`http://127.0.0.1:${relayPort}/relay/health`)).toBeNull();
  } finally {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
