import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import {
  analyseDist,
  chunkName,
  dynamicImports,
  lazyLimitKB,
  librariesIn,
  readBudgets,
  resolveHref,
  staticImports,
  type Budgets,
} from './check-budgets';
import { startPageRefs } from '../build/html';

const budgets = readBudgets(path.resolve(import.meta.dirname, '../budgets.json'));
const dirs: string[] = [];

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Writes a fake dist folder: { 'index.html': '…', 'assets/a-12345678.js': '…' }. */
function fakeDist(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'budget-'));
  dirs.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

const html = (head: string) => `<!doctype html><html><head>${head}</head><body></body></html>`;

describe('budgets.json', () => {
  it('holds the start page budgets and the libraries kept off the start page', () => {
    expect(budgets.startPage).toMatchObject({ jsGzipKB: 90, cssGzipKB: 26 });
    expect(budgets.startPage.oneOf).toEqual([
      ['core-messages-nb', 'core-messages-nn', 'core-messages-en'],
    ]);
    expect(Object.keys(budgets.notOnStartPage)).toEqual(
      expect.arrayContaining(['jspdf', 'uqr', 'zod', 'docx', 'pptxgenjs']),
    );
  });
});

describe('reading the build', () => {
  it('names a chunk without its hash', () => {
    expect(chunkName('assets/results-page-Cja7RJlh.js')).toBe('results-page');
    expect(chunkName('assets/persisted-state-i-EQK_sP.js')).toBe('persisted-state');
    expect(chunkName('assets/index-qOcuOU8o.css')).toBe('index');
  });

  it('finds the scripts, preloads and stylesheets of index.html but not commented-out ones', () => {
    const refs = startPageRefs(
      html(
        `<script type="module" crossorigin src="./assets/index-AAAAAAAA.js"></script>
         <link rel="modulepreload" crossorigin href="./assets/vendor-BBBBBBBB.js">
         <link rel="stylesheet" crossorigin href="./assets/index-CCCCCCCC.css">
         <link rel="icon" href="./favicon.svg">
         <script type="application/ld+json">{"a":1}</script>
         <!-- <script src="./old.js"></script> -->`,
      ),
    );
    expect(refs.scripts).toEqual(['./assets/index-AAAAAAAA.js', './assets/vendor-BBBBBBBB.js']);
    expect(refs.styles).toEqual(['./assets/index-CCCCCCCC.css']);
    expect(refs.inlineScripts).toEqual([]);
  });

  it('lists the import() calls of a chunk, nested ones included', () => {
    const code =
      'import{t as e}from"./index-AAAAAAAA.js";const l=()=>import(`./lazy-DDDDDDDD.js`);' +
      'function f(){return e(()=>import("./main-EEEEEEEE.js"),[])}export{l,f};';
    expect(dynamicImports(code)).toEqual(['./lazy-DDDDDDDD.js', './main-EEEEEEEE.js']);
  });

  it('lists static imports and re-exports of a minified chunk, not dynamic ones', () => {
    const code =
      'import{t as e}from"./index-AAAAAAAA.js";import"./side-BBBBBBBB.js";' +
      'export*from"./all-CCCCCCCC.js";const l=()=>import(`./lazy-DDDDDDDD.js`);export{l};';
    expect(staticImports(code)).toEqual([
      './index-AAAAAAAA.js',
      './side-BBBBBBBB.js',
      './all-CCCCCCCC.js',
    ]);
  });

  it('resolves hrefs relative to the page and under a sub-path base', () => {
    const dir = fakeDist({ 'assets/a-AAAAAAAA.js': '' });
    expect(resolveHref('./assets/a-AAAAAAAA.js', 'index.html', dir)).toBe('assets/a-AAAAAAAA.js');
    expect(resolveHref('/verktoy/modellkart/assets/a-AAAAAAAA.js', 'index.html', dir)).toBe(
      'assets/a-AAAAAAAA.js',
    );
    expect(resolveHref('./a-AAAAAAAA.js', 'assets/b-BBBBBBBB.js', dir)).toBe(
      'assets/a-AAAAAAAA.js',
    );
    expect(resolveHref('https://cdn.example/x.js', 'index.html', dir)).toBeNull();
  });

  it('uses a lazy chunk’s own limit, else its largest library limit, else the default', () => {
    const b: Budgets = {
      ...budgets,
      lazy: {
        defaultJsGzipKB: 50,
        defaultCssGzipKB: 10,
        byName: { 'results-page': 120 },
        byLibrary: { recharts: 110, zod: 40 },
      },
    };
    const js = (file: string, libraries: string[] = []) => ({
      file,
      kind: 'js' as const,
      libraries,
    });
    expect(lazyLimitKB(js('assets/results-page-AAAAAAAA.js', ['recharts']), b)).toBe(120);
    expect(lazyLimitKB(js('assets/chart-AAAAAAAA.js', ['zod', 'recharts']), b)).toBe(110);
    expect(lazyLimitKB(js('assets/other-AAAAAAAA.js'), b)).toBe(50);
    expect(lazyLimitKB({ file: 'assets/x-AAAAAAAA.css', kind: 'css', libraries: [] }, b)).toBe(10);
  });
});

describe('analyseDist', () => {
  const page = html(`<script type="module" src="./assets/index-AAAAAAAA.js"></script>
    <link rel="stylesheet" href="./assets/index-CCCCCCCC.css">`);

  it('counts the entry, the app it loads with import() and their static imports as the start page', () => {
    const dir = fakeDist({
      'index.html': page,
      'assets/index-AAAAAAAA.js': 'requestAnimationFrame(()=>import(`./main-EEEEEEEE.js`));',
      'assets/main-EEEEEEEE.js':
        'import"./shared-BBBBBBBB.js";const r=()=>import(`./results-page-DDDDDDDD.js`);r;',
      'assets/shared-BBBBBBBB.js': 'export const s=1;',
      'assets/index-CCCCCCCC.css': 'body{margin:0}',
      'assets/results-page-DDDDDDDD.js': 'export default Symbol("jsPDF.addField");',
    });
    const report = analyseDist(dir, budgets);
    const start = report.assets.filter((a) => a.onStartPage).map((a) => a.file);
    expect(start.sort()).toEqual([
      'assets/index-AAAAAAAA.js',
      'assets/index-CCCCCCCC.css',
      'assets/main-EEEEEEEE.js',
      'assets/shared-BBBBBBBB.js',
    ]);
    const results = report.assets.find((a) => a.file === 'assets/results-page-DDDDDDDD.js');
    expect(results).toMatchObject({ onStartPage: false, libraries: ['jspdf'], limitKB: 40 });
    expect(report.problems).toEqual([]);
  });

  it('counts only the largest of a group the start page loads one of (the visitor’s language)', () => {
    const b: Budgets = {
      ...budgets,
      startPage: { jsGzipKB: 90, cssGzipKB: 26, oneOf: [['texts-nb', 'texts-en']] },
    };
    const text = (words: number) => Array.from({ length: words }, (_, i) => `w${i * 7919}`).join();
    const dir = fakeDist({
      'index.html': page,
      'assets/index-AAAAAAAA.js':
        'const l={nb:()=>import(`./texts-nb-BBBBBBBB.js`),en:()=>import(`./texts-en-DDDDDDDD.js`)};l;',
      'assets/texts-nb-BBBBBBBB.js': `export const t="${text(400)}";`,
      'assets/texts-en-DDDDDDDD.js': `export const t="${text(200)}";`,
      'assets/index-CCCCCCCC.css': 'body{margin:0}',
    });
    const report = analyseDist(dir, b);
    const size = (file: string) => report.assets.find((a) => a.file === file)!.gzipBytes;
    expect(
      report.assets
        .filter((a) => a.oneOf)
        .map((a) => a.file)
        .sort(),
    ).toEqual(['assets/texts-en-DDDDDDDD.js', 'assets/texts-nb-BBBBBBBB.js']);
    expect(report.startJsBytes).toBe(
      size('assets/index-AAAAAAAA.js') + size('assets/texts-nb-BBBBBBBB.js'),
    );
  });

  it('fails when a watched library reaches the start page through a static import', () => {
    const dir = fakeDist({
      'index.html': page,
      'assets/index-AAAAAAAA.js': 'import"./shared-BBBBBBBB.js";',
      'assets/shared-BBBBBBBB.js': 'const t=c("$ZodType",()=>{});export{t};',
      'assets/index-CCCCCCCC.css': 'body{margin:0}',
    });
    expect(analyseDist(dir, budgets).problems).toEqual([
      'zod is on the start page (in assets/shared-BBBBBBBB.js); it must load lazily',
    ]);
  });

  it('fails when the start page is over budget', () => {
    // Random-looking text hardly compresses, so a few hundred kB stay large after gzip.
    let noise = '';
    for (let i = 0; noise.length < 400_000; i++) noise += Math.sin(i).toString(36).slice(2);
    const dir = fakeDist({
      'index.html': page,
      'assets/index-AAAAAAAA.js': `export const n="${noise}";`,
      'assets/index-CCCCCCCC.css': `/*${noise}*/`,
    });
    const problems = analyseDist(dir, budgets).problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^start page JS is [\d.]+ kB gzip, over the 90 kB budget$/);
    expect(problems[1]).toMatch(/^start page CSS is [\d.]+ kB gzip, over the 26 kB budget$/);
  });

  it('counts a shared result’s first paint in the language that needs most, with the stylesheet it waits for', () => {
    const meta = (locale: string, files: string) =>
      `<meta name="modellkart-share-first-paint" data-locale="${locale}" content="${files}" />`;
    const files = {
      'assets/index-AAAAAAAA.js': 'export{};',
      'assets/index-CCCCCCCC.css': 'body{margin:0}',
      'assets/first-paint-BBBBBBBB.js': 'export const p=1;',
      'assets/texts-nb-DDDDDDDD.js': `export const t="${'nb '.repeat(50)}";`,
      'assets/texts-en-EEEEEEEE.js': `export const t="${'English words '.repeat(200)}";`,
    };
    const dir = fakeDist({
      ...files,
      'index.html': page.replace(
        '</head>',
        `${meta('nb', './assets/first-paint-BBBBBBBB.js ./assets/texts-nb-DDDDDDDD.js')}${meta('en', './assets/first-paint-BBBBBBBB.js ./assets/texts-en-EEEEEEEE.js')}</head>`,
      ),
    });
    const report = analyseDist(dir, budgets);
    const size = (file: string) => report.assets.find((a) => a.file === file)!.gzipBytes;
    expect(report.firstPaint).toEqual({
      locale: 'en',
      bytes:
        size('assets/first-paint-BBBBBBBB.js') +
        size('assets/texts-en-EEEEEEEE.js') +
        size('assets/index-CCCCCCCC.css'),
    });
    expect(report.problems).toEqual([]);
    const tight = { ...budgets, sharedResultFirstPaint: { gzipKB: 0.1 } };
    expect(analyseDist(dir, tight).problems).toEqual([
      expect.stringMatching(
        /^a shared result's first paint \(en\) loads [\d.]+ kB gzip, over the 0.1 kB budget$/,
      ),
    ]);
  });

  it('fails when index.html is missing or points at a file that is not there', () => {
    expect(analyseDist(fakeDist({}), budgets).problems[0]).toMatch(/index\.html not found/);
    const dir = fakeDist({ 'index.html': page, 'assets/index-CCCCCCCC.css': '' });
    expect(analyseDist(dir, budgets).problems).toEqual([
      "index.html loads './assets/index-AAAAAAAA.js', which is not a file in the build",
    ]);
  });
});

describe('library markers survive a real production build', () => {
  it('finds docx, jspdf, uqr and zod in the chunks that hold them', async () => {
    // Inside the project so the fixture's bare imports resolve from node_modules.
    const root = mkdtempSync(path.resolve(import.meta.dirname, '../node_modules/.tmp-budget-'));
    const outDir = mkdtempSync(path.join(tmpdir(), 'budget-build-'));
    dirs.push(root, outDir);
    const files: Record<string, string> = {
      'index.html':
        '<!doctype html><html><head><script type="module" src="./main.js"></script></head></html>',
      // Like src/boot.ts: the entry loads the app with import(); the app loads the rest lazily.
      'main.js': "void import('./app.js');",
      'app.js':
        "import * as z from 'zod/mini';\nglobalThis.s = z.string();\n" +
        "globalThis.l = [() => import('./word.js'), () => import('./pdf.js'), () => import('./qr.js')];",
      'word.js':
        "import { Document, Packer } from 'docx';\n" +
        'globalThis.w = () => Packer.toBlob(new Document({ sections: [] }));',
      'pdf.js': "import { jsPDF } from 'jspdf';\nglobalThis.p = () => new jsPDF();",
      'qr.js': "import { renderSVG } from 'uqr';\nglobalThis.q = renderSVG;",
    };
    for (const [file, content] of Object.entries(files))
      writeFileSync(path.join(root, file), content);
    await build({
      configFile: false,
      root,
      base: './',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });

    const report = analyseDist(outDir, budgets);
    const holding = (lib: string) =>
      report.assets.filter((a) => a.libraries.includes(lib)).map((a) => chunkName(a.file));
    expect(holding('docx')).toEqual(['word']);
    expect(holding('jspdf')).toEqual(['pdf']);
    expect(holding('uqr')).toEqual(['qr']);
    expect(report.problems).toEqual([
      expect.stringMatching(/^zod is on the start page \(in assets\/app-[\w-]{8}\.js\)/),
    ]);
  }, 60_000);
});

describe('the Office export libraries', () => {
  // The markers must be in each library's own code, or the check could never see it arrive.
  it.each([
    ['docx', 'docx/dist/index.mjs'],
    ['pptxgenjs', 'pptxgenjs/dist/pptxgen.es.js'],
  ])('%s is recognised by its markers and has a lazy budget', (library, file) => {
    const code = readFileSync(path.resolve(import.meta.dirname, '../node_modules', file), 'utf8');
    expect(librariesIn(code, budgets.notOnStartPage)).toEqual([library]);
    expect(budgets.lazy.byLibrary[library]).toBeGreaterThan(0);
  });
});
