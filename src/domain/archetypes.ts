import type { Answers } from './assessment-schema';
import { scoredQuestions, type Catalogue, type ScoredOption } from './catalogue-schema';
import type { ReferenceId } from './references';
import { normaliseProfile } from './scoring';

/**
 * The option of a question that points most strongly to a reference (by normalised share, so an
 * option that also points elsewhere counts for less). Ties go to the first option.
 */
export function mostTypicalOption(options: readonly ScoredOption[], id: ReferenceId): ScoredOption {
  let best = options[0]!;
  let bestShare = -1;
  for (const option of options) {
    const share = normaliseProfile(option.profile)[id];
    if (share > bestShare) {
      best = option;
      bestShare = share;
    }
  }
  return best;
}

/**
 * An archetype answer set: every scored question answered the way most typical of one reference.
 * A question with no option that points to the reference is left unanswered, as a respondent
 * from such a municipality would (PAC-man answers exist only where the library took over).
 * 'ingen' gives the all-separate set. Tests and e2e use it to check each model comes out on top.
 */
export function archetypeAnswers(catalogue: Catalogue, id: ReferenceId): Answers {
  const answers: Answers = {};
  for (const q of scoredQuestions(catalogue)) {
    const option = mostTypicalOption(q.options, id);
    if (normaliseProfile(option.profile)[id] > 0) answers[q.id] = option.id;
  }
  return answers;
}
