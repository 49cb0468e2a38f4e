import { describe, expect, it } from 'vitest';
import type { Assessment } from './assessment-schema';
import { mergeAssessments, theirsIsLater } from './merge-answers';

const make = (answers: Record<string, string>, context: Assessment['context'] = {}) => ({
  answers,
  comments: {},
  context,
});

describe('mergeAssessments', () => {
  const base = make({ a: '1' });

  it('keeps answers to different questions from both tabs', () => {
    expect(
      mergeAssessments(base, make({ a: '1', b: '2' }), make({ a: '1', c: '3' }), true),
    ).toEqual(make({ a: '1', b: '2', c: '3' }));
  });

  it('for the same question, the later write wins', () => {
    const mine = make({ a: '2' });
    const theirs = make({ a: '3' });
    expect(mergeAssessments(base, mine, theirs, true).answers.a).toBe('3');
    expect(mergeAssessments(base, mine, theirs, false).answers.a).toBe('2');
  });

  it('keeps a removal made in one tab, and compares lists by content', () => {
    const withList = make({ a: '1' }, { t: ['x', 'y'] });
    expect(mergeAssessments(withList, make({}, { t: ['x', 'y'] }), withList, true)).toEqual(
      make({}, { t: ['x', 'y'] }),
    );
    expect(
      mergeAssessments(
        withList,
        make({ a: '1' }, { t: ['x', 'y'] }),
        make({ a: '1' }, { t: ['x'] }),
        false,
      ).context.t,
    ).toEqual(['x']);
  });

  it('two tabs merging each other’s writes arrive at the same answers', () => {
    const a = { updatedAt: '2026-01-01T10:00:00.000Z' };
    const b = { updatedAt: '2026-01-01T10:00:00.000Z' };
    const mineA = make({ q: 'x' });
    const mineB = make({ q: 'y' });
    const inA = mergeAssessments(base, mineA, mineB, theirsIsLater(a, b, 'A', 'B'));
    const inB = mergeAssessments(base, mineB, mineA, theirsIsLater(b, a, 'B', 'A'));
    expect(inA).toEqual(inB);
  });
});
