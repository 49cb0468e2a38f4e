import { describe, expect, it } from 'vitest';
import { TEST_CATALOGUE } from '../test/test-catalogues';
import type { Assessment } from './assessment-schema';
import { applyOverrides, changedQuestions, whatIf } from './what-if';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const saved: Assessment = deepFreeze({
  answers: { skranke: 'hver-sin', ledelse: 'hver-sin', bygg: 'samme' },
  comments: { skranke: 'Egen skranke i 1. etasje' },
  context: { kommune: 'Kongsberg' },
});
const snapshot = structuredClone(saved);

describe('what-if', () => {
  it('applies overrides without touching the saved answers', () => {
    const next = applyOverrides(saved, { skranke: 'felles', husmoter: 'ja', bygg: null });
    expect(next.answers).toEqual({ skranke: 'felles', ledelse: 'hver-sin', husmoter: 'ja' });
    expect(next.comments).toEqual(saved.comments);
    expect(next.context).toEqual(saved.context);
    expect(next.answers).not.toBe(saved.answers);
    expect(saved).toEqual(snapshot);
  });

  it('scores both sides and moves the point, leaving the original result as it was', () => {
    const result = whatIf(TEST_CATALOGUE, saved, { skranke: 'felles', ledelse: 'felles' });
    expect(saved).toEqual(snapshot);
    expect(result.original!.mix.totalt).toBeLessThan(result.changed!.mix.totalt);
    expect(result.changed!.point).not.toEqual(result.original!.point);
    expect(result.changedQuestions).toEqual(['skranke', 'ledelse']);
  });

  it('counts only real changes', () => {
    expect(
      changedQuestions(saved, { skranke: 'hver-sin', bygg: 'hver-sitt', husmoter: null }),
    ).toEqual(['bygg']);
  });

  it('without overrides gives the same result as the saved answers', () => {
    const result = whatIf(TEST_CATALOGUE, saved, {});
    expect(result.changed).toEqual(result.original);
    expect(result.changedQuestions).toEqual([]);
  });
});
