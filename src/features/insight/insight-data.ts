import { CATALOGUE } from '../../domain/catalogue';
import { DONT_KNOW, scoredQuestions, type ScoredQuestion } from '../../domain/catalogue-schema';
import type { LocalizedText } from '../../domain/localized-text';
import { stepOfQuestion } from '../../domain/steps';
import { paths } from '../../ui/paths';

const byId = new Map(scoredQuestions(CATALOGUE).map((q) => [q.id, q]));

export function questionById(id: string): ScoredQuestion | undefined {
  return byId.get(id);
}

/**
 * Put in history.state by links from the results page, so the wizard can offer «Tilbake til
 * resultatet» and bring the question into view (wouter: `useHistoryState()` from
 * 'wouter/use-browser-location'). Not a query string: with hash routing wouter puts a query in
 * location.search, where it sticks to later URLs and stops the Back button from re-rendering.
 */
export type FromResultsState = { from: 'results'; question: string };

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
