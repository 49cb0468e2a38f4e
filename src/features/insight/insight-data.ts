import { CATALOGUE } from '../../domain/catalogue';
import { DONT_KNOW, scoredQuestions, type ScoredQuestion } from '../../domain/catalogue-schema';
import type { LocalizedText } from '../../domain/localized-text';
import { stepOfQuestion } from '../../domain/steps';
import { paths } from '../../ui/paths';
import { useLinkIntoWizard } from '../../ui/wizard-links';

const byId = new Map(scoredQuestions(CATALOGUE).map((q) => [q.id, q]));

export function questionById(id: string): ScoredQuestion | undefined {
  return byId.get(id);
}

/**
 * Props for a link to the wizard step that asks a question: the step opens at it, and
 * «Tilbake til resultatet» comes back to this link (`id`: unique on the page and the same each time
 * it is shown; `fallbackIds`: where to go back to if the link is gone then). Not a query string:
 * with hash routing wouter puts a query in location.search, where it sticks to later URLs.
 */
export function useQuestionLink() {
  const intoWizard = useLinkIntoWizard();
  return (questionId: string, id: string, fallbackIds?: string[]) => {
    const step = Math.max(0, stepOfQuestion(CATALOGUE, questionId));
    return {
      id,
      ...intoWizard({ href: paths.wizardStep(step), question: questionId, fallbackIds }),
    };
  };
}

/** The chosen option's label; null for «Vet ikke» / no answer (the caller words those). */
export function optionLabel(
  questionId: string,
  optionId: string | undefined,
): LocalizedText | null {
  if (optionId === undefined || optionId === DONT_KNOW) return null;
  return questionById(questionId)?.options.find((o) => o.id === optionId)?.label ?? null;
}
