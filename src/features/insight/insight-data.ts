import { CATALOGUE } from '../../domain/catalogue';
import { DONT_KNOW, scoredQuestions, type ScoredQuestion } from '../../domain/catalogue-schema';
import type { LocalizedText } from '../../domain/localized-text';
import { stepOfQuestion } from '../../domain/steps';
import { paths } from '../../ui/paths';
import { type FromResultsState } from '../../ui/wizard-links';

const byId = new Map(scoredQuestions(CATALOGUE).map((q) => [q.id, q]));

export function questionById(id: string): ScoredQuestion | undefined {
  return byId.get(id);
}

/**
 * Link props (href + history state) to the wizard step that asks a question. Not a query string:
 * with hash routing wouter puts a query in location.search, where it sticks to later URLs.
 */
/** Link props (href + state) to the wizard step that asks a question. */
export function questionLink(questionId: string): { href: string; state: FromResultsState } {
  const step = Math.max(0, stepOfQuestion(CATALOGUE, questionId));
  return { href: paths.wizardStep(step), state: { from: 'results', question: questionId } };
}

/** The chosen option's label; null for «Vet ikke» / no answer (the caller words those). */
export function optionLabel(
  questionId: string,
  optionId: string | undefined,
): LocalizedText | null {
  if (optionId === undefined || optionId === DONT_KNOW) return null;
  return questionById(questionId)?.options.find((o) => o.id === optionId)?.label ?? null;
}
