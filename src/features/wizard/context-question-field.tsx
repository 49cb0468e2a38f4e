import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { MAX_CONTEXT_TEXT_LENGTH } from '../../domain/assessment-schema';
import type { ContextQuestion } from '../../domain/catalogue-schema';
import { useLocalized, useT } from '../../i18n/use-t';
import type { StepValues } from './step-schema';
import { questionIds } from './step-text';

type Props = {
  question: ContextQuestion;
  register: UseFormRegister<StepValues>;
  control: Control<StepValues>;
  error?: string;
  /** Reads the field's current value after a change (checkbox groups hold an array). */
  onChange: () => void;
  onClear: () => void;
};

/** A context question: free text, one choice or several. All of them are optional. */
export function ContextQuestionField({
  question,
  register,
  control,
  error,
  onChange,
  onClear,
}: Props) {
  const t = useT();
  const local = useLocalized();
  const ids = questionIds(question.id);
  const name = `context.${question.id}` as const;
  const value = useWatch({ control, name });
  const field = register(name, { onChange });
  const describedBy = error ? `${ids.help} ${ids.error}` : ids.help;
  const help = (
    <p id={ids.help} className="ds-paragraph" data-field="description" data-size="sm">
      {local(question.help)}
    </p>
  );
  const message = error && (
    <p id={ids.error} className="ds-validation-message" data-field="validation">
      {error}
    </p>
  );

  if (question.input === 'text') {
    return (
      <div id={ids.base} className="mk-question ds-field">
        <label className="ds-label mk-question__legend" htmlFor={ids.input}>
          {local(question.text)}
        </label>
        {help}
        {message}
        <input
          {...field}
          id={ids.input}
          className="ds-input mk-text-input"
          type="text"
          maxLength={MAX_CONTEXT_TEXT_LENGTH}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        />
      </div>
    );
  }

  const type = question.input === 'choice' ? 'radio' : 'checkbox';
  return (
    <div id={ids.base} className="mk-question">
      <fieldset
        className="ds-fieldset"
        role={type === 'radio' ? 'radiogroup' : undefined}
        aria-invalid={error && type === 'radio' ? true : undefined}
        aria-describedby={describedBy}
      >
        <legend id={ids.legend} className="ds-label mk-question__legend">
          {local(question.text)}
        </legend>
        {help}
        {message}
        <div className="mk-options">
          {question.options.map((option) => (
            <div key={option.id} className="ds-field mk-option">
              <input
                {...field}
                id={ids.option(option.id)}
                className="ds-input"
                type={type}
                value={option.id}
                aria-invalid={error && type === 'checkbox' ? true : undefined}
              />
              <label className="ds-label" htmlFor={ids.option(option.id)}>
                {local(option.label)}
              </label>
            </div>
          ))}
        </div>
        {/* A radio choice cannot be undone by clicking it again; this optional one can. */}
        {type === 'radio' && typeof value === 'string' && value !== '' && (
          <button
            type="button"
            className="ds-button mk-clear"
            data-variant="tertiary"
            data-size="sm"
            onClick={onClear}
          >
            {t('wizard.context.clear')}
            <span className="mk-sr-only">
              {' '}
              {t('wizard.context.clearAbout', { question: local(question.text) })}
            </span>
          </button>
        )}
      </fieldset>
    </div>
  );
}
