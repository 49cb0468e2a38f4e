// Builds the app, serves it locally with `vite preview`, runs Lighthouse (mobile preset) in Debian's
// Chromium and prints the scores and Core Web Vitals. Measures; never fails on a missed target.
// Usage: npm run lighthouse [-- --dist <dir> (skip the build) --runs 3 --port 4400 --path /sub/]
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { chromiumPath } from '../tests/e2e/chromium-path';

/** The flags this machine needs: without the networking ones Chromium calls out to Google. */
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A Norwegian browser, the tool's main audience. Headless Chromium ignores --lang for
  // navigator.languages; --accept-lang sets it.
  '--lang=nb-NO',
  '--accept-lang=nb-NO',
];

export type Figures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  transferKB: number;
};

type Target = { label: string; value: (f: Figures) => string; met: (f: Figures) => boolean };

/** The targets from the speed issue; printed beside each figure. */
export const TARGETS: Target[] = [
  { label: 'Performance', value: (f) => `${f.performance}`, met: (f) => f.performance >= 100 },
  {
    label: 'Accessibility',
    value: (f) => `${f.accessibility}`,
    met: (f) => f.accessibility >= 100,
  },
  {
    label: 'Best practices',
    value: (f) => `${f.bestPractices}`,
    met: (f) => f.bestPractices >= 100,
  },
  { label: 'LCP', value: (f) => `${(f.lcpMs / 1000).toFixed(2)} s`, met: (f) => f.lcpMs <= 1000 },
  { label: 'TBT', value: (f) => `${Math.round(f.tbtMs)} ms`, met: (f) => f.tbtMs <= 30 },
  { label: 'CLS', value: (f) => f.cls.toFixed(3), met: (f) => f.cls === 0 },
];

const TARGET_TEXT: Record<string, string> = {
  Performance: '100',
  Accessibility: '100',
  'Best practices': '100',
  LCP: '≤ 1.00 s',
  TBT: '≤ 30 ms',
  CLS: '0',
};

type Lhr = {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
};

export function figuresOf(lhr: Lhr): Figures {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const num = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: num('largest-contentful-paint'),
    tbtMs: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    fcpMs: num('first-contentful-paint'),
    transferKB: num('total-byte-weight') / 1000,
  };
}

/** The median of each figure over several runs. */
export function medianFigures(runs: Figures[]): Figures {
  const median = (values: number[]) => {
    const s = [...values].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  };
  const keys = Object.keys(runs[0]!) as (keyof Figures)[];
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as Figures;
}

export function formatFigures(f: Figures): string {
  const rows = TARGETS.map((t) => [
    t.label,
    t.value(f),
    TARGET_TEXT[t.label]!,
    t.met(f) ? 'met' : 'MISSED',
  ]);
  rows.push(['FCP', `${(f.fcpMs / 1000).toFixed(2)} s`, '', '']);
  rows.push(['Transfer', `${f.transferKB.toFixed(1)} kB`, '', '']);
  const header = ['metric', 'value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Each run's TBT and LCP, which vary most between runs: the spread behind the median. */
export function formatRuns(runs: Figures[]): string {
  const tbt = runs.map((f) => Math.round(f.tbtMs)).join(', ');
  const lcp = runs.map((f) => (f.lcpMs / 1000).toFixed(2)).join(', ');
  return `Single runs: TBT ${tbt} ms; LCP ${lcp} s`;
}

function freePort(): Promise<number> {
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

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function main(args: string[]): Promise<number> {
  const givenDist = option(args, 'dist');
  const runs = Number(option(args, 'runs') ?? 1);
  const urlPath = option(args, 'path') ?? '/';
  const outDir = path.resolve(givenDist ?? 'dist');
  if (!givenDist) {
    // Vite's module runner that runs this script sets NODE_ENV=development; the build must not
    // inherit it, or React's development build is measured.
    const env = { ...process.env, NODE_ENV: 'production' };
    const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
    if (built.status !== 0) return built.status ?? 1;
  }

  const port = Number(option(args, 'port') ?? process.env.LIGHTHOUSE_PORT ?? (await freePort()));
  const server = await preview({
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  const url = `http://127.0.0.1:${port}${urlPath}`;
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROME_FLAGS });
    const all: Figures[] = [];
    let lastReport: string[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: ['html', 'json'],
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      if (!result) throw new Error('Lighthouse returned no result');
      const runtimeError = (result.lhr as { runtimeError?: { message: string } }).runtimeError;
      if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.message}`);
      all.push(figuresOf(result.lhr as unknown as Lhr));
      lastReport = [result.report].flat();
    }
    mkdirSync('reports', { recursive: true });
    writeFileSync('reports/lighthouse.html', lastReport[0] ?? '');
    writeFileSync('reports/lighthouse.json', lastReport[1] ?? '');
    const figures = medianFigures(all);
    console.log(
      `\nLighthouse ${lighthouseVersion()} (mobile preset, simulated throttling), ${url}, ` +
        `median of ${runs} run${runs === 1 ? '' : 's'}, ${path.basename(chromiumPath())}\n`,
    );
    console.log(formatFigures(figures));
    if (runs > 1) console.log(`\n${formatRuns(all)}`);
    const missed = TARGETS.filter((t) => !t.met(figures)).map((t) => t.label);
    console.log(
      `\nLighthouse done: ${missed.length === 0 ? 'every target met' : `missed ${missed.join(', ')}`}` +
        ' (last run: reports/lighthouse.html and .json)',
    );
    return 0;
  } finally {
    await chrome?.kill();
    await server.close();
  }
}

function lighthouseVersion(): string {
  const result = spawnSync(process.execPath, ['-p', "require('lighthouse/package.json').version"], {
    encoding: 'utf8',
  });
  return result.stdout.trim() || '?';
}
