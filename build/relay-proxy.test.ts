// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../relay/config';
import { startRelay, type RunningRelay } from '../relay/server';
import {
  RelayClient,
  fakeEnvelope,
  newFacilitator,
  openStream,
  randomId,
  randomSecret,
} from '../relay/test-client';
import { relayProxy, relayTarget } from './relay-proxy';

describe('relayProxy', () => {
  it('points /relay at the local relay, or where RELAY_PORT or RELAY_URL say', () => {
    expect(relayTarget({})).toBe('http://127.0.0.1:8787');
    expect(relayTarget({ RELAY_PORT: '8802' })).toBe('http://127.0.0.1:8802');
    expect(relayTarget({ RELAY_URL: 'http://relay.internal:9000' })).toBe(
      'http://relay.internal:9000',
    );
    expect(relayProxy({ RELAY_PORT: '8802' })).toEqual({
      '/relay': { target: 'http://127.0.0.1:8802', xfwd: true },
    });
  });
});

describe('through the dev and preview servers', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'relay-proxy-'));
  let relay: RunningRelay;
  const closers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    relay = await startRelay(
      readConfig({ RELAY_PORT: '0', RELAY_DB: path.join(dir, 'relay.sqlite'), RELAY_LOG: 'quiet' }),
    );
    mkdirSync(path.join(dir, 'dist'));
    writeFileSync(path.join(dir, 'dist/index.html'), '<!doctype html><title>t</title>');
  });
  afterAll(async () => {
    for (const close of closers) await close();
    await relay.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A facilitator streams through the proxy while a participant sends through it. */
  async function streamsThrough(origin: string) {
    const client = new RelayClient(`${origin}/relay`);
    const f = newFacilitator();
    expect((await client.createRoom(f.request)).status).toBe(201);
    const stream = await openStream(client, f.roomId, f.secret);
    expect(stream.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    for (let i = 1; i <= 2; i++) {
      expect((await client.put(f.roomId, randomId(), randomSecret(), fakeEnvelope())).status).toBe(
        200,
      );
      // Each event arrives while the stream stays open: the proxy does not hold it back.
      expect(await stream.waitFor(i)).toHaveLength(i);
      expect(stream.ended).toBe(false);
    }
    await stream.close();
  }

  it("streams the relay's events through the dev server", async () => {
    const server = await createServer({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1', proxy: relayProxy({ RELAY_URL: relay.origin }) },
    });
    closers.push(() => server.close());
    await server.listen();
    const { port } = server.httpServer!.address() as AddressInfo;
    await streamsThrough(`http://127.0.0.1:${port}`);
  });

  it("streams the relay's events through the preview server", async () => {
    const server = await preview({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      build: { outDir: 'dist' },
      preview: { port: 0, host: '127.0.0.1', proxy: relayProxy({ RELAY_URL: relay.origin }) },
    });
    closers.push(() => server.close());
    const { port } = server.httpServer.address() as AddressInfo;
    await streamsThrough(`http://127.0.0.1:${port}`);
  });
});
