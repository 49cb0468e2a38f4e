// Measures how long the app holds the page's main thread while it handles a large input: the
// longest task Chromium reports (PerformanceObserver 'longtask') from the moment the input reaches
// the app until its answer shows, for a 2 MB share link and a 2 MB answer file. Each scenario runs
// several times, each in a fresh browser context; the script exits non-zero when a scenario's
// median passes input.longestTaskMs in budgets.json. A script, not a test: timings are measured
// here, never asserted in the end-to-end tests.
// Usage: npm run latency [-- <distDir> --runs 3]   (or LATENCY_DIST=<dir>; default ./dist;
//        BUDGETS_FILE=<file> reads the limit from another budgets file)
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type ElementHandle, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium-path';
import { LARGE_FILE_UNKNOWN, largeAnswerFile } from '../tests/e2e/large-inputs';
import { median } from './bench';
import { readBudgets } from './check-budgets';
import { freePort, serveDist } from './serve-dist';

/** A long task as the page's PerformanceObserver saw it (ms on the page's clock). */
export type LongTask = { start: number; duration: number };

/**
 * The longest task that started at or after `mark`, the moment the input reached the app; 0 when
 * there was none (the browser reports only tasks over 50 ms).
 */
export function longestTaskAfter(tasks: readonly LongTask[], mark: number): number {
  return Math.max(0, ...tasks.filter((t) => t.start >= mark).map((t) => t.duration));
}

export type Row = {
  scenario: string;
  /** The longest task of each run, in the order they ran. */
  runsMs: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
  limitMs: number;
};

export function rowOf(scenario: string, runsMs: number[], limitMs: number): Row {
  if (runsMs.length === 0) throw new Error(`${scenario}: no runs`);
  return {
    scenario,
    runsMs,
    medianMs: median(runsMs),
    minMs: Math.min(...runsMs),
    maxMs: Math.max(...runsMs),
    limitMs,
  };
}

/** A scenario fails when its median passes the limit; a single slow run does not fail it. */
export function isOver(row: Row): boolean {
  return row.medianMs > row.limitMs;
}

/** One line per scenario whose median passes the limit. */
export function problemsOf(rows: readonly Row[]): string[] {
  return rows
    .filter(isOver)
    .map((r) => `${r.scenario}: median ${ms(r.medianMs)} ms, over the ${r.limitMs} ms budget`);
}

function ms(value: number): string {
  return value.toFixed(0);
}

export function formatTable(rows: readonly Row[]): string {
  const header = ['scenario', 'median ms', 'min ms', 'max ms', 'limit ms', 'runs ms', 'status'];
  const cells = rows.map((r) => [
    r.scenario,
    ms(r.medianMs),
    ms(r.minMs),
    ms(r.maxMs),
    String(r.limitMs),
    r.runsMs.map(ms).join(', '),
    isOver(r) ? 'OVER' : 'ok',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const numeric = (i: number) => i >= 1 && i <= 4;
  const line = (c: string[]) =>
    c
      .map((v, i) => (numeric(i) ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

export type Options = { dist: string; runs: number };

/** `<distDir>` and `--runs N` from the command line; LATENCY_DIST when no directory is given. */
export function parseArgs(args: readonly string[], env: NodeJS.ProcessEnv = {}): Options {
  let dist: string | undefined;
  let runs = 3;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--runs') {
      runs = Number(args[++i]);
      if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number ≥ 1');
    } else if (arg.startsWith('--')) {
      throw new Error(`unknown option ${arg} (usage: npm run latency -- [<distDir>] [--runs N])`);
    } else if (dist === undefined) {
      dist = arg;
    } else {
      throw new Error(`one build directory only, got ${dist} and ${arg}`);
    }
  }
  return { dist: dist ?? env.LATENCY_DIST ?? 'dist', runs };
}

/**
 * What the page is given: the input to hand the app, and the text that shows it was handled. The
 * file input is an ElementHandle here and the element itself in the page.
 */
type InPage<E> = {
  input: { kind: 'link' } | { kind: 'file'; text: string; element: E };
  until: string;
  timeoutMs: number;
};

/**
 * Runs in the page (Playwright serialises it, so it uses nothing from outside). Records long tasks,
 * hands the app the input in a task of its own and marks the time, waits until `until` is in the
 * page and the page is idle, and returns the tasks and the mark. Waiting happens here, not in
 * Playwright's locators, whose polling on a page with a 2 MB address is itself slow.
 */
async function handleInPage({ input, until, timeoutMs }: InPage<Node>) {
  const tasks: { start: number; duration: number }[] = [];
  const record = (entries: PerformanceEntryList) => {
    for (const e of entries) tasks.push({ start: e.startTime, duration: e.duration });
  };
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  observer.observe({ type: 'longtask' });
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const mark = await new Promise<number>((resolve) => {
    setTimeout(() => {
      if (input.kind === 'link') {
        location.hash = `#/delt/${'A'.repeat(2_000_000)}`;
        // The setter's own task is the browser parsing a 2 MB address, before any app code runs;
        // everything the app does (hashchange, render, decode) starts after this mark.
        resolve(performance.now());
        return;
      }
      const files = new DataTransfer();
      files.items.add(new File([input.text], 'stor.json', { type: 'application/json' }));
      const element = input.element as HTMLInputElement;
      // The file is ready; the app's handling (change event, reading, parsing, saving, drawing)
      // starts in the next task, after this mark.
      resolve(performance.now());
      setTimeout(() => {
        element.files = files.files;
        element.dispatchEvent(new Event('change', { bubbles: true }));
      }, 0);
    }, 0);
  });
  const deadline = performance.now() + timeoutMs;
  while (!(document.body.textContent ?? '').includes(until)) {
    if (performance.now() > deadline) throw new Error(`«${until}» did not show in ${timeoutMs} ms`);
    await sleep(50);
  }
  // The work that follows the answer (saving, the rest of the page) counts too: wait until the
  // page is idle, then take the entries the observer has not delivered yet.
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
  await sleep(250);
  record(observer.takeRecords());
  observer.disconnect();
  return { tasks, mark };
}

type Scenario = {
  name: string;
  /** Opens the page the input arrives on and waits until it is ready for it. */
  prepare: (page: Page, appUrl: string) => Promise<InPage<ElementHandle>>;
};

const TIMEOUT_MS = 60_000;

const SHARE_LINK_DONE = 'for lang';
const ANSWER_FILE_DONE = `${LARGE_FILE_UNKNOWN} svar kunne ikke brukes og er utelatt:`;

const SCENARIOS: Scenario[] = [
  {
    name: '2 MB share link',
    prepare: async (page, appUrl) => {
      // The share page is loaded first, so what is measured is the app's handling of the link.
      await page.goto(`${appUrl}#/delt/Kari`);
      await page
        .getByText('Lenken er endret eller skadet. Be om en ny lenke.')
        .waitFor({ timeout: TIMEOUT_MS });
      return { input: { kind: 'link' }, until: SHARE_LINK_DONE, timeoutMs: TIMEOUT_MS };
    },
  },
  {
    name: `2 MB answer file (${LARGE_FILE_UNKNOWN.toLocaleString('en-US')} unknown answers)`,
    prepare: async (page, appUrl) => {
      await page.goto(`${appUrl}#/resultat`);
      const element = await page.getByLabel('Hent svar fra fil').elementHandle({
        timeout: TIMEOUT_MS,
      });
      if (!element) throw new Error('no «Hent svar fra fil» input on #/resultat');
      return {
        input: { kind: 'file', text: largeAnswerFile(), element },
        until: ANSWER_FILE_DONE,
        timeoutMs: TIMEOUT_MS,
      };
    },
  },
];

/** One run of a scenario in a fresh context: the longest task after the input reached the app. */
async function measure(browser: Browser, scenario: Scenario, appUrl: string): Promise<number> {
  const context = await browser.newContext({ locale: 'nb-NO' });
  try {
    const page = await context.newPage();
    const inPage = await scenario.prepare(page, appUrl);
    const { tasks, mark } = await page.evaluate(handleInPage, inPage);
    // The answer is on screen, not only in the page's text.
    await page.getByText(inPage.until).first().waitFor({ timeout: TIMEOUT_MS });
    if (!(mark > 0)) throw new Error(`${scenario.name}: the input was never handed to the app`);
    return longestTaskAfter(tasks, mark);
  } finally {
    await context.close();
  }
}

export async function main(args: string[]): Promise<number> {
  const { dist, runs } = parseArgs(args, process.env);
  const outDir = path.resolve(dist);
  if (!existsSync(path.join(outDir, 'index.html'))) {
    console.error(`${path.join(outDir, 'index.html')} not found: run \`npm run build\` first`);
    return 1;
  }
  const limitMs = readBudgets(process.env.BUDGETS_FILE ?? 'budgets.json').input.longestTaskMs;
  const port = await freePort();
  const server = await serveDist(outDir, port);
  const appUrl = `http://127.0.0.1:${port}/`;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const results = new Map<Scenario, number[]>(SCENARIOS.map((s) => [s, []]));
    // Scenario after scenario within each run, so each meets the machine in the same state.
    for (let i = 0; i < runs; i++) {
      for (const scenario of SCENARIOS) {
        results.get(scenario)!.push(await measure(browser, scenario, appUrl));
      }
    }
    const rows = SCENARIOS.map((s) => rowOf(s.name, results.get(s)!, limitMs));
    console.log(
      `Input latency for ${path.relative(process.cwd(), outDir) || '.'}: the longest main-thread ` +
        `task after the input reached the app, ${runs} run${runs === 1 ? '' : 's'} each, ` +
        `Chromium ${browser.version()} (headless)\n`,
    );
    console.log(formatTable(rows));
    console.log('\n(0 ms: no task over 50 ms, the shortest the browser reports as a long task)');
    const problems = problemsOf(rows);
    if (problems.length > 0) {
      console.error(`\nLatency FAILED (budgets.json input.longestTaskMs):`);
      for (const p of problems) console.error(`  - ${p}`);
      return 1;
    }
    console.log(`\nLatency OK: every median within ${limitMs} ms.`);
    return 0;
  } finally {
    await browser?.close();
    await server.close();
  }
}
