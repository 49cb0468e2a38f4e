import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { Answers, Assessment } from '../domain/assessment-schema';
import { archetypeAnswers } from '../domain/archetypes';
import { CATALOGUE } from '../domain/catalogue';
import { scoredQuestions } from '../domain/catalogue-schema';
import { DONT_KNOW } from '../domain/dont-know';
import { LOCALES, type Locale } from '../domain/locales';
import { REFERENCE_IDS } from '../domain/references';
import { encodeShareCode, sharePayloadOf } from '../domain/share-code';
import SharedPage from '../features/export/shared-page';
import { ResultView } from '../features/results/result-view';
import '../i18n/core-messages';
import { useSettingsStore } from '../store/settings-store';
import { sharedResultFirstPaint } from './shared-result-first-paint';

beforeAll(() => {
  // jsdom has no layout: the charts only need the observer to exist.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

const questions = scoredQuestions(CATALOGUE);
const assessment = (answers: Answers): Assessment => ({ answers, comments: {}, context: {} });
/** The first n scored questions answered as model `id` would, the rest left open. */
const firstAnswers = (id: (typeof REFERENCE_IDS)[number], n: number) =>
  Object.fromEntries(Object.entries(archetypeAnswers(CATALOGUE, id)).slice(0, n));

// Each model's typical answers (high certainty), a few answers (low certainty, with its hint),
// «Vet ikke» beside real answers, and one answer (a single model takes the whole mix).
const CASES: [string, Answers][] = [
  ...REFERENCE_IDS.map((id): [string, Answers] => [id, archetypeAnswers(CATALOGUE, id)]),
  ['few answers', firstAnswers('hybrid', 5)],
  [
    '«Vet ikke» beside answers',
    {
      ...firstAnswers('totalt', 18),
      [questions[25]!.id]: DONT_KNOW,
      [questions[26]!.id]: DONT_KNOW,
    },
  ],
  ['one answer', firstAnswers('en-dor-inn', 1)],
];

const codeOf = (answers: Answers) =>
  encodeShareCode(sharePayloadOf(assessment(answers), CATALOGUE));

type Shape = { tag: string; attributes: Record<string, string>; children: (Shape | string)[] };

/** Elements, attributes and text, without React's generated ids (they only pair the heading with
 * its article) and without the blank text between elements. */
function shapeOf(element: Element): Shape {
  const attributes = Object.fromEntries(
    [...element.attributes]
      .filter((a) => a.name !== 'id' && a.name !== 'aria-labelledby')
      .map((a) => [a.name, a.value]),
  );
  const children = [...element.childNodes].flatMap((node): (Shape | string)[] =>
    node instanceof Element ? [shapeOf(node)] : node.textContent?.trim() ? [node.textContent] : [],
  );
  // React may split one text into several nodes; the reader sees them as one.
  const merged = children.reduce<(Shape | string)[]>((all, child) => {
    const last = all.at(-1);
    if (typeof child === 'string' && typeof last === 'string') all[all.length - 1] = last + child;
    else all.push(child);
    return all;
  }, []);
  return { tag: element.tagName.toLowerCase(), attributes, children: merged };
}

/** What the app renders for this link, down to the header's end, without the page's buttons. */
async function appHeader(code: string): Promise<HTMLElement> {
  const { hook } = memoryLocation({ path: `/delt/${code}` });
  const { container } = render(
    <Router hook={hook}>
      <SharedPage code={code} ResultView={ResultView} />
    </Router>,
  );
  // Role queries over the whole result are slow in jsdom; the buttons' group marks it rendered.
  await waitFor(() => expect(container.querySelector('article [role="group"]')).not.toBeNull());
  const article = container.querySelector('article')!.cloneNode(false) as HTMLElement;
  const header = container.querySelector('article > header')!.cloneNode(true) as HTMLElement;
  header.querySelector('[role="group"]')?.remove();
  article.append(header);
  return article;
}

describe('a shared result’s first paint', () => {
  for (const locale of LOCALES) {
    it.each(CASES)(
      `shows what the app will show at the top, in ${locale}: %s`,
      async (_, answers) => {
        act(() => useSettingsStore.setState({ locale: locale as Locale }));
        const code = await codeOf(answers);
        const firstPaint = await sharedResultFirstPaint(code, locale);
        expect(firstPaint).not.toBeNull();
        const app = await appHeader(code);
        expect(shapeOf(firstPaint!)).toEqual(shapeOf(app));
        // The heading names the article, as in the app.
        expect(firstPaint!.getAttribute('aria-labelledby')).toBe(
          firstPaint!.querySelector('h1')!.id,
        );
      },
    );
  }

  it('shows nothing for a link the app refuses, or one with only «Vet ikke» answers', async () => {
    expect(await sharedResultFirstPaint('not-a-code', 'nb')).toBeNull();
    const code = await codeOf(await codeLess());
    expect(await sharedResultFirstPaint(code.slice(0, -6), 'nb')).toBeNull();
    const onlyDontKnow = Object.fromEntries(questions.slice(0, 3).map((q) => [q.id, DONT_KNOW]));
    expect(await sharedResultFirstPaint(await codeOf(onlyDontKnow), 'nb')).toBeNull();
  });

  it('hands its decoded link to the app, which shows the result in its first render', async () => {
    act(() => useSettingsStore.setState({ locale: 'nb' }));
    const code = await codeOf(archetypeAnswers(CATALOGUE, 'pac-man'));
    await sharedResultFirstPaint(code, 'nb');
    const { hook } = memoryLocation({ path: `/delt/${code}` });
    render(
      <Router hook={hook}>
        <SharedPage code={code} ResultView={ResultView} />
      </Router>,
    );
    // No «Leser lenken …» in between: the result is there at once.
    expect(screen.queryByText('Leser lenken …')).toBeNull();
    expect(screen.getByText(/^PAC-man har hele modellblandingen/)).toBeInTheDocument();
  });
});

async function codeLess(): Promise<Answers> {
  return archetypeAnswers(CATALOGUE, 'hybrid');
}
