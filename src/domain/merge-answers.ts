import type { Assessment } from './assessment-schema';

type Entries = Record<string, unknown>;

const same = (a: unknown, b: unknown) =>
  a === b || (Array.isArray(a) && Array.isArray(b) && JSON.stringify(a) === JSON.stringify(b));

/**
 * Three-way merge of one record, key by key: what only one side changed since `base` is kept;
 * where both changed the same key, `theirsWins` decides (the later write).
 */
function mergeRecord<T extends Entries>(
  base: T | undefined,
  mine: T,
  theirs: T,
  theirsWins: boolean,
): T {
  const out: Entries = {};
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const m = mine[key];
    const t = theirs[key];
    const b = base?.[key];
    const value = same(m, t) ? m : same(m, b) ? t : same(t, b) ? m : theirsWins ? t : m;
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

/**
 * Merges answers written in two tabs since both last agreed (`base`): different questions both
 * survive; for the same question the later write wins (`theirsWins`).
 */
export function mergeAssessments(
  base: Assessment | null,
  mine: Assessment,
  theirs: Assessment,
  theirsWins: boolean,
): Assessment {
  return {
    answers: mergeRecord(base?.answers, mine.answers, theirs.answers, theirsWins),
    comments: mergeRecord(base?.comments, mine.comments, theirs.comments, theirsWins),
    context: mergeRecord(base?.context, mine.context, theirs.context, theirsWins),
  };
}

/**
 * Which of two writes counts as the later: the later time, and on a tie the larger text, so two
 * tabs that merge each other's writes both arrive at the same answers.
 */
export function theirsIsLater(
  mine: { updatedAt: string | null },
  theirs: { updatedAt: string | null },
  mineText: string,
  theirsText: string,
): boolean {
  const a = mine.updatedAt ?? '';
  const b = theirs.updatedAt ?? '';
  return b !== a ? b > a : theirsText > mineText;
}
