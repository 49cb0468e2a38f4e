import { CATALOGUE } from '../domain/catalogue';
import type { Locale } from '../domain/locales';
import { scoreAssessment } from '../domain/scoring';
import { decodeShared } from '../features/export/decoded-share-link';
import { resultHeadline } from '../features/results/result-headline';
import '../features/results/results.css';
import { loadedMessages, registerLocaleMessages } from '../i18n/registry';
import { translate, type MessageVars } from '../i18n/translate';
import type { MessageKey, Messages } from '../i18n/messages';

// The result's texts in this language only (the results page registers all three): a third of
// the bytes, before the first paint.
const resultTexts: Record<Locale, () => Promise<{ results: Messages['results'] }>> = {
  nb: () => import('../i18n/nb/results'),
  nn: () => import('../i18n/nn/results'),
  en: () => import('../i18n/en/results'),
};

/**
 * The top of a shared result, built from the link before the app has loaded: the same elements
 * and texts as the results view's header (shared-result-first-paint.test.tsx holds them to it),
 * without its buttons, which need the app. Null when the app would show no result: a code it
 * refuses, or only «Vet ikke» answers.
 */
export async function sharedResultFirstPaint(
  code: string,
  locale: Locale,
  doc: Document = document,
): Promise<HTMLElement | null> {
  const [decoded, { results }] = await Promise.all([decodeShared(code), resultTexts[locale]()]);
  if (!decoded.ok) return null;
  registerLocaleMessages(locale, { results });
  const result = scoreAssessment(CATALOGUE, decoded.payload.assessment.answers);
  if (!result) return null;
  const t = (key: MessageKey, vars?: MessageVars) => translate(loadedMessages(locale), key, vars);
  const headline = resultHeadline(result, locale, t);

  const el = (tag: string, attrs: Record<string, string>, ...children: (Node | string)[]) => {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  };
  const headingId = 'mk-shared-first-paint-heading';
  return el(
    'article',
    { class: 'mk-result mk-stack mk-stack--lg', 'aria-labelledby': headingId },
    el(
      'header',
      { class: 'mk-stack' },
      el('h1', { id: headingId, class: 'ds-heading', 'data-size': 'lg' }, t('app.sharedHeading')),
      el('p', { class: 'ds-paragraph', 'data-size': 'lg' }, headline.lead),
      el(
        'div',
        { class: 'mk-certainty' },
        el(
          'span',
          { class: 'ds-tag', 'data-color': headline.certainty.color },
          headline.certainty.label,
        ),
        el('p', { class: 'ds-paragraph', 'data-size': 'sm' }, headline.certainty.detail),
      ),
    ),
  );
}
