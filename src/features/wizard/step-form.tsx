import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef } from 'react';
import { useForm, type FieldError } from 'react-hook-form';
import { useLocation } from 'wouter';
import { MAX_COMMENT_LENGTH, MAX_CONTEXT_TEXT_LENGTH } from '../../domain/assessment-schema';
import type { WizardStep } from '../../domain/steps';
import { formatNumber } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages';
import { useLocale, useLocalized, useT } from '../../i18n/use-t';
import { selectEditedAssessment, useAssessmentStore } from '../../store/assessment-store';
import { paths } from '../../ui/paths';
import { keptFromResults } from '../../ui/wizard-links';
import { ContextQuestionField } from './context-question-field';
import { ErrorSummary, type ErrorSummaryItem } from './error-summary';
import { ScoredQuestionField } from './scored-question-field';
import {
  isStepError,
  stepDefaults,
  stepSchema,
  type StepError,
  type StepValues,
} from './step-schema';
import { firstFieldId, questionIds } from './step-text';

const FIELD_MESSAGE: Record<StepError, MessageKey> = {
  required: 'wizard.errors.required',
  commentTooLong: 'wizard.errors.commentTooLong',
  textTooLong: 'wizard.errors.textTooLong',
  invalidChoice: 'wizard.errors.invalidChoice',
};

const SUMMARY_MESSAGE: Record<StepError, MessageKey> = {
  required: 'wizard.errors.summary.required',
  commentTooLong: 'wizard.errors.summary.commentTooLong',
  textTooLong: 'wizard.errors.summary.textTooLong',
  invalidChoice: 'wizard.errors.summary.invalidChoice',
};

type Props = {
  step: WizardStep;
  index: number;
  count: number;
};

/**
 * One step's questions. The store is the one source of the answers: the form shows what the store
 * holds (another tab's answer included) and writes every change to it at once, so a reload or a
 * jump elsewhere never loses one. The form itself only adds the "answer everything" check when the
 * user moves on.
 */
export function StepForm({ step, index, count }: Props) {
  const t = useT();
  const local = useLocalized();
  const locale = useLocale();
  const [, navigate] = useLocation();
  const setAnswer = useAssessmentStore((s) => s.setAnswer);
  const setComment = useAssessmentStore((s) => s.setComment);
  const setContext = useAssessmentStore((s) => s.setContext);

  // The page keys the form by step and variant (today or desired), so this reads the variant edited.
  const edited = useAssessmentStore(selectEditedAssessment);
  const values = useMemo(() => stepDefaults(step, edited), [step, edited]);
  const schema = useMemo(() => stepSchema(step), [step]);
  const { register, handleSubmit, getValues, setValue, control, formState, trigger } =
    useForm<StepValues>({
      resolver: zodResolver(schema),
      // Store → form: whenever the store's values for this step change, the fields show them. A
      // change the user makes is in the store before it comes back, so what comes back is what
      // they typed, less what the store cleans (bidi controls, a comment of blanks only). The
      // messages and the re-check after a failed "next" stay.
      values,
      resetOptions: {
        keepErrors: true,
        keepIsSubmitted: true,
        keepSubmitCount: true,
        keepTouched: true,
      },
      shouldFocusError: false,
    });
  const { errors, isSubmitted } = formState;
  // Showing new values drops a check still running; after a failed "next" the messages follow the
  // answers, so check again against what is now shown.
  useEffect(() => {
    if (isSubmitted) void trigger();
  }, [values, isSubmitted, trigger]);

  // Focus the summary once it has rendered after a failed "next".
  const summaryRef = useRef<HTMLElement>(null);
  const focusSummary = useRef(false);
  useEffect(() => {
    if (focusSummary.current && summaryRef.current) {
      focusSummary.current = false;
      summaryRef.current.focus();
      summaryRef.current.scrollIntoView?.({ block: 'start' });
    }
  });

  const last = index === count - 1;
  const onValid = () => {
    navigate(last ? paths.review : paths.wizardStep(index + 1), {
      state: keptFromResults(window.history.state),
    });
  };
  const onInvalid = () => {
    focusSummary.current = true;
  };
  const back = () => {
    navigate(paths.wizardStep(index - 1), { state: keptFromResults(window.history.state) });
  };

  const vars = {
    max: formatNumber(
      locale,
      step.kind === 'context' ? MAX_CONTEXT_TEXT_LENGTH : MAX_COMMENT_LENGTH,
    ),
  };
  const fieldMessage = (error: unknown) => {
    const code = errorCode(error);
    return code ? t(FIELD_MESSAGE[code], vars) : undefined;
  };

  const summary: ErrorSummaryItem[] = [];
  for (const q of step.questions) {
    const ids = questionIds(q.id);
    const question = local(q.text);
    const add = (error: unknown, targetId: string) => {
      const code = errorCode(error);
      if (code) summary.push({ targetId, text: t(SUMMARY_MESSAGE[code], { question }) });
    };
    if (q.kind === 'scored') {
      add(errors.answers?.[q.id], firstFieldId(q));
      add(errors.comments?.[q.id], ids.comment);
    } else {
      add(errors.context?.[q.id], firstFieldId(q));
    }
  }

  return (
    <>
      {summary.length > 0 && (
        <ErrorSummary ref={summaryRef} title={t('wizard.errors.summaryTitle')} items={summary} />
      )}
      <form
        className="mk-stack mk-stack--lg"
        noValidate
        onSubmit={handleSubmit(onValid, onInvalid)}
      >
        {step.kind === 'dimension'
          ? step.questions.map((q) => (
              <ScoredQuestionField
                key={q.id}
                question={q}
                register={register}
                error={fieldMessage(errors.answers?.[q.id])}
                commentError={fieldMessage(errors.comments?.[q.id])}
                hasComment={Boolean(values.comments[q.id])}
                onAnswer={(optionId) => setAnswer(q.id, optionId)}
                onComment={(comment) => setComment(q.id, comment)}
              />
            ))
          : step.questions.map((q) => (
              <ContextQuestionField
                key={q.id}
                question={q}
                register={register}
                control={control}
                error={fieldMessage(errors.context?.[q.id])}
                onChange={() => setContext(q.id, normalizeContext(getValues(`context.${q.id}`)))}
                onClear={() => {
                  setValue(`context.${q.id}`, null);
                  setContext(q.id, '');
                  document.getElementById(firstFieldId(q))?.focus();
                }}
              />
            ))}
        <div className="mk-row mk-wizard__buttons">
          {index > 0 && (
            <button type="button" className="ds-button" data-variant="secondary" onClick={back}>
              {t('wizard.back')}
            </button>
          )}
          <button type="submit" className="ds-button" data-variant="primary">
            {last ? t('wizard.toReview') : t('wizard.next')}
          </button>
        </div>
      </form>
    </>
  );
}

/** The code of the first error on a field (checkbox groups report one per item). */
function errorCode(error: unknown): StepError | undefined {
  if (!error || typeof error !== 'object') return undefined;
  if (Array.isArray(error)) {
    for (const item of error) {
      const code = errorCode(item);
      if (code) return code;
    }
    return undefined;
  }
  const message = (error as FieldError).message;
  return isStepError(message) ? message : undefined;
}

function normalizeContext(value: StepValues['context'][string] | boolean | undefined) {
  if (Array.isArray(value)) return value;
  return typeof value === 'string' ? value : '';
}
