import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { appChunk } from './build/app-chunk';
import { webManifest } from './build/manifest';
import { prebuiltCatalogue } from './build/prebuilt-catalogue';
import { manifestAfterPaint, prerenderStartPage } from './build/prerender';
import { relayProxy } from './build/relay-proxy';
import { CATALOGUE } from './src/domain/catalogue';
import { en } from './src/i18n/en';
import { nb } from './src/i18n/nb';
import { nn } from './src/i18n/nn';

const app = appChunk({
  main: 'src/main.tsx',
  boot: 'src/boot.ts',
  firstPaint: 'src/share-first-paint.ts',
});

// Unit tests of pure code (no React, no DOM) run in Node, the rest in jsdom; a Node test file that
// needs a DOM says so in a `// @vitest-environment jsdom` line.
const NODE_TESTS = [
  'src/domain/**/*.test.ts',
  'src/render/**/*.test.ts',
  'src/i18n/**/*.test.ts',
  'scripts/**/*.test.ts',
  'build/**/*.test.ts',
  'relay/**/*.test.ts',
];

// BASE lets the build live under a sub-path, e.g. BASE=/verktoy/modellkart/ npm run build.
export default defineConfig({
  base: process.env.BASE ?? './',
  resolve: {
    // wouter's shim for React < 18; React 19 has the hook itself (about 1 kB less on the start page).
    alias: [
      {
        find: /^use-sync-external-store\/shim(\/index\.js)?$/,
        replacement: fileURLToPath(
          new URL('./src/ui/react-sync-external-store.ts', import.meta.url),
        ),
      },
    ],
  },
  // The live workshop relay on the app's own origin, as behind a production proxy.
  server: { proxy: relayProxy() },
  preview: { proxy: relayProxy() },
  plugins: [
    react(),
    prebuiltCatalogue(CATALOGUE),
    app.plugin,
    prerenderStartPage(),
    VitePWA({
      // The app asks before swapping code (src/app/pwa-update.tsx); it registers the worker itself.
      registerType: 'prompt',
      injectRegister: false,
      includeManifestIcons: false,
      manifest: webManifest({ nb, nn, en }),
      workbox: {
        // Every chunk, not only the start page's: after one visit the whole app works offline.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2,json}'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
      },
    }),
    manifestAfterPaint(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // index.html's one script (src/boot.ts), named for what it does.
    rolldownOptions: {
      // index.html (its script: src/boot.ts), and a shared result's first paint, which the inline
      // script loads on share links (build/prerender.ts names its files in index.html).
      input: { index: 'index.html', 'share-first-paint': 'src/share-first-paint.ts' },
      output: {
        entryFileNames: (chunk) =>
          chunk.name === 'share-first-paint'
            ? 'assets/share-first-paint-[hash].js'
            : 'assets/boot-[hash].js',
        codeSplitting: { groups: app.groups },
      },
    },
    modulePreload: {
      // Every browser the app supports (es2022) follows modulepreload links itself.
      polyfill: false,
      // No preload links for JavaScript loaded later (CSS files are still loaded with their chunk).
      // Each link costs Chromium about 1.4 ms of main thread (four times that on a phone), all in
      // the task that starts the import: some thirty for a shared result, one long task. The lazy
      // chunks import at most two levels deep, and a shared result's LCP was no later without
      // them (README, «Latest measurements»).
      resolveDependencies: () => [],
    },
  },
  test: {
    restoreMocks: true,
    // Every core: Vitest's default leaves one free, which on a 2-core machine is half of them.
    maxWorkers: '100%',
    // Pure code runs in Node; only what needs a DOM pays for jsdom's set-up.
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: NODE_TESTS },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: NODE_TESTS.filter((glob) => glob.startsWith('src/')),
          setupFiles: ['src/test/setup.ts'],
        },
      },
    ],
  },
});
