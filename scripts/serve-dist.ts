// Serves a built app directory on localhost for the scripts that measure it in a browser
// (scripts/lighthouse.ts, scripts/input-latency.ts): `vite preview` without the project's config.
import { createServer } from 'node:net';
import { preview } from 'vite';

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Serves `outDir` on http://127.0.0.1:<port>/ until the returned server is closed. */
export async function serveDist(outDir: string, port: number) {
  return preview({
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
}
