// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { viteArgs } from './start';

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

it('passes Vite its port unless given one', () => {
  expect(viteArgs([])).toEqual(['--port', '5173', '--strictPort']);
  expect(viteArgs(['--host'])).toEqual(['--port', '5173', '--strictPort', '--host']);
  expect(viteArgs(['--port', '5200'])).toEqual(['--strictPort', '--port', '5200']);
});

it('serves the app and the relay behind it, and Ctrl-C stops both', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'start-'));
  const [appPort, relayPort] = [await freePort(), await freePort()];
  const child = spawn(
    process.execPath,
    ['scripts/run-ts.mjs', 'scripts/start.ts', '--port', String(appPort), '--host', '127.0.0.1'],
    {
      env: {
        ...process.env,
        RELAY_PORT: String(relayPort),
        RELAY_DB: path.join(dir, 'r.sqlite'),
        RELAY_LOG: 'quiet',
      },
      stdio: 'ignore',
    },
  );
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

    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(await get(`${app}/`)).toBeNull();
    expect(await get(`http://127.0.0.1:${relayPort}/relay/health`)).toBeNull();
  } finally {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
