// Builds the app, serves it locally with `vite preview`, runs Lighthouse (mobile preset) in Debian's
// Chromium and prints the scores and Core Web Vitals. Measures; never fails on a missed target.
// By default it measures, run after run in turn: a bare HTML page with one heading (the baseline
// the start page's LCP is compared with), the start page, and a share link with a realistic answer
// set. --route measures a route instead (repeatable: '#/resultat', '#/delt/<code>', or 'share' for a
// generated share link); --url-path serves the app under a sub-path.
// Usage: npm run lighthouse [-- --dist <dir> (skip the build) --runs 5 --port 4400
//        --route share --route '#/delt/…' --url-path /sub/ --no-baseline]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CATALOGUE } from '../src/domain/catalogue';
import { encodeShareCode, sharePayloadOf } from '../src/domain/share-code';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium-path';
import { sampleAssessment } from './sample-assessment';
import { freePort, serveDist } from './serve-dist';

/** The end-to-end tests' flags (see CHROMIUM_ARGS), headless, in a Norwegian browser. */
export const CHROME_FLAGS = [
  '--headless',
  ...CHROMIUM_ARGS,
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

type Target = {
  label: string;
  value: (f: Figures) => string;
  met: (f: Figures) => boolean;
  text: string;
};

/** The start page's targets from the speed issue; printed beside each figure. */
export const TARGETS: Target[] = [
  performanceTarget(100),
  ...qualityTargets(),
  lcpTarget(1000),
  tbtTarget(30),
  clsTarget(),
];

/** A results page opened from a share link, on a phone: the results-page issue's targets. */
export const SHARE_TARGETS: Target[] = [
  performanceTarget(95),
  ...qualityTargets(),
  lcpTarget(1500),
  tbtTarget(200),
  clsTarget(),
];

/** Only the figures, no targets: a route given on the command line, or the bare baseline. */
export const NO_TARGETS: Target[] = [];

function performanceTarget(min: number): Target {
  return {
    label: 'Performance',
    value: (f) => `${f.performance}`,
    met: (f) => f.performance >= min,
    text: min === 100 ? '100' : `≥ ${min}`,
  };
}

function qualityTargets(): Target[] {
  return [
    {
      label: 'Accessibility',
      value: (f) => `${f.accessibility}`,
      met: (f) => f.accessibility >= 100,
      text: '100',
    },
    {
      label: 'Best practices',
      value: (f) => `${f.bestPractices}`,
      met: (f) => f.bestPractices >= 100,
      text: '100',
    },
  ];
}

function lcpTarget(maxMs: number): Target {
  return {
    label: 'LCP',
    value: (f) => `${(f.lcpMs / 1000).toFixed(2)} s`,
    met: (f) => f.lcpMs <= maxMs,
    text: `≤ ${(maxMs / 1000).toFixed(2)} s`,
  };
}

function tbtTarget(maxMs: number): Target {
  return {
    label: 'TBT',
    value: (f) => `${Math.round(f.tbtMs)} ms`,
    met: (f) => f.tbtMs <= maxMs,
    text: `≤ ${maxMs} ms`,
  };
}

function clsTarget(): Target {
  return { label: 'CLS', value: (f) => f.cls.toFixed(3), met: (f) => f.cls === 0, text: '0' };
}

/** The start page's LCP may be at most this many times the bare page's, measured in the same run. */
export const LCP_RATIO_TARGET = 1.3;

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

export function formatFigures(f: Figures, targets: Target[] = TARGETS): string {
  const rows = targets.map((t) => [t.label, t.value(f), t.text, t.met(f) ? 'met' : 'MISSED']);
  if (targets.length === 0) {
    rows.push(['Performance', `${f.performance}`, '', '']);
    rows.push(['LCP', `${(f.lcpMs / 1000).toFixed(2)} s`, '', '']);
    rows.push(['TBT', `${Math.round(f.tbtMs)} ms`, '', '']);
  }
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

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

function options(args: string[], name: string): string[] {
  return args.flatMap((a, i) => (a === `--${name}` && args[i + 1] ? [args[i + 1]!] : []));
}

/** A page to measure: its name in the output, its address, and the targets it is held to. */
export type Page = { name: string; url: string; targets: Target[] };

/** The share link the default run measures: a realistic answer set, as a user would send it. */
export async function sampleShareRoute(): Promise<string> {
  const code = await encodeShareCode(sharePayloadOf(sampleAssessment(CATALOGUE), CATALOGUE));
  return `#/delt/${code}`;
}

/**
 * The pages to measure. `routes` are hashes ('#/resultat', '#/delt/…') or 'share'; none means the
 * start page and a generated share link. The bare baseline comes first unless it is turned off.
 */
export async function pagesToMeasure(
  appUrl: string,
  bareUrl: string | null,
  routes: string[],
): Promise<Page[]> {
  const pages: Page[] = bareUrl ? [{ name: 'bare page', url: bareUrl, targets: NO_TARGETS }] : [];
  const wanted = routes.length ? routes : ['#/', 'share'];
  for (const route of wanted) {
    if (route === 'share') {
      pages.push({
        name: 'share link',
        url: appUrl + (await sampleShareRoute()),
        targets: SHARE_TARGETS,
      });
      continue;
    }
    const hash = route.startsWith('#') ? route : `#${route.startsWith('/') ? '' : '/'}${route}`;
    const isStart = hash === '#' || hash === '#/';
    pages.push({
      name: isStart ? 'start page' : hash.length > 40 ? `${hash.slice(0, 40)}…` : hash,
      url: isStart ? appUrl : appUrl + hash,
      targets: isStart ? TARGETS : hash.startsWith('#/delt/') ? SHARE_TARGETS : NO_TARGETS,
    });
  }
  return pages;
}

/** One heading and nothing else, served the same way as the app: what a first paint costs at least. */
export const BARE_PAGE =
  '<!doctype html>\n<html lang="nb"><head><meta charset="UTF-8" />' +
  '<meta name="viewport" content="width=device-width, initial-scale=1" />' +
  '<meta name="description" content="Modellkart" /><title>Modellkart</title></head>' +
  '<body><h1>Finn ut hvordan bibliotek og innbyggertorg er organisert sammen</h1></body></html>\n';

export function formatLcpRatio(start: Figures, bare: Figures): string {
  const ratio = start.lcpMs / bare.lcpMs;
  return (
    `Start page LCP ${(start.lcpMs / 1000).toFixed(2)} s = ${ratio.toFixed(2)} × the bare page's ` +
    `${(bare.lcpMs / 1000).toFixed(2)} s (target ≤ ${LCP_RATIO_TARGET} ×: ` +
    `${ratio <= LCP_RATIO_TARGET ? 'met' : 'MISSED'})`
  );
}

export async function main(args: string[]): Promise<number> {
  const givenDist = option(args, 'dist');
  const runs = Number(option(args, 'runs') ?? 1);
  const urlPath = option(args, 'url-path') ?? option(args, 'path') ?? '/';
  const routes = options(args, 'route');
  const baseline = !args.includes('--no-baseline') && routes.length === 0;
  const outDir = path.resolve(givenDist ?? 'dist');
  if (!givenDist) {
    // Vite's module runner that runs this script sets NODE_ENV=development; the build must not
    // inherit it, or React's development build is measured.
    const env = { ...process.env, NODE_ENV: 'production' };
    const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
    if (built.status !== 0) return built.status ?? 1;
  }

  const port = Number(option(args, 'port') ?? process.env.LIGHTHOUSE_PORT ?? (await freePort()));
  const server = await serveDist(outDir, port);
  let bareServer: Awaited<ReturnType<typeof serveDist>> | undefined;
  let bareUrl: string | null = null;
  if (baseline) {
    const bareDir = mkdtempSync(path.join(tmpdir(), 'modellkart-bare-'));
    writeFileSync(path.join(bareDir, 'index.html'), BARE_PAGE);
    const barePort = await freePort();
    bareServer = await serveDist(bareDir, barePort);
    bareUrl = `http://127.0.0.1:${barePort}/`;
  }
  const appUrl = `http://127.0.0.1:${port}${urlPath}`;
  const pages = await pagesToMeasure(appUrl, bareUrl, routes);
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROME_FLAGS });
    const all = new Map<Page, Figures[]>(pages.map((p) => [p, []]));
    const lastReport = new Map<Page, string[]>();
    // Page after page within each run, so every page meets the machine in the same state.
    for (let i = 0; i < runs; i++) {
      for (const page of pages) {
        const result = await lighthouse(page.url, {
          port: chrome.port,
          output: ['html', 'json'],
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        if (!result) throw new Error('Lighthouse returned no result');
        const runtimeError = (result.lhr as { runtimeError?: { message: string } }).runtimeError;
        if (runtimeError) throw new Error(`Lighthouse (${page.name}): ${runtimeError.message}`);
        all.get(page)!.push(figuresOf(result.lhr as unknown as Lhr));
        lastReport.set(page, [result.report].flat());
      }
    }
    mkdirSync('reports', { recursive: true });
    console.log(
      `\nLighthouse ${lighthouseVersion()} (mobile preset, simulated throttling), ` +
        `median of ${runs} run${runs === 1 ? '' : 's'}, ${path.basename(chromiumPath())}`,
    );
    const missed: string[] = [];
    const medians = new Map<string, Figures>();
    for (const page of pages) {
      const slug = page.name
        .replace(/[^a-z0-9]+/gi, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase();
      const report = lastReport.get(page) ?? [];
      writeFileSync(`reports/lighthouse-${slug}.html`, report[0] ?? '');
      writeFileSync(`reports/lighthouse-${slug}.json`, report[1] ?? '');
      const figures = medianFigures(all.get(page)!);
      medians.set(page.name, figures);
      const shown = page.url.length > 90 ? `${page.url.slice(0, 90)}…` : page.url;
      console.log(`\n${page.name}: ${shown}\n`);
      console.log(formatFigures(figures, page.targets));
      if (runs > 1) console.log(`\n${formatRuns(all.get(page)!)}`);
      missed.push(
        ...page.targets.filter((t) => !t.met(figures)).map((t) => `${page.name} ${t.label}`),
      );
    }
    const start = medians.get('start page');
    const bare = medians.get('bare page');
    if (start && bare) {
      console.log(`\n${formatLcpRatio(start, bare)}`);
      if (start.lcpMs / bare.lcpMs > LCP_RATIO_TARGET) missed.push('start page LCP ratio');
    }
    console.log(
      `\nLighthouse done: ${missed.length === 0 ? 'every target met' : `missed ${missed.join(', ')}`}` +
        ' (last run of each page: reports/lighthouse-<page>.html and .json)',
    );
    return 0;
  } finally {
    await chrome?.kill();
    await server.close();
    await bareServer?.close();
  }
}

function lighthouseVersion(): string {
  const result = spawnSync(process.execPath, ['-p', "require('lighthouse/package.json').version"], {
    encoding: 'utf8',
  });
  return result.stdout.trim() || '?';
}
