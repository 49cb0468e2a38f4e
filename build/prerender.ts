import react from '@vitejs/plugin-react';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RolldownOutput } from 'rolldown';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { LOCALES, type Locale } from '../src/domain/locales';
import { escapeXml } from '../src/domain/xml';
import { APP_ENTRY_META } from '../src/app-loading';
import { contentSecurityPolicy, sha256Source, styleAttributeHashes } from './csp';
import { inlineCriticalCss, styleElementHashes } from './critical-css';
import { chunkFiles, withShareFirstPaint, type BuiltFile } from './first-paint';
import { startPageRefs } from './html';

const ROOT_HTML = '<div id="root"><!--app-html--></div>';
// The language #root is prerendered in; the others wait in <template>s.
const DEFAULT_LOCALE: Locale = 'nb';

type Rendered = {
  /** The start page's HTML in each language. */
  pages: Record<Locale, string>;
  /** The browser tab's title in each language. */
  titles: Record<Locale, string>;
  /** The inline script that shows the visitor's language before the first paint. */
  picker: string;
};

/** index.html with the start page in every language (bokmål in #root, the others in <template>s),
 * the script that picks one, and the title from the messages. */
export function withStartPages(html: string, { pages, titles, picker }: Rendered): string {
  if (!html.includes(ROOT_HTML)) throw new Error(`index.html lacks ${ROOT_HTML}`);
  if (/<\/script|<!--/i.test(picker))
    throw new Error('the language picker cannot be inlined as is');
  const others = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
  const body = [
    `<div id="root" data-locale="${DEFAULT_LOCALE}">${pages[DEFAULT_LOCALE]}</div>`,
    ...others.map(
      (l) =>
        `<template data-locale="${l}" data-title="${escapeXml(titles[l])}">${pages[l]}</template>`,
    ),
    `<script>${picker}</script>`,
  ].join('\n    ');
  const title = `<title>${escapeXml(titles[DEFAULT_LOCALE])}</title>`;
  const withPages = html
    .replace(ROOT_HTML, () => body)
    .replace(/<title>[^<]*<\/title>/, () => title);
  if (!withPages.includes(title)) throw new Error('index.html lacks a <title>');
  return withPages;
}

/** The CSP meta tag that allows the inline scripts, <style> elements and the pages' style
 * attributes by their hashes. */
export function withCsp(html: string, pages: Rendered['pages']): string {
  const csp = contentSecurityPolicy(startPageRefs(html).inlineScripts.map(sha256Source), [
    ...styleAttributeHashes(Object.values(pages).join('')),
    ...styleElementHashes(html),
  ]);
  const out = html.replace(
    /<meta charset="UTF-8"\s*\/?>/i,
    (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
  );
  if (!out.includes('http-equiv="Content-Security-Policy"')) {
    throw new Error('could not add the CSP meta tag');
  }
  return out;
}

/**
 * The app's entry script named in a meta tag instead of loaded by a script tag: the inline script
 * (src/prerendered-locale.ts) loads it after the start page's first paint, so no script request
 * competes with that paint (at once on other pages). Its preloads go too: the entry imports them.
 */
export function withAppAfterPaint(html: string): string {
  const script = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>[ \t]*\n?/.exec(html);
  if (!script) throw new Error("index.html lacks the app's module script");
  return html
    .replace(script[0], () => `<meta name="${APP_ENTRY_META}" content="${script[1]}" />\n`)
    .replace(/[ \t]*<link rel="modulepreload"[^>]*>[ \t]*\n?/g, '');
}

/**
 * The full stylesheet, which critical-css.ts moved to the end of <body>, carries its address in
 * `data-href` until src/boot.ts sets it after the first paint: fetched then, it does not compete
 * with the page itself, whose rules are inline. Without JavaScript it still comes, by <noscript>.
 */
export function withStylesheetAfterPaint(html: string): string {
  const body = html.indexOf('<body');
  if (body < 0) throw new Error('index.html lacks a <body>');
  const stylesheet = /<link rel="stylesheet"(?![^>]*\smedia=)([^>]*?)\shref="([^"]+)"([^>]*)>/g;
  return (
    html.slice(0, body) +
    html
      .slice(body)
      .replace(
        stylesheet,
        '<link rel="stylesheet"$1 data-href="$2"$3><noscript><link rel="stylesheet" href="$2"></noscript>',
      )
  );
}

/** The web app manifest the same way: the browser asks for it once the page has painted. */
export function withManifestAfterPaint(html: string): string {
  return html.replace(
    /<link rel="manifest"([^>]*?)\shref="([^"]+)"([^>]*)>/,
    '<link rel="manifest"$1 data-href="$2"$3>',
  );
}

/** Runs after vite-plugin-pwa (also `enforce: 'post'`), which adds the manifest link: list it after. */
export function manifestAfterPaint(): Plugin {
  return {
    name: 'modellkart:manifest-after-paint',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: { order: 'post', handler: withManifestAfterPaint },
  };
}

/** index.html with the start pages and the CSP (no critical CSS: that needs the built CSS). */
export function startPageHtml(html: string, rendered: Rendered): string {
  return withCsp(withStartPages(html, rendered), rendered.pages);
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
  return chunk.code.trim();
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

/** Renders src/prerender.tsx in every language with a separate SSR build. */
async function renderStartPage(root: string): Promise<Omit<Rendered, 'picker'>> {
  // Inside the project so the SSR bundle's bare imports (react, …) resolve from node_modules.
  const tmpRoot = join(root, 'node_modules/.tmp');
  await mkdir(tmpRoot, { recursive: true });
  const outDir = await mkdtemp(join(tmpRoot, 'prerender-'));
  try {
    await build({
      configFile: false,
      root,
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
    const byLocale = (f: (l: Locale) => string) =>
      Object.fromEntries(LOCALES.map((l) => [l, f(l)])) as Record<Locale, string>;
    return { pages: byLocale(mod.render), titles: byLocale(mod.documentTitle) };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/**
 * Puts the start page, prerendered in every language, into index.html (startPageHtml), so the
 * first paint needs no app code; the inline script (src/prerendered-locale.ts) shows the visitor's
 * language before that paint.
 */
export function prerenderStartPage(): Plugin {
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
        const rendered = await renderStartPage(config.root);
        const picker = await inlineScript(config.root, 'src/prerendered-locale.ts');
        // The start page's rules inline, the full stylesheet after it (critical-css.ts).
        const css = new Map(
          Object.values(ctx.bundle ?? {}).flatMap((o) =>
            o.type === 'asset' && o.fileName.endsWith('.css')
              ? [[o.fileName, String(o.source)] as const]
              : [],
          ),
        );
        const pages = withStartPages(html, { ...rendered, picker });
        const critical = await inlineCriticalCss(pages, css);
        const bundle = ctx.bundle as unknown as Record<string, BuiltFile>;
        const files = Object.fromEntries(
          LOCALES.map((l) => [
            l,
            chunkFiles(bundle, [
              'src/share-first-paint.ts',
              `src/i18n/core-messages-${l}.ts`,
              `src/i18n/${l}/results.ts`,
            ]),
          ]),
        );
        const withApp = withShareFirstPaint(withAppAfterPaint(critical), files, config.base);
        return withCsp(withStylesheetAfterPaint(withApp), rendered.pages);
      },
    },
  };
}
