import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, Redirect, useParams } from 'wouter';
import { useHistoryState } from 'wouter/use-browser-location';
import { CATALOGUE } from '../../domain/catalogue';
import { wizardSteps, type WizardStep } from '../../domain/steps';
import { useLocalized, useT } from '../../i18n/use-t';
import { useAssessmentHydrated, useAssessmentStore } from '../../store/assessment-store';
import { isFromResults, paths } from '../../ui/paths';
import { StepForm } from './step-form';
import { useFocusIfLost } from './use-focus-if-lost';
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
    // No h1 yet: the app moves focus to the first h1 it finds, which must be the step's.
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
  const saveRef = useRef<(() => void) | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // "Fortsett" on the start page comes back here.
  useEffect(() => setStep(index), [index, setStep]);

  // The app focuses the heading on route changes; doing it here too keeps step changes within
  // this page covered even if the route component is reused.
  const firstRender = useRef(true);
  useFocusIfLost(headingRef);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [index]);

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
  // Came here from a link on the results page: offer the way back.
  const fromResults = isFromResults(useHistoryState());

  return (
    <div className="mk-wizard">
      <div className="mk-wizard__main mk-stack">
        <h1 ref={headingRef} tabIndex={-1} className="ds-heading" data-size="lg">
          {title}
        </h1>
        <progress
          className="mk-progress"
          value={index + 1}
          max={steps.length}
          aria-label={t('wizard.progressLabel')}
          aria-valuetext={t('wizard.progressText', { step: index + 1, total: steps.length })}
        />
        {fromResults && (
          <p className="ds-paragraph mk-no-print">
            <Link href={paths.results} className="ds-link">
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
        <StepForm key={index} step={step} index={index} count={steps.length} saveRef={saveRef} />
      </div>
      <StepList steps={steps} current={index} onNavigate={() => saveRef.current?.()} />
      <p className="mk-sr-only" role="status" aria-live="polite" aria-atomic="true">
        {moved ? title : ''}
      </p>
    </div>
  );
}
