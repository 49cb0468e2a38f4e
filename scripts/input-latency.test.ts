import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LARGE_FILE_UNKNOWN, largeAnswerFile } from '../tests/e2e/large-inputs';
import { readBudgets } from './check-budgets';
import {
  formatTable,
  isOver,
  longestTaskAfter,
  parseArgs,
  problemsOf,
  rowOf,
} from './input-latency';

describe('input latency', () => {
  it('counts only the tasks that start at or after the mark', () => {
    const tasks = [
      // The browser parsing a 2 MB address, before the app has the link: not the app's.
      { start: 100, duration: 300 },
      { start: 500, duration: 120 },
      { start: 700, duration: 180 },
      { start: 900, duration: 60 },
    ];
    expect(longestTaskAfter(tasks, 500)).toBe(180);
    expect(longestTaskAfter(tasks, 501)).toBe(180);
    expect(longestTaskAfter(tasks, 99)).toBe(300);
  });

  it('says 0 when no task after the mark was long', () => {
    expect(longestTaskAfter([], 10)).toBe(0);
    expect(longestTaskAfter([{ start: 5, duration: 400 }], 10)).toBe(0);
  });

  it('sums up the runs and fails a scenario only when its median passes the limit', () => {
    const row = rowOf('2 MB link', [120, 260, 90], 200);
    expect(row).toMatchObject({ medianMs: 120, minMs: 90, maxMs: 260, limitMs: 200 });
    expect(isOver(row)).toBe(false);
    expect(isOver(rowOf('2 MB link', [200, 200, 90], 200))).toBe(false);
    expect(isOver(rowOf('2 MB link', [201, 300, 90], 200))).toBe(true);
    expect(rowOf('even', [100, 300], 200).medianMs).toBe(200);
    expect(() => rowOf('none', [], 200)).toThrow(/no runs/);
  });

  it('names each scenario over its limit', () => {
    const rows = [rowOf('link', [0, 0, 0], 200), rowOf('file', [250.4, 310, 90], 200)];
    expect(problemsOf(rows)).toEqual(['file: median 250 ms, over the 200 ms budget']);
    expect(problemsOf([rows[0]!])).toEqual([]);
  });

  it('prints median, min, max, the limit and every run per scenario', () => {
    const table = formatTable([
      rowOf('2 MB share link', [0, 0, 0], 200),
      rowOf('2 MB answer file', [126.2, 115.8, 123.4], 200),
      rowOf('slow', [250, 260, 90], 200),
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(
      /^scenario\s+median ms\s+min ms\s+max ms\s+limit ms\s+runs ms\s+status$/,
    );
    expect(lines[2]).toMatch(/^2 MB share link\s+0\s+0\s+0\s+200\s+0, 0, 0\s+ok$/);
    expect(lines[3]).toMatch(/^2 MB answer file\s+123\s+116\s+126\s+200\s+126, 116, 123\s+ok$/);
    expect(lines[4]).toMatch(/^slow\s+250\s+90\s+260\s+200\s+250, 260, 90\s+OVER$/);
    // Numbers are right-aligned under their heading: the limit ends where «limit ms» ends.
    const limitEnd = lines[0]!.indexOf('limit ms') + 'limit ms'.length;
    for (const line of lines.slice(2)) expect(line.slice(limitEnd - 4, limitEnd)).toBe(' 200');
  });

  it('takes the build directory and --runs from the command line, else LATENCY_DIST', () => {
    expect(parseArgs([])).toEqual({ dist: 'dist', runs: 3 });
    expect(parseArgs(['/tmp/d', '--runs', '5'])).toEqual({ dist: '/tmp/d', runs: 5 });
    expect(parseArgs(['--runs', '1'], { LATENCY_DIST: 'out' })).toEqual({ dist: 'out', runs: 1 });
    expect(parseArgs(['b'], { LATENCY_DIST: 'out' }).dist).toBe('b');
    expect(() => parseArgs(['--runs', '0'])).toThrow(/whole number/);
    expect(() => parseArgs(['--runs'])).toThrow(/whole number/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option --fast/);
    expect(() => parseArgs(['a', 'b'])).toThrow(/one build directory/);
  });

  it('reads its limit from budgets.json', () => {
    const budgets = readBudgets(path.resolve(import.meta.dirname, '../budgets.json'));
    expect(budgets.input.longestTaskMs).toBe(200);
  });

  it('uses an answer file of just under 2 MB with 150,000 unknown answers', () => {
    const text = largeAnswerFile();
    expect(text.length).toBeGreaterThan(1_900_000);
    expect(text.length).toBeLessThan(2_000_000);
    const answers = Object.keys(JSON.parse(text).assessment.answers);
    expect(answers).toHaveLength(LARGE_FILE_UNKNOWN + 1);
  });
});
