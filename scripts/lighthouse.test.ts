import { describe, expect, it } from 'vitest';
import { decodeShareCode } from '../src/domain/share-code';
import {
  figuresOf,
  formatFigures,
  formatLcpRatio,
  formatRuns,
  medianFigures,
  pagesToMeasure,
  SHARE_TARGETS,
} from './lighthouse';

const lhr = (performance: number, lcp: number) => ({
  categories: {
    performance: { score: performance },
    accessibility: { score: 1 },
    'best-practices': { score: 0.96 },
  },
  audits: {
    'largest-contentful-paint': { numericValue: lcp },
    'total-blocking-time': { numericValue: 20 },
    'cumulative-layout-shift': { numericValue: 0 },
    'first-contentful-paint': { numericValue: 700 },
    'total-byte-weight': { numericValue: 95_000 },
  },
});

describe('lighthouse figures', () => {
  it('reads scores as whole numbers and metrics as values', () => {
    expect(figuresOf(lhr(0.99, 900))).toEqual({
      performance: 99,
      accessibility: 100,
      bestPractices: 96,
      lcpMs: 900,
      tbtMs: 20,
      cls: 0,
      fcpMs: 700,
      transferKB: 95,
    });
  });

  it('takes the median of several runs and marks missed targets', () => {
    const f = medianFigures([
      figuresOf(lhr(1, 800)),
      figuresOf(lhr(0.9, 1500)),
      figuresOf(lhr(1, 900)),
    ]);
    expect(f.performance).toBe(100);
    expect(f.lcpMs).toBe(900);
    const table = formatFigures(f);
    expect(table).toMatch(/Performance\s+100\s+100\s+met/);
    expect(table).toMatch(/LCP\s+0\.90 s\s+≤ 1\.00 s\s+met/);
    expect(table).toMatch(/Best practices\s+96\s+100\s+MISSED/);
  });

  it("lists each run's TBT and LCP in run order", () => {
    const runs = [figuresOf(lhr(1, 812)), figuresOf(lhr(1, 1490))];
    runs[1]!.tbtMs = 33.6;
    expect(formatRuns(runs)).toBe('Single runs: TBT 20, 34 ms; LCP 0.81, 1.49 s');
  });

  it('measures the bare page, the start page and a share link that opens a real result', async () => {
    const pages = await pagesToMeasure('http://x/', 'http://bare/', []);
    expect(pages.map((p) => p.name)).toEqual(['bare page', 'start page', 'share link']);
    const share = pages[2]!;
    expect(share.targets).toBe(SHARE_TARGETS);
    const code = share.url.replace('http://x/#/delt/', '');
    const decoded = await decodeShareCode(code);
    expect(decoded.ok).toBe(true);
  });

  it('measures the routes it is given, without the baseline', async () => {
    const pages = await pagesToMeasure('http://x/sub/', null, ['#/resultat', '/workshop']);
    expect(pages.map((p) => p.url)).toEqual(['http://x/sub/#/resultat', 'http://x/sub/#/workshop']);
  });

  it('compares the start page’s LCP with the bare page’s', () => {
    const start = figuresOf(lhr(1, 900));
    expect(formatLcpRatio(start, figuresOf(lhr(1, 750)))).toMatch(/= 1\.20 × .*met\)$/);
    expect(formatLcpRatio(start, figuresOf(lhr(1, 600)))).toMatch(/= 1\.50 × .*MISSED\)$/);
  });
});
