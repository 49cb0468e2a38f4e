import { useEffect, useMemo, useState } from 'react';
import { Link, Redirect, useParams } from 'wouter';
import { useHistoryState } from 'wouter/use-browser-location';
import { CATALOGUE } from '../../domain/catalogue';
import { wizardSteps, type WizardStep } from '../../domain/steps';
import { useLocalized, useT } from '../../i18n/use-t';
import {
  selectEditing,
  useAssessmentHydrated,
  useAssessmentStore,
} from '../../store/assessment-store';
import { paths } from '../../ui/paths';
import { type NavigationState } from '../../ui/focus-target';
import { revealOnArrival } from '../../ui/page-sections';
import { isFromResults } from '../../ui/wizard-links';
import { VariantNotice } from '../../ui/variant-notice';
import { StepForm } from './step-form';
import { useTitle } from '../../ui/use-title';
import { StepList } from './step-list';
import { parseStepParam, stepText } from './step-text';
import './wizard-messages';
import './wizard.css';

/** /kartlegging/:step — one step of the wizard: "Om dere" first, then one per dimension. */
export default function WizardPage() {
  const t = useT();
  const { step: param } = useParams<{ step: string }>();
  const steps = useMemo(() => wizardSteps(CATALOGUE), []);
  const index = parseStepParam(param, steps.length);
  const step = index === null ? undefined : steps[index];
  const hydrated = useAssessmentHydrated();

  if (index === null || !step) return <Redirect to={paths.wizardStep(0)} replace />;
  if (!hydrated) {
    // No h1 yet: the app moves focus into the page once the step is there.
    return (
      <p className="ds-paragraph" role="status">
        {t('wizard.loading')}
      </p>
    );
  }
  return <WizardStepView steps={steps} step={step} index={index} />;
}

type ViewProps = { steps: WizardStep[]; step: WizardStep; index: number };

function WizardStepView({ steps, step, index }: ViewProps) {
  const t = useT();
  const local = useLocalized();
  const setStep = useAssessmentStore((s) => s.setStep);
  const text = stepText(CATALOGUE, step);
  const title = t('wizard.stepHeading', {
    step: index + 1,
    total: steps.length,
    title: local(text.title),
  });
  // The form holds the answers of the variant being edited: switching today/desired reads anew.
  const variant = useAssessmentStore(selectEditing);

  // "Fortsett" on the start page comes back here.
  useEffect(() => setStep(index), [index, setStep]);

  // Screen readers hear the new step even where moving focus to the heading is not read out. The
  // region is rendered from the start and only its text changes, so the change is announced; it
  // stays empty on the first step shown, which the app's focus on the heading already covers.
  const [shownIndex, setShownIndex] = useState(index);
  const [moved, setMoved] = useState(false);
  if (shownIndex !== index) {
    setShownIndex(index);
    setMoved(true);
  }

  useTitle(`${title} – ${t('app.name')}`);
  // Came here from a link on the results page: offer the way back, to where the user was there.
  const historyState = useHistoryState();
  const fromResults = isFromResults(historyState) ? historyState : null;
  const back = fromResults?.back;

  return (
    <div className="mk-wizard">
      <div className="mk-wizard__main mk-stack">
        <h1 tabIndex={-1} className="ds-heading" data-size="lg">
          {title}
        </h1>
        <progress
          className="mk-progress"
          value={index + 1}
          max={steps.length}
          aria-label={t('wizard.progressLabel')}
          aria-valuetext={t('wizard.progressText', { step: index + 1, total: steps.length })}
        />
        <VariantNotice />
        {fromResults && (
          <p className="ds-paragraph mk-no-print">
            <Link
              href={paths.results}
              state={(back ? { focus: back } : null) satisfies NavigationState | null}
              // The results page mounts all its sections at once, so the link is there to focus.
              onClick={back && revealOnArrival}
              className="ds-link"
            >
              {t('wizard.backToResults')}
            </Link>
          </p>
        )}
        <p className="ds-paragraph" data-size="lg">
          {local(text.intro)}
        </p>
        <p className="ds-paragraph" data-size="sm">
          {step.kind === 'context' ? t('wizard.optionalNote') : t('wizard.requiredNote')}{' '}
          {t('wizard.autosaved')}
        </p>
        <StepForm key={`${variant}-${index}`} step={step} index={index} count={steps.length} />
      </div>
      <StepList steps={steps} current={index} />
      <p className="mk-sr-only" role="status" aria-live="polite" aria-atomic="true">
        {moved ? title : ''}
      </p>
    </div>
  );
}
