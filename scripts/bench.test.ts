import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../src/domain/catalogue';
import { DONT_KNOW, scoredQuestions } from '../src/domain/catalogue-schema';
import { formatTable, median, randomAssessments } from './bench';

describe('bench helpers', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('makes the same valid assessments for the same seed', () => {
    const a = randomAssessments(CATALOGUE, 50, 7);
    expect(randomAssessments(CATALOGUE, 50, 7)).toEqual(a);
    const questions = new Map(scoredQuestions(CATALOGUE).map((q) => [q.id, q]));
    for (const { answers } of a) {
      for (const [id, option] of Object.entries(answers)) {
        const q = questions.get(id)!;
        expect(option === DONT_KNOW || q.options.some((o) => o.id === option)).toBe(true);
      }
    }
  });

  it('prints n/a for a task that could not run', () => {
    const table = formatTable([
      { task: 'score', medianMs: 12.34, minMs: 10, maxMs: 15 },
      { task: 'aggregate', medianMs: null, minMs: null, maxMs: null },
    ]);
    expect(table).toMatch(/score\s+12\.3\s+10\.0\s+15\.0/);
    expect(table).toMatch(/aggregate\s+n\/a\s+n\/a\s+n\/a/);
  });
});
