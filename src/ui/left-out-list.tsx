import type { LeftOut } from '../domain/assessment-schema';
import { CATALOGUE } from '../domain/catalogue';
import { pluralKey } from '../i18n/translate';
import { useLocale, useLocalized, useT } from '../i18n/use-t';
import './formats-messages';

/**
 * What opening a file or link left out, one line per kind: questions this question set lacks are
 * counted (their ids are never shown), unknown options are named by their question's text.
 * Nothing when everything could be used.
 */
export function LeftOutList({ left }: { left: LeftOut }) {
  const t = useT();
  const locale = useLocale();
  const local = useLocalized();
  if (left.answers === 0) return null;
  const byId = new Map(CATALOGUE.questions.map((q) => [q.id, q]));
  const lines: string[] = [];
  if (left.unknownQuestions > 0) {
    lines.push(
      t(pluralKey(locale, 'formats.leftOut.unknownQuestion', left.unknownQuestions), {
        count: left.unknownQuestions,
      }),
    );
  }
  for (const { questionId, count } of left.unknownOptions) {
    const question = byId.get(questionId);
    // The decoders name only questions of this catalogue; anything else is not shown.
    if (!question) continue;
    lines.push(
      t(pluralKey(locale, 'formats.leftOut.unknownOption', count), {
        count,
        question: local(question.text),
      }),
    );
  }
  return (
    <>
      <p className="ds-paragraph">
        {t(pluralKey(locale, 'formats.leftOut.summary', left.answers), { count: left.answers })}
      </p>
      <ul className="ds-list">
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </>
  );
}
