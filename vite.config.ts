import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

const APP_HTML = '<!--app-html-->';

/**
 * The Content-Security-Policy of the built app (docs/hosting.md has the header version).
 * Only added at build time: the dev server needs inline scripts for hot reload.
 */
function contentSecurityPolicy(styleHashes: string[]): string {
  // Style attributes in the prerendered HTML are allowed by hash only, never 'unsafe-inline'.
  const styleSrc = ["'self'", ...(styleHashes.length ? ["'unsafe-hashes'", ...styleHashes] : [])];
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src ${styleSrc.join(' ')}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function styleAttributeHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, value] of html.matchAll(/\sstyle="([^"]*)"/g)) {
    const digest = createHash('sha256').update(decodeAttribute(value!)).digest('base64');
    hashes.add(`'sha256-${digest}'`);
  }
  return [...hashes].sort();
}

// The service worker is registered in the browser only; the server build gets a no-op.
const SW_REGISTER_STUB = 'export const registerSW = () => async () => {};';

function serverStub(id: string, code: string): Plugin {
  const resolved = `\0stub:${id}`;
  return {
    name: `modellkart:stub:${id}`,
    resolveId: (source) => (source === id ? resolved : null),
    load: (source) => (source === resolved ? code : null),
  };
}

/**
 * Renders the start page (src/prerender.tsx) with a separate SSR build and puts its HTML into
 * index.html, so the first paint needs no JavaScript; then adds the CSP meta tag.
 */
function prerenderStartPage(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'modellkart:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (config.build.ssr) return html;
        if (!html.includes(APP_HTML)) throw new Error(`index.html lacks ${APP_HTML}`);
        // Inside the project so the SSR bundle's bare imports (react, …) resolve from node_modules.
        const tmpRoot = join(config.root, 'node_modules/.tmp');
        await mkdir(tmpRoot, { recursive: true });
        const outDir = await mkdtemp(join(tmpRoot, 'prerender-'));
        let appHtml: string;
        try {
          await build({
            configFile: false,
            root: config.root,
            logLevel: 'warn',
            mode: 'production',
            plugins: [react(), serverStub('virtual:pwa-register', SW_REGISTER_STUB)],
            build: { ssr: 'src/prerender.tsx', outDir, emptyOutDir: true, minify: false },
          }).catch((error: Error & { errors?: { message: string }[] }) => {
            // Rolldown's aggregate error hides the cause; say what failed.
            const detail = error.errors?.map((e) => e.message).join('\n') || error.message;
            throw new Error(`Prerendering the start page failed:\n${detail}`);
          });
          const entry = (await readdir(outDir)).find((f) => /^prerender\.m?js$/.test(f));
          if (!entry) throw new Error('prerender build produced no entry');
          const mod = (await import(pathToFileURL(join(outDir, entry)).href)) as {
            render: () => string;
          };
          appHtml = mod.render();
        } finally {
          await rm(outDir, { recursive: true, force: true });
        }
        const csp = contentSecurityPolicy(styleAttributeHashes(appHtml));
        const out = html
          .replace(APP_HTML, () => appHtml)
          .replace(
            /<meta charset="UTF-8" \/>/i,
            (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
          );
        if (!out.includes('http-equiv="Content-Security-Policy"')) {
          throw new Error('could not add the CSP meta tag');
        }
        // The CSP forbids inline scripts: fail the build rather than ship a page that breaks.
        if (/<script(?![^>]*\ssrc=)[^>]*>/i.test(out))
          throw new Error('inline <script> in index.html');
        return out;
      },
    },
  };
}

// BASE lets the build live under a sub-path, e.g. BASE=/verktoy/modellkart/ npm run build.
export default defineConfig({
  base: process.env.BASE ?? './',
  plugins: [
    react(),
    prerenderStartPage(),
    VitePWA({
      // The app asks before swapping code (src/app/pwa-update.tsx); it registers the worker itself.
      registerType: 'prompt',
      injectRegister: false,
      includeManifestIcons: false,
      manifest: {
        id: './',
        name: 'Modellkart – bibliotek og innbyggertorg',
        short_name: 'Modellkart',
        description:
          'Se hvordan bibliotek og innbyggertorg er organisert sammen, som en blanding av fire modeller.',
        lang: 'nb',
        dir: 'ltr',
        // Relative to the manifest, so any base path works.
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0062ba',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // Every chunk, not only the start page's: after one visit the whole app works offline.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2,json}'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
  },
});
