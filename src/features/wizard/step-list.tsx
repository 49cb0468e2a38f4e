import { Link } from 'wouter';
import { useShallow } from 'zustand/react/shallow';
import { CATALOGUE } from '../../domain/catalogue';
import type { WizardStep } from '../../domain/steps';
import { useLocalized, useT } from '../../i18n/use-t';
import { selectEditedAssessment, useAssessmentStore } from '../../store/assessment-store';
import { paths } from '../../ui/paths';
import { stepProgress, stepText } from './step-text';

type Props = {
  steps: WizardStep[];
  current: number;
};

/** Every step with how much of it is answered; any step can be opened from here. */
export function StepList({ steps, current }: Props) {
  const t = useT();
  const local = useLocalized();
  // Only the counts: typing a comment must not redraw the list on every key.
  const answeredPerStep = useAssessmentStore(
    useShallow((s) => steps.map((step) => stepProgress(step, selectEditedAssessment(s)).answered)),
  );

  return (
    <nav className="mk-step-list" aria-labelledby="mk-step-list-heading">
      <h2 id="mk-step-list-heading" className="ds-heading" data-size="2xs">
        {t('wizard.steps.heading')}
      </h2>
      <ol>
        {steps.map((step, i) => {
          const answered = answeredPerStep[i] ?? 0;
          const total = step.questions.length;
          const done = step.kind === 'dimension' && answered === total;
          const status =
            step.kind === 'context'
              ? t('wizard.steps.contextFilled', { answered, total })
              : done
                ? t('wizard.steps.allAnswered')
                : t('wizard.steps.answered', { answered, total });
          return (
            <li key={i}>
              <Link
                href={paths.wizardStep(i)}
                className="mk-step-link"
                aria-current={i === current ? 'step' : undefined}
                data-done={done || undefined}
              >
                <span className="mk-step-link__title">
                  {i + 1}. {local(stepText(CATALOGUE, step).title)}
                </span>
                <span className="mk-step-link__status">
                  {done && <span aria-hidden="true">✓ </span>}
                  {status}
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
