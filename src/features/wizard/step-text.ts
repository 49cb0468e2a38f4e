import type { Assessment } from '../../domain/assessment-schema';
import {
  DONT_KNOW,
  type Catalogue,
  type ContextQuestion,
  type ScoredQuestion,
} from '../../domain/catalogue-schema';
import type { LocalizedText } from '../../domain/localized-text';
import type { WizardStep } from '../../domain/steps';
import { questionElementId } from '../../ui/wizard-links';

/** A step's title and intro from the catalogue: "Om dere" first, then each dimension. */
export function stepText(
  catalogue: Catalogue,
  step: WizardStep,
): { title: LocalizedText; intro: LocalizedText } {
  if (step.kind === 'context') return catalogue.context;
  const dimension = catalogue.dimensions.find((d) => d.id === step.dimension);
  // wizardSteps builds steps from the dimensions, so the lookup cannot miss.
  return { title: dimension!.title, intro: dimension!.intro };
}

/** How many of a step's questions have an answer ("Vet ikke" counts; context: anything filled in). */
export function stepProgress(step: WizardStep, assessment: Assessment) {
  const answered =
    step.kind === 'context'
      ? step.questions.filter((q) => assessment.context[q.id] !== undefined).length
      : step.questions.filter((q) => assessment.answers[q.id] !== undefined).length;
  return { answered, total: step.questions.length };
}

/** "/kartlegging/3" → 2; anything that is not a step of this wizard → null. */
export function parseStepParam(param: string | undefined, count: number): number | null {
  if (!param || !/^[1-9]\d*$/.test(param)) return null;
  const n = Number(param);
  return n <= count ? n - 1 : null;
}

/** Element ids for a question's parts, so labels, help texts and error links can point at them. */
export function questionIds(questionId: string) {
  const base = questionElementId(questionId);
  return {
    /** The whole question (its .mk-question), which an «Endre» link opens the step at. */
    base,
    legend: `${base}-tittel`,
    help: `${base}-hjelp`,
    error: `${base}-feil`,
    option: (optionId: string) => `${base}-${optionId}`,
    input: `${base}-felt`,
    comment: `${base}-kommentar`,
    commentHint: `${base}-kommentar-hjelp`,
    commentError: `${base}-kommentar-feil`,
  };
}

/** The control an error link focuses: a group's first option, or the text field. */
export function firstFieldId(question: ScoredQuestion | ContextQuestion): string {
  const ids = questionIds(question.id);
  if (question.kind === 'context' && question.input === 'text') return ids.input;
  return ids.option(question.options[0]?.id ?? DONT_KNOW);
}
