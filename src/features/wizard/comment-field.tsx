import type { UseFormRegister } from 'react-hook-form';
import { MAX_COMMENT_LENGTH } from '../../domain/assessment-schema';
import { useLocale, useT } from '../../i18n/use-t';
import { formatNumber } from '../../i18n/format';
import type { StepValues } from './step-schema';
import { questionIds } from './step-text';

type Props = {
  questionId: string;
  questionText: string;
  register: UseFormRegister<StepValues>;
  error?: string;
  /** Open when there is already a comment (or an error), so nothing saved is hidden. */
  startOpen: boolean;
  onComment: (comment: string) => void;
};

/** An optional comment behind a disclosure, so the page stays short for those who skip it. */
export function CommentField({
  questionId,
  questionText,
  register,
  error,
  startOpen,
  onComment,
}: Props) {
  const t = useT();
  const locale = useLocale();
  const ids = questionIds(questionId);
  const about = (
    <span className="mk-sr-only"> {t('wizard.comment.about', { question: questionText })}</span>
  );
  return (
    <details className="ds-details mk-comment" open={startOpen || Boolean(error) || undefined}>
      <summary>
        {t('wizard.comment.summary')}
        {about}
      </summary>
      <div className="ds-field">
        <label className="ds-label" htmlFor={ids.comment}>
          {t('wizard.comment.label')}
          {about}
        </label>
        <p id={ids.commentHint} data-field="description" className="ds-paragraph" data-size="sm">
          {t('wizard.comment.hint', { max: formatNumber(locale, MAX_COMMENT_LENGTH) })}
        </p>
        {error && (
          <p id={ids.commentError} className="ds-validation-message" data-field="validation">
            {error}
          </p>
        )}
        <textarea
          id={ids.comment}
          className="ds-input"
          rows={3}
          maxLength={MAX_COMMENT_LENGTH}
          aria-describedby={error ? `${ids.commentHint} ${ids.commentError}` : ids.commentHint}
          aria-invalid={error ? true : undefined}
          {...register(`comments.${questionId}`, {
            onChange: (event: React.ChangeEvent<HTMLTextAreaElement>) =>
              onComment(event.target.value),
          })}
        />
      </div>
    </details>
  );
}
