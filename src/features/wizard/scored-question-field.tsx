import type { UseFormRegister } from 'react-hook-form';
import { DONT_KNOW, type ScoredQuestion } from '../../domain/catalogue-schema';
import { useLocalized, useT } from '../../i18n/use-t';
import { CommentField } from './comment-field';
import type { StepValues } from './step-schema';
import { questionIds } from './step-text';

type Props = {
  question: ScoredQuestion;
  register: UseFormRegister<StepValues>;
  error?: string;
  commentError?: string;
  hasComment: boolean;
  onAnswer: (optionId: string) => void;
  onComment: (comment: string) => void;
};

/** One scored question: a radio group with its help text, «Vet ikke» and an optional comment. */
export function ScoredQuestionField({
  question,
  register,
  error,
  commentError,
  hasComment,
  onAnswer,
  onComment,
}: Props) {
  const t = useT();
  const local = useLocalized();
  const ids = questionIds(question.id);
  const field = register(`answers.${question.id}`, {
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => onAnswer(event.target.value),
  });
  const choices = [
    ...question.options.map((o) => ({ id: o.id, label: local(o.label) })),
    { id: DONT_KNOW, label: t('wizard.dontKnow') },
  ];

  return (
    <div id={ids.base} className="mk-question">
      {/* radiogroup (not the implicit group) so the group itself can be required and invalid. */}
      <fieldset
        className="ds-fieldset"
        role="radiogroup"
        aria-required="true"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${ids.help} ${ids.error}` : ids.help}
      >
        <legend id={ids.legend} className="ds-label mk-question__legend">
          {local(question.text)}
        </legend>
        <p id={ids.help} className="ds-paragraph" data-field="description" data-size="sm">
          {local(question.help)}
        </p>
        {error && (
          <p id={ids.error} className="ds-validation-message" data-field="validation">
            {error}
          </p>
        )}
        <div className="mk-options">
          {choices.map((choice) => (
            <div
              key={choice.id}
              className="ds-field mk-option"
              data-dont-know={choice.id === DONT_KNOW || undefined}
            >
              <input
                {...field}
                id={ids.option(choice.id)}
                className="ds-input"
                type="radio"
                value={choice.id}
              />
              <label className="ds-label" htmlFor={ids.option(choice.id)}>
                {choice.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <CommentField
        questionId={question.id}
        questionText={local(question.text)}
        register={register}
        error={commentError}
        startOpen={hasComment}
        onComment={onComment}
      />
    </div>
  );
}
