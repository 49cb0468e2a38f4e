import { useEffect, useMemo, useRef, useState } from 'react';
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
import { isFromResults, questionToOpen } from '../../ui/wizard-links';
import { VariantNotice } from '../../ui/variant-notice';
import { returnToResults } from './return-to-results';
import { StepForm } from './step-form';
import { useFocusIfLost } from './use-focus-if-lost';
import { useOpenAtQuestion } from './use-open-at-question';
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
  // The form holds the answers of the variant being edited: switching today/desired reads anew.
  const variant = useAssessmentStore(selectEditing);

  // "Fortsett" on the start page comes back here.
  useEffect(() => setStep(index), [index, setStep]);

  // Came here by a link about one question on this step: open at it instead of the heading.
  const historyState = useHistoryState();
  const opened = questionToOpen(historyState);
  const openAt = step.questions.some((q) => q.id === opened) ? opened : undefined;
  useOpenAtQuestion(openAt, index);

  // The app focuses the heading on route changes; doing it here too keeps step changes within
  // this page covered even if the route component is reused (a step opened at a question, by going
  // back in history to the link's entry, leaves focus to useOpenAtQuestion).
  const focusedStep = useRef(index);
  useFocusIfLost(headingRef);
  useEffect(() => {
    if (focusedStep.current === index) return;
    focusedStep.current = index;
    if (!openAt) headingRef.current?.focus();
  }, [index, openAt]);

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
  const fromResults = isFromResults(historyState) ? historyState : null;
  const backToResults = () => {
    const question = fromResults?.question;
    const at = steps.findIndex((s) => s.questions.some((q) => q.id === question));
    const asked = steps[at]?.questions.find((q) => q.id === question);
    returnToResults({
      question,
      stepPath: at < 0 ? undefined : paths.wizardStep(at),
      questionText: asked && local(asked.text),
    });
  };

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
        <VariantNotice />
        {fromResults && (
          <p className="ds-paragraph mk-no-print">
            <Link href={paths.results} className="ds-link" onClick={backToResults}>
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
        <StepForm
          key={`${variant}-${index}`}
          step={step}
          index={index}
          count={steps.length}
          saveRef={saveRef}
        />
      </div>
      <StepList steps={steps} current={index} onNavigate={() => saveRef.current?.()} />
      <p className="mk-sr-only" role="status" aria-live="polite" aria-atomic="true">
        {moved ? title : ''}
      </p>
    </div>
  );
}
