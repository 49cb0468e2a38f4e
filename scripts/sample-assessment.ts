// A realistic assessment for measuring and testing the results page: a hybrid of several models,
// a few «Vet ikke» answers, comments and every kind of context answer, as a municipality fills it in.
import type { Assessment } from '../src/domain/assessment-schema';
import { archetypeAnswers } from '../src/domain/archetypes';
import {
  contextQuestions,
  DONT_KNOW,
  scoredQuestions,
  type Catalogue,
} from '../src/domain/catalogue-schema';
import type { ReferenceId } from '../src/domain/references';

// Mostly «Hybrid samarbeid» and «En dør inn», some «Totalt samarbeid» and one «PAC-man» trait.
const PATTERN: ReferenceId[] = [
  'hybrid',
  'en-dor-inn',
  'hybrid',
  'totalt',
  'en-dor-inn',
  'pac-man',
];

export function sampleAssessment(catalogue: Catalogue): Assessment {
  const byModel = Object.fromEntries(
    PATTERN.map((id) => [id, archetypeAnswers(catalogue, id)]),
  ) as Record<ReferenceId, Record<string, string>>;
  const answers: Record<string, string> = {};
  const comments: Record<string, string> = {};
  scoredQuestions(catalogue).forEach((q, i) => {
    answers[q.id] = i % 9 === 4 ? DONT_KNOW : byModel[PATTERN[i % PATTERN.length]!]![q.id]!;
    if (i % 7 === 2) comments[q.id] = 'Vi har drøftet dette i ledermøtet, men er ikke helt enige.';
  });
  const context: Assessment['context'] = {};
  for (const q of contextQuestions(catalogue)) {
    if (q.input === 'text')
      context[q.id] = q.id === 'kommune' ? 'Eksempelvik' : 'Ledersamling våren 2027';
    else if (q.input === 'choice') context[q.id] = q.options[0]!.id;
    else context[q.id] = q.options.slice(0, 2).map((o) => o.id);
  }
  return { answers, comments, context };
}
