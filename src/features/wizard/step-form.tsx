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
  /** Lets the step list save this step before it navigates. */
  saveRef: React.RefObject<(() => void) | null>;
};

/**
 * One step's questions. Every change is saved at once, so a reload never loses an answer; the
 * form adds the "answer everything" check when the user moves on.
 */
export function StepForm({ step, index, count, saveRef }: Props) {
  const t = useT();
  const local = useLocalized();
  const locale = useLocale();
  const [, navigate] = useLocation();
  // Marks the store writes this form makes, so only changes from elsewhere are copied back in.
  const writing = useRef(false);
  const own =
    <A extends unknown[]>(write: (...args: A) => void) =>
    (...args: A) => {
      writing.current = true;
      try {
        write(...args);
      } finally {
        writing.current = false;
      }
    };
  const setAnswer = own(useAssessmentStore((s) => s.setAnswer));
  const setComment = own(useAssessmentStore((s) => s.setComment));
  const setContext = own(useAssessmentStore((s) => s.setContext));

  // Read once per step and variant (the page keys the form by both, so switching between today
  // and the desired state starts a new form): the form owns the values from here and writes each
  // change back.
  const defaults = useMemo(
    () => stepDefaults(step, selectEditedAssessment(useAssessmentStore.getState())),
    [step],
  );
  const schema = useMemo(() => stepSchema(step), [step]);
  const { register, handleSubmit, getValues, setValue, control, formState } = useForm<StepValues>({
    resolver: zodResolver(schema),
    defaultValues: defaults,
    shouldFocusError: false,
  });
  const { errors } = formState;

  const save = () => {
    const values = getValues();
    const current = selectEditedAssessment(useAssessmentStore.getState());
    for (const q of step.questions) {
      if (q.kind === 'scored') {
        const answer = values.answers[q.id];
        if (answer && answer !== current.answers[q.id]) setAnswer(q.id, answer);
        const comment = values.comments[q.id] ?? '';
        if (comment !== (current.comments[q.id] ?? '')) setComment(q.id, comment);
      } else {
        const value = normalizeContext(values.context[q.id]);
        const before = current.context[q.id];
        const unchanged =
          before === undefined
            ? value.length === 0
            : JSON.stringify(before) === JSON.stringify(value);
        if (!unchanged) setContext(q.id, value);
      }
    }
  };
  // Another tab's answer (the storage event rehydrates the store) shows here without a reload.
  // Only fields the store changed are touched, so what the user is typing here is never replaced.
  useEffect(
    () =>
      useAssessmentStore.subscribe((state, previous) => {
        if (writing.current) return;
        const now = stepDefaults(step, selectEditedAssessment(state));
        const before = stepDefaults(step, selectEditedAssessment(previous));
        for (const group of ['answers', 'comments', 'context'] as const) {
          for (const [id, value] of Object.entries(now[group])) {
            const same = (x: unknown) => JSON.stringify(x) === JSON.stringify(value);
            if (same(before[group][id]) || same(getValues(`${group}.${id}`))) continue;
            setValue(`${group}.${id}`, value);
          }
        }
      }),
    [step, getValues, setValue],
  );

  useEffect(() => {
    saveRef.current = save;
    return () => {
      saveRef.current = null;
    };
  });

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
    save();
    navigate(last ? paths.review : paths.wizardStep(index + 1), {
      state: keptFromResults(window.history.state),
    });
  };
  const onInvalid = () => {
    focusSummary.current = true;
  };
  const back = () => {
    save();
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
                hasComment={Boolean(defaults.comments[q.id])}
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
