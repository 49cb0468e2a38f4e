import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATALOGUE } from '../../src/domain/catalogue';
import { scoredQuestions } from '../../src/domain/catalogue-schema';

/** How many unknown answers the large answer file holds. */
export const LARGE_FILE_UNKNOWN = 150_000;

/**
 * An answer file crafted to cost the most to read, just under 2 MB: one known answer among
 * 150,000 unknown ones, which are checked one by one and left out. Used by the end-to-end test
 * and by `npm run latency` (scripts/input-latency.ts).
 */
export function largeAnswerFile(): string {
  const known = scoredQuestions(CATALOGUE)[0]!;
  const answers: Record<string, string> = { [known.id]: known.options[0]!.id };
  for (let i = 0; i < LARGE_FILE_UNKNOWN; i++) answers[`u${i}`] = 'x';
  const fixture = fileURLToPath(
    new URL('../../src/domain/formats/fixtures/assessment-file-v1.json', import.meta.url),
  );
  const file = JSON.parse(readFileSync(fixture, 'utf8'));
  Object.assign(file, {
    catalogueVersion: CATALOGUE.version,
    assessment: { answers, comments: {}, context: {} },
    desired: null,
    snapshots: [],
  });
  return JSON.stringify(file);
}
