import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RolldownOutput } from 'rolldown';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { startPageRefs } from './scripts/check-budgets';
import { inlineCriticalCss, styleElementHashes } from './scripts/critical-css';
import { escapeXml } from './src/domain/chart-svg';
import { LOCALES, type Locale } from './src/domain/locales';

const ROOT_HTML = '<div id="root"><!--app-html--></div>';
// The language #root is prerendered in; the others wait in <template>s.
const DEFAULT_LOCALE: Locale = 'nb';
// The entry chunk (src/boot.ts), named by build.rolldownOptions below.
const BOOT_CHUNK = /(^|\/)boot-[\w-]+\.js$/;

/**
 * The Content-Security-Policy of the built app (docs/hosting.md has the header version).
 * Only added at build time: the dev server needs inline scripts for hot reload.
 */
function contentSecurityPolicy(scriptHashes: string[], styleHashes: string[]): string {
  // Inline scripts and style attributes in the prerendered HTML are allowed by hash only, never
  // 'unsafe-inline'.
  const styleSrc = ["'self'", ...(styleHashes.length ? ["'unsafe-hashes'", ...styleHashes] : [])];
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
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

function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

function styleAttributeHashes(html: string): string[] {
  const values = [...html.matchAll(/\sstyle="([^"]*)"/g)].map(([, value]) =>
    decodeAttribute(value!),
  );
  return [...new Set(values.map(sha256Source))].sort();
}

/** Bundles a small browser entry into one self-contained, minified script for inlining. */
async function inlineScript(root: string, entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    build: {
      write: false,
      copyPublicDir: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['iife'], name: 'modellkartInline', fileName: 'inline' },
    },
  });
  const outputs = [result].flat() as RolldownOutput[];
  const chunk = outputs[0]?.output.find((o) => o.type === 'chunk');
  if (!chunk) throw new Error(`bundling ${entry} produced no code`);
  const code = chunk.code.trim();
  if (/<\/script|<!--/i.test(code)) throw new Error(`${entry} cannot be inlined as is`);
  return code;
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
 * Renders the start page in every language (src/prerender.tsx) with a separate SSR build and puts
 * the HTML into index.html, with the inline script that shows the visitor's language
 * (src/prerendered-locale.ts), so the first paint needs no app code; then adds the CSP meta tag,
 * which allows that script and the prerendered style attributes by their hashes.
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
      async handler(html, ctx) {
        if (config.build.ssr) return html;
        if (!html.includes(ROOT_HTML)) throw new Error(`index.html lacks ${ROOT_HTML}`);
        // Inside the project so the SSR bundle's bare imports (react, …) resolve from node_modules.
        const tmpRoot = join(config.root, 'node_modules/.tmp');
        await mkdir(tmpRoot, { recursive: true });
        const outDir = await mkdtemp(join(tmpRoot, 'prerender-'));
        let pages: Record<Locale, string>;
        let titles: Record<Locale, string>;
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
            render: (locale: Locale) => string;
            documentTitle: (locale: Locale) => string;
          };
          pages = Object.fromEntries(LOCALES.map((l) => [l, mod.render(l)])) as typeof pages;
          titles = Object.fromEntries(
            LOCALES.map((l) => [l, mod.documentTitle(l)]),
          ) as typeof titles;
        } finally {
          await rm(outDir, { recursive: true, force: true });
        }
        // Every language is in the HTML; a tiny inline script shows the visit's one before the
        // first paint, so no visitor sees a repaint in another language.
        const picker = await inlineScript(config.root, 'src/prerendered-locale.ts');
        const others = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
        const body = [
          `<div id="root" data-locale="${DEFAULT_LOCALE}">${pages[DEFAULT_LOCALE]}</div>`,
          ...others.map(
            (l) =>
              `<template data-locale="${l}" data-title="${escapeXml(titles[l])}">${pages[l]}</template>`,
          ),
          `<script>${picker}</script>`,
        ].join('\n    ');
        // The tab's title comes from the messages too, as the app sets it later.
        const title = `<title>${escapeXml(titles[DEFAULT_LOCALE])}</title>`;
        const withPages = html
          .replace(ROOT_HTML, () => body)
          .replace(/<title>[^<]*<\/title>/, () => title);
        if (!withPages.includes(title)) throw new Error('index.html lacks a <title>');
        // The start page's rules inline, the full stylesheet after it (scripts/critical-css.ts).
        const css = new Map(
          Object.values(ctx.bundle ?? {}).flatMap((o) =>
            o.type === 'asset' && o.fileName.endsWith('.css')
              ? [[o.fileName, String(o.source)] as const]
              : [],
          ),
        );
        const critical = await inlineCriticalCss(withPages, css);
        const csp = contentSecurityPolicy(startPageRefs(critical).inlineScripts.map(sha256Source), [
          ...styleAttributeHashes(Object.values(pages).join('')),
          ...styleElementHashes(critical),
        ]);
        const out = critical.replace(
          /<meta charset="UTF-8"\s*\/?>/i,
          (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
        );
        if (!out.includes('http-equiv="Content-Security-Policy"')) {
          throw new Error('could not add the CSP meta tag');
        }
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
    // index.html's one script (src/boot.ts), named for what it does.
    rolldownOptions: { output: { entryFileNames: 'assets/boot-[hash].js' } },
    modulePreload: {
      // src/boot.ts loads React DOM and the app once the start page has painted, and the service
      // worker registers when the page is idle. Preload links from there only add DOM work to
      // those moments; the imports fetch the same files anyway. Lazily loaded pages keep theirs.
      resolveDependencies: (filename, deps, { hostId }) =>
        BOOT_CHUNK.test(hostId) || /(^|\/)virtual_pwa-register-[\w-]+\.js$/.test(filename)
          ? []
          : deps,
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
  },
});
