// Scores (and, where src/domain/aggregation.ts exists, aggregates) many random assessments and
// prints the median time of several runs. A script, not a test: timings are reported, never asserted.
// Usage: npm run bench [-- --count 10000 --runs 7]
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Answers, Assessment } from '../src/domain/assessment-schema';
import { CATALOGUE } from '../src/domain/catalogue';
import {
  DONT_KNOW,
  contextQuestionFor,
  scoredQuestions,
  type Catalogue,
} from '../src/domain/catalogue-schema';
import { scoreAssessment } from '../src/domain/scoring';

export type Row = {
  task: string;
  medianMs: number | null;
  minMs: number | null;
  maxMs: number | null;
};

/** A small seeded PRNG (mulberry32) so every run scores the same assessments. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random answers: mostly a real option, some "Vet ikke", a few left open. */
export function randomAssessments(catalogue: Catalogue, count: number, seed = 1): Assessment[] {
  const rnd = random(seed);
  const questions = scoredQuestions(catalogue);
  return Array.from({ length: count }, () => {
    const answers: Answers = {};
    for (const q of questions) {
      const r = rnd();
      if (r < 0.1) continue;
      answers[q.id] = r < 0.25 ? DONT_KNOW : q.options[Math.floor(rnd() * q.options.length)]!.id;
    }
    return { answers, comments: {}, context: {} };
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs fn once to warm up, then `runs` times; returns the timings in ms. */
export function time(fn: () => unknown, runs: number): number[] {
  let sink: unknown = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink = fn();
    times.push(performance.now() - start);
  }
  if (sink === Symbol.for('never')) console.log(sink); // keeps the work observable
  return times;
}

function row(task: string, times: number[] | null): Row {
  if (!times) return { task, medianMs: null, minMs: null, maxMs: null };
  return { task, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times) };
}

export function formatTable(rows: Row[]): string {
  const ms = (v: number | null) => (v === null ? 'n/a' : v.toFixed(1));
  const header = ['task', 'median ms', 'min ms', 'max ms'];
  const cells = rows.map((r) => [r.task, ms(r.medianMs), ms(r.minMs), ms(r.maxMs)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

type AggregationModule = {
  aggregateGroup?: (catalogue: Catalogue, participants: unknown[]) => unknown;
  aggregate?: (catalogue: Catalogue, participants: unknown[]) => unknown;
};

const AGGREGATION_FILE = path.resolve('src/domain/aggregation.ts');
/**
 * The aggregation module when it exists; the bench prints n/a without it. Loaded at the top level
 * because scripts/run-ts.mjs closes its module runner once this module has loaded.
 */
const aggregation: AggregationModule | null = existsSync(AGGREGATION_FILE)
  ? ((await import(/* @vite-ignore */ AGGREGATION_FILE)) as AggregationModule)
  : null;

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a whole number ≥ 1`);
  return value;
}

export async function main(args: string[]): Promise<number> {
  const count = option(args, 'count', 10_000);
  const runs = option(args, 'runs', 7);
  const assessments = randomAssessments(CATALOGUE, count);
  const roles = contextQuestionFor(CATALOGUE, 'respondent-role')?.options.map((o) => o.id) ?? [
    'annen',
  ];
  const participants = assessments.map((assessment, i) => ({
    id: `p${i}`,
    label: `Deltaker ${i + 1}`,
    role: roles[i % roles.length] ?? null,
    assessment,
  }));

  const aggregate = aggregation?.aggregateGroup ?? aggregation?.aggregate;
  const n = count.toLocaleString('en-US');
  const rows = [
    row(
      `scoreAssessment × ${n}`,
      time(() => assessments.map((a) => scoreAssessment(CATALOGUE, a.answers)), runs),
    ),
    row(
      `aggregate ${n} participants`,
      aggregate ? time(() => aggregate(CATALOGUE, participants), runs) : null,
    ),
  ];

  const scored = scoredQuestions(CATALOGUE).length;
  console.log(
    `Bench: ${n} random assessments, catalogue ${CATALOGUE.version} (${scored} scored questions), ` +
      `median of ${runs} runs after one warm-up, Node ${process.version}\n`,
  );
  console.log(formatTable(rows));
  if (!aggregate) console.log('\n(aggregation: n/a — src/domain/aggregation.ts has no aggregate)');
  const perItem = rows[0]!.medianMs! / count;
  console.log(`\nBench done: scoring takes ${(perItem * 1000).toFixed(1)} µs per assessment.`);
  return 0;
}
