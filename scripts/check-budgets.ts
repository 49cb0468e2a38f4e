// Checks the production build against budgets.json: prints every chunk's gzip size, marks what the
// start page loads, and exits non-zero when a budget is broken or a heavy library reaches the start
// page. Usage: npm run budget [-- <distDir>]   (or BUDGET_DIST=<dir>; default ./dist)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'vite';
import { shareFirstPaintRefs, startPageRefs } from '../build/html';

export type Budgets = {
  startPage: {
    jsGzipKB: number;
    cssGzipKB: number;
    /** Groups of chunk names (no hash) of which a visit loads exactly one, e.g. one language. */
    oneOf?: string[][];
  };
  lazy: {
    defaultJsGzipKB: number;
    defaultCssGzipKB: number;
    byName: Record<string, number>;
    byLibrary: Record<string, number>;
  };
  notOnStartPage: Record<string, string[]>;
  /**
   * What a shared result's first paint loads before it shows (build/first-paint.ts): its files in
   * the language that needs most, and the full stylesheet it waits for.
   */
  sharedResultFirstPaint: { gzipKB: number };
  /** Checked by scripts/input-latency.ts in a browser, not by this script. */
  input: {
    /** The median of the longest main-thread task while a large input is handled. */
    longestTaskMs: number;
  };
};

export type Asset = {
  /** Path inside dist, with forward slashes. */
  file: string;
  kind: 'js' | 'css';
  gzipBytes: number;
  onStartPage: boolean;
  /** On the start page as one of a oneOf group: only the group's largest counts. */
  oneOf?: boolean;
  libraries: string[];
  limitKB: number | null;
};

export type Report = {
  assets: Asset[];
  startJsBytes: number;
  startCssBytes: number;
  /** The shared result's first paint in the language that needs most; null when there is none. */
  firstPaint: { locale: string; bytes: number } | null;
  htmlGzipBytes: number;
  problems: string[];
};

const KB = 1000;

export function gzipSize(content: string | Buffer): number {
  return gzipSync(content).length;
}

/** 'assets/results-page-Cja7RJlh.js' → 'results-page' (Vite appends an 8-character hash). */
export function chunkName(file: string): string {
  const base = path.posix.basename(file).replace(/\.(js|mjs|css)$/, '');
  return base.replace(/-[\w-]{8}$/, '');
}

/** Specifiers of the static imports and re-exports of a built ES module chunk. */
export function staticImports(code: string): string[] {
  const program = parseAst(code) as unknown as {
    body: { type: string; source?: { value?: unknown } | null }[];
  };
  const found: string[] = [];
  for (const node of program.body) {
    if (
      (node.type === 'ImportDeclaration' ||
        node.type === 'ExportNamedDeclaration' ||
        node.type === 'ExportAllDeclaration') &&
      typeof node.source?.value === 'string'
    ) {
      found.push(node.source.value);
    }
  }
  return found;
}

/** Specifiers of the import() calls with a literal specifier anywhere in a built chunk. */
export function dynamicImports(code: string): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const n = node as {
      type?: string;
      source?: {
        value?: unknown;
        expressions?: unknown[];
        quasis?: { value: { cooked: string } }[];
      };
    };
    if (n.type === 'ImportExpression') {
      // import('./x.js') or import(`./x.js`), as minifiers write it.
      const { value, expressions, quasis } = n.source ?? {};
      if (typeof value === 'string') found.push(value);
      else if (expressions?.length === 0 && quasis?.length === 1)
        found.push(quasis[0]!.value.cooked);
    }
    Object.values(node).forEach(visit);
  };
  visit(parseAst(code));
  return found;
}

/** Which of the watched libraries a chunk contains, by their markers. */
export function librariesIn(code: string, markers: Record<string, string[]>): string[] {
  return Object.entries(markers)
    .filter(([name, list]) => !name.startsWith('$') && list.some((m) => code.includes(m)))
    .map(([name]) => name);
}

/** A lazy JS chunk's limit: by name, else the largest of its libraries' limits, else default. */
export function lazyLimitKB(asset: Pick<Asset, 'file' | 'kind' | 'libraries'>, budgets: Budgets) {
  const { lazy } = budgets;
  if (asset.kind === 'css') return lazy.defaultCssGzipKB;
  const byName = lazy.byName[chunkName(asset.file)];
  if (byName !== undefined) return byName;
  const byLibrary = asset.libraries
    .map((l) => lazy.byLibrary[l])
    .filter((n): n is number => n !== undefined);
  return byLibrary.length > 0 ? Math.max(...byLibrary) : lazy.defaultJsGzipKB;
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) return name === '.vite' ? [] : listFiles(abs, rel);
    return /\.(m?js|css)$/.test(name) ? [rel] : [];
  });
}

/**
 * Maps an href from index.html to a file inside dist. Handles './assets/x.js', 'assets/x.js'
 * and absolute paths under a configured base such as '/verktoy/modellkart/assets/x.js'.
 */
export function resolveHref(href: string, fromFile: string, distDir: string): string | null {
  const clean = href.replace(/[?#].*$/, '');
  if (/^([a-z]+:)?\/\//i.test(clean)) return null;
  if (clean.startsWith('/')) {
    const parts = clean.split('/').filter(Boolean);
    for (let i = 0; i < parts.length; i++) {
      const candidate = parts.slice(i).join('/');
      if (existsSync(path.join(distDir, candidate))) return candidate;
    }
    return null;
  }
  const rel = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), clean));
  return existsSync(path.join(distDir, rel)) ? rel : null;
}

export function analyseDist(distDir: string, budgets: Budgets): Report {
  const problems: string[] = [];
  const htmlPath = path.join(distDir, 'index.html');
  if (!existsSync(htmlPath)) {
    return {
      assets: [],
      startJsBytes: 0,
      startCssBytes: 0,
      firstPaint: null,
      htmlGzipBytes: 0,
      problems: [`${htmlPath} not found: run \`npm run build\` first`],
    };
  }
  const html = readFileSync(htmlPath, 'utf8');
  const refs = startPageRefs(html);
  const read = (file: string) => readFileSync(path.join(distDir, file), 'utf8');

  // Follow static imports from the start page's scripts: all of them load before the app runs.
  // The entry scripts' own import() calls count too: src/boot.ts loads the app that way once the
  // prerendered page has painted. import() further down is a lazily loaded page.
  const startFiles = new Set<string>();
  const queue: string[] = [];
  const entries = new Set<string>();
  const addRef = (href: string, from: string) => {
    const file = resolveHref(href, from, distDir);
    if (!file) {
      problems.push(`index.html loads '${href}', which is not a file in the build`);
      return;
    }
    if (!startFiles.has(file)) {
      startFiles.add(file);
      if (/\.m?js$/.test(file)) queue.push(file);
    }
  };
  for (const href of [...refs.scripts, ...refs.styles]) addRef(href, 'index.html');
  for (const href of refs.scripts) {
    const file = resolveHref(href, 'index.html', distDir);
    if (file) entries.add(file);
  }
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const code = read(file);
    const specs = [...staticImports(code), ...(entries.has(file) ? dynamicImports(code) : [])];
    for (const spec of specs) {
      if (spec.startsWith('.') || spec.startsWith('/')) addRef(spec, file);
      else problems.push(`${file} imports '${spec}', which the browser cannot resolve`);
    }
  }

  const assets: Asset[] = listFiles(distDir).map((file) => {
    const code = read(file);
    const kind = file.endsWith('.css') ? 'css' : 'js';
    const asset = {
      file,
      kind,
      gzipBytes: gzipSize(code),
      onStartPage: startFiles.has(file),
      libraries: kind === 'js' ? librariesIn(code, budgets.notOnStartPage) : [],
    } satisfies Omit<Asset, 'limitKB'>;
    return { ...asset, limitKB: asset.onStartPage ? null : lazyLimitKB(asset, budgets) };
  });

  // Of a group the start page loads one (the visitor's language): count the largest, not all.
  let alternativesJs = 0;
  for (const group of budgets.startPage.oneOf ?? []) {
    const members = assets.filter(
      (a) => a.onStartPage && a.kind === 'js' && group.includes(chunkName(a.file)),
    );
    members.forEach((a) => (a.oneOf = true));
    const sizes = members.map((a) => a.gzipBytes);
    alternativesJs += sizes.reduce((s, n) => s + n, 0) - Math.max(0, ...sizes);
  }

  const sum = (kind: 'js' | 'css') =>
    assets.filter((a) => a.onStartPage && a.kind === kind).reduce((s, a) => s + a.gzipBytes, 0);
  const inline = (parts: string[]) => parts.reduce((s, p) => s + gzipSize(p), 0);
  const startJsBytes = sum('js') - alternativesJs + inline(refs.inlineScripts);
  const startCssBytes = sum('css') + inline(refs.inlineStyles);

  if (startJsBytes > budgets.startPage.jsGzipKB * KB) {
    problems.push(
      `start page JS is ${kb(startJsBytes)} kB gzip, over the ${budgets.startPage.jsGzipKB} kB budget`,
    );
  }
  if (startCssBytes > budgets.startPage.cssGzipKB * KB) {
    problems.push(
      `start page CSS is ${kb(startCssBytes)} kB gzip, over the ${budgets.startPage.cssGzipKB} kB budget`,
    );
  }
  for (const a of assets) {
    if (a.onStartPage) {
      for (const lib of a.libraries) {
        problems.push(`${lib} is on the start page (in ${a.file}); it must load lazily`);
      }
    } else if (a.limitKB !== null && a.gzipBytes > a.limitKB * KB) {
      problems.push(`${a.file} is ${kb(a.gzipBytes)} kB gzip, over its ${a.limitKB} kB budget`);
    }
  }
  // A shared result's first paint: its own files, and the full stylesheet it waits for.
  const sizeOf = (href: string) => {
    const file = resolveHref(href, 'index.html', distDir);
    if (!file) problems.push(`index.html names '${href}', which is not a file in the build`);
    return file ? gzipSize(read(file)) : 0;
  };
  const firstPaint =
    shareFirstPaintRefs(html)
      .map(({ locale, files }) => ({
        locale,
        bytes: [...new Set([...files, ...refs.styles])].reduce((s, f) => s + sizeOf(f), 0),
      }))
      .sort((a, b) => b.bytes - a.bytes)[0] ?? null;
  if (firstPaint && firstPaint.bytes > budgets.sharedResultFirstPaint.gzipKB * KB) {
    problems.push(
      `a shared result's first paint (${firstPaint.locale}) loads ${kb(firstPaint.bytes)} kB gzip, over the ${budgets.sharedResultFirstPaint.gzipKB} kB budget`,
    );
  }
  return {
    assets,
    startJsBytes,
    startCssBytes,
    firstPaint,
    htmlGzipBytes: gzipSize(html),
    problems,
  };
}

function kb(bytes: number): string {
  return (bytes / KB).toFixed(2);
}

export function formatReport(report: Report, budgets: Budgets): string {
  const rows = [...report.assets]
    .sort(
      (a, b) =>
        Number(b.onStartPage) - Number(a.onStartPage) ||
        a.kind.localeCompare(b.kind) ||
        b.gzipBytes - a.gzipBytes,
    )
    .map((a) => [
      a.file,
      a.oneOf ? 'one of' : a.onStartPage ? 'start' : 'later',
      kb(a.gzipBytes),
      a.limitKB === null ? '(start total)' : String(a.limitKB),
      a.libraries.join(', '),
      a.limitKB !== null && a.gzipBytes > a.limitKB * KB
        ? 'OVER'
        : a.onStartPage && a.libraries.length > 0
          ? 'NOT ALLOWED'
          : 'ok',
    ]);
  const header = ['file', 'loads', 'gzip kB', 'limit kB', 'libraries', 'status'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 2 || i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ');
  const { jsGzipKB, cssGzipKB } = budgets.startPage;
  const verdict = (bytes: number, limit: number) => (bytes > limit * KB ? 'OVER' : 'ok');
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `Start page JS:  ${kb(report.startJsBytes)} kB gzip of ${jsGzipKB} kB  ${verdict(report.startJsBytes, jsGzipKB)}`,
    `Start page CSS: ${kb(report.startCssBytes)} kB gzip of ${cssGzipKB} kB  ${verdict(report.startCssBytes, cssGzipKB)}`,
    report.firstPaint
      ? `Shared result's first paint (${report.firstPaint.locale}): ${kb(report.firstPaint.bytes)} kB gzip of ${budgets.sharedResultFirstPaint.gzipKB} kB  ${verdict(report.firstPaint.bytes, budgets.sharedResultFirstPaint.gzipKB)}`
      : "Shared result's first paint: none in index.html",
    `index.html:     ${kb(report.htmlGzipBytes)} kB gzip`,
  ].join('\n');
}

export function readBudgets(file = 'budgets.json'): Budgets {
  return JSON.parse(readFileSync(file, 'utf8')) as Budgets;
}

export async function main(args: string[]): Promise<number> {
  const distDir = path.resolve(args[0] ?? process.env.BUDGET_DIST ?? 'dist');
  const budgets = readBudgets(process.env.BUDGETS_FILE ?? 'budgets.json');
  const report = analyseDist(distDir, budgets);
  console.log(`Budgets for ${path.relative(process.cwd(), distDir) || '.'} (budgets.json)\n`);
  if (report.assets.length > 0) console.log(formatReport(report, budgets));
  if (report.problems.length > 0) {
    console.error(`\nBudget FAILED (${report.problems.length}):`);
    for (const p of report.problems) console.error(`  - ${p}`);
    return 1;
  }
  const lazyLibraries = Object.keys(budgets.notOnStartPage).filter((k) => !k.startsWith('$'));
  console.log(
    `\nBudget OK: every chunk within its limit; ${lazyLibraries.join(', ')} load lazily.`,
  );
  return 0;
}
