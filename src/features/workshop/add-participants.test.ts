import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../domain/assessment-schema';
import { CATALOGUE } from '../../domain/catalogue';
import { scoredQuestions } from '../../domain/catalogue-schema';
import { encodeShareCode, sharePayloadOf } from '../../domain/share-code';
import { checkLines } from './add-participants';

function answersWith(option: number): Assessment {
  const answers = Object.fromEntries(
    scoredQuestions(CATALOGUE).map((q) => [q.id, q.options[option % q.options.length]!.id]),
  );
  return { answers, comments: {}, context: {} };
}

describe('checkLines', () => {
  it('keeps the desired answers a share code carries, and none for an older code', async () => {
    const today = answersWith(0);
    const desired = answersWith(1);
    const withDesired = await encodeShareCode(sharePayloadOf(today, CATALOGUE, desired));
    const without = await encodeShareCode(sharePayloadOf(answersWith(2), CATALOGUE));
    const [first, second] = await checkLines(`${withDesired}\n${without}`, CATALOGUE);
    expect(first).toMatchObject({ ok: true, assessment: today, desired: desired.answers });
    expect(second).toMatchObject({ ok: true, desired: null });
  });
});
