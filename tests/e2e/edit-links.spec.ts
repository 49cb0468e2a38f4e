import type { Locator, Page } from '@playwright/test';
import { CATALOGUE } from '../../src/domain/catalogue';
import { scoredQuestions } from '../../src/domain/catalogue-schema';
import { wizardSteps } from '../../src/domain/steps';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { control, tabTo } from './keyboard';

// Links that edit one answer open the wizard at that question, and «Tilbake til resultatet» goes
// back to the link; the desired state says so on every wizard step and the review page.

const QUESTIONS = scoredQuestions(CATALOGUE);
const STEPS = wizardSteps(CATALOGUE);
const stepOf = (id: string) => STEPS.findIndex((s) => s.questions.some((q) => q.id === id));
/** How far down its step a question is (0 = first). */
const placeInStep = (id: string) => STEPS[stepOf(id)]!.questions.findIndex((q) => q.id === id);
const byText = (text: string) => QUESTIONS.find((q) => q.text.nb === text);

// Today: every question's first option.
const TODAY = Object.fromEntries(QUESTIONS.map((q) => [q.id, q.options[0]!.id]));

// Charts and axe runs on the whole results page: slow on a busy machine.
test.describe.configure({ timeout: 180_000 });

/** Answers saved as a previous visit would have left them (once: a reload keeps what changed). */
async function seed(page: Page) {
  await page.addInitScript(
    (saved) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('modellkart:assessment', saved);
    },
    JSON.stringify({
      version: 3,
      state: { ...savedState(), catalogueVersion: CATALOGUE.version },
    }),
  );
}

function savedState() {
  return {
    assessment: { answers: TODAY, comments: {}, context: { kommune: 'Testvik' } },
    desired: null,
    editing: 'today',
    snapshots: [],
    step: 7,
    createdAt: '2025-01-01T10:00:00.000Z',
    updatedAt: '2025-01-01T10:00:00.000Z',
  };
}

/**
 * Writes down, for every frame just before it is painted, the address and what has focus: a frame
 * with focus on the h1 where it should be on a question is a flicker the user sees. A probe that
 * changes size in each frame's animation callbacks makes a ResizeObserver report after all of
 * them (and after layout), which is as close to the paint as a page can get.
 */
async function recordFocusPerFrame(page: Page) {
  await page.addInitScript(() => {
    const log: { hash: string; tag: string }[] = [];
    (window as unknown as { focusLog: typeof log }).focusLog = log;
    const start = () => {
      const probe = document.createElement('div');
      probe.style.cssText = 'position:fixed;left:-20px;top:0;width:1px;height:1px;';
      probe.setAttribute('aria-hidden', 'true');
      document.body.append(probe);
      new ResizeObserver(() => {
        log.push({ hash: location.hash, tag: document.activeElement?.tagName ?? '' });
      }).observe(probe);
      let wide = false;
      const frame = () => {
        wide = !wide;
        probe.style.width = wide ? '2px' : '1px';
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    };
    if (document.body) start();
    else document.addEventListener('DOMContentLoaded', start);
  });
}

/**
 * Waits until `count` more frames have been painted (and recorded), so a later move of focus, if
 * anything made one, would be in the record.
 */
async function afterFrames(page: Page, count = 10) {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const next = (left: number) =>
          left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1));
        next(count);
      }),
    count,
  );
}

async function framesAt(page: Page, hash: string) {
  const log = await page.evaluate(
    () => (window as unknown as { focusLog: { hash: string; tag: string }[] }).focusLog,
  );
  const frames = log.filter((f) => f.hash === hash);
  return { frames, h1: frames.filter((f) => f.tag === 'H1').length };
}

async function clearFrames(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { focusLog: unknown[] }).focusLog.length = 0;
  });
}

async function openResults(page: Page) {
  await page.goto('./#/resultat');
  await expect(page.getByRole('heading', { level: 2, name: 'Hvorfor her?' })).toBeVisible({
    timeout: 30_000,
  });
}

const section = (page: Page, name: string) =>
  page
    .locator('section')
    .filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });

/** Presses Shift+Tab until `target` has focus, like a keyboard user going back to it. */
async function shiftTabTo(page: Page, target: Locator) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Shift+Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('Shift+Tab never reached the target');
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
const windowTop = (target: Locator) => target.evaluate((el) => el.getBoundingClientRect().top);

/** The question's group in the wizard, by its legend. */
const group = (page: Page, text: string) => page.getByRole('radiogroup', { name: text });

test('«Endre svaret» in «Hvorfor her?» opens at the question, and the way back returns to the link', async ({
  page,
}) => {
  await seed(page);
  await recordFocusPerFrame(page);
  await openResults(page);
  // From here on the app's code arrives late, as on a slow connection (the wizard's code is not
  // loaded yet): focus must still end on the question.
  await page.route(/\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });

  // The «Hvorfor her?» link whose question is furthest down its step.
  const why = section(page, 'Hvorfor her?');
  const editLinks = why.getByRole('link', { name: /^Endre svaret på «/ });
  // The section's body mounts after its heading, when the page is idle.
  await expect(editLinks.first()).toBeAttached();
  const names = await editLinks.evaluateAll((links) =>
    links.map((a) => a.getAttribute('aria-label')!),
  );
  const question = names
    .map((name) => byText(name.replace(/^Endre svaret på «(.*)»$/, '$1'))!)
    .sort((a, b) => placeInStep(b.id) - placeInStep(a.id))[0]!;
  expect(placeInStep(question.id)).toBeGreaterThan(0);
  const stepHash = `#/kartlegging/${stepOf(question.id) + 1}`;
  const name = `Endre svaret på «${question.text.nb}»`;

  for (const trip of ['wizard code loads now', 'wizard code already loaded']) {
    const link = why.getByRole('link', { name, exact: true }).first();
    await link.scrollIntoViewIfNeeded();
    const topBefore = await windowTop(link);
    const scrollBefore = await scrollY(page);
    expect(scrollBefore, trip).toBeGreaterThan(0);

    // Keyboard: the link has focus, Enter follows it.
    await link.focus();
    await clearFrames(page);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${stepHash}$`));

    // Focus is on the chosen answer of that question, which is in view; not on the h1.
    const chosen = group(page, question.text.nb).getByRole('radio', {
      name: question.options[0]!.label.nb,
      exact: true,
    });
    await expect(chosen, trip).toBeFocused();
    await expect(chosen).toBeChecked();
    await expect(page.getByText(question.text.nb, { exact: true })).toBeInViewport();
    expect(await scrollY(page), trip).toBeGreaterThan(200);
    // It stays there, and was never on the heading, not even for a frame.
    await afterFrames(page);
    await expect(chosen, trip).toBeFocused();
    const arrived = await framesAt(page, stepHash);
    expect(arrived.frames.length, trip).toBeGreaterThan(0);
    expect(arrived.h1, `frames with focus on the h1 (${trip})`).toBe(0);

    // Arrow keys change the answer right there (and back, so the result stays as it was).
    await page.keyboard.press('ArrowDown');
    await expect(chosen).not.toBeChecked();
    await page.keyboard.press('ArrowUp');
    await expect(chosen).toBeChecked();

    // Back to the result: at the same link, at the same height in the window.
    const back = page.getByRole('link', { name: '← Tilbake til resultatet' });
    await shiftTabTo(page, back);
    await clearFrames(page);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/resultat$/);
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('aria-label', name);
    await expect(why.locator(':focus')).toHaveCount(1);
    await expect(focused).toBeInViewport();
    expect(Math.abs((await windowTop(focused)) - topBefore), trip).toBeLessThan(8);
    await afterFrames(page);
    await expect(focused).toHaveAttribute('aria-label', name);
    expect((await framesAt(page, '#/resultat')).h1, `frames on the h1 back (${trip})`).toBe(0);
  }
});

test('a changed answer can move the link: the way back still lands in its section', async ({
  page,
}) => {
  await seed(page);
  await openResults(page);
  const why = section(page, 'Hvorfor her?');
  const link = why.getByRole('link', { name: /^Endre svaret på «/ }).first();
  await link.scrollIntoViewIfNeeded();
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/kartlegging\/\d+$/);
  await expect(page.locator('input[type="radio"]:focus')).toHaveCount(1);
  // «Vet ikke» (the last option, one step up from the first) takes the answer out of the result.
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('input[type="radio"]:focus')).toHaveAttribute('value', 'vet-ikke');
  await shiftTabTo(page, page.getByRole('link', { name: '← Tilbake til resultatet' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/resultat$/);
  const focused = page.locator(':focus');
  await expect(focused).toBeInViewport();
  await expect(why.locator(':focus')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();
});

test('«Endre» in the dimension table opens the step at its heading; the way back returns to the row', async ({
  page,
}) => {
  await seed(page);
  await openResults(page);
  const link = page.getByRole('link', { name: /^Endre svarene om / }).nth(2);
  const name = (await link.getAttribute('aria-label'))!;
  await link.scrollIntoViewIfNeeded();
  const topBefore = await windowTop(link);
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/kartlegging\/4$/);
  // A whole step: its heading, as for any step change.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  await tabTo(page, control('← Tilbake til resultatet'), 'the way back');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/resultat$/);
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('aria-label', name);
  await expect(focused).toBeInViewport();
  expect(Math.abs((await windowTop(focused)) - topBefore)).toBeLessThan(8);
});

test('«Endre» on the review page opens at the question; moving between steps opens at the heading', async ({
  page,
}) => {
  await seed(page);
  await recordFocusPerFrame(page);
  await page.goto('./#/oppsummering');
  await expect(page.getByRole('heading', { level: 1, name: 'Oppsummering' })).toBeVisible({
    timeout: 30_000,
  });
  // The last question of the second dimension step: far down its page.
  const index = 2;
  const question = STEPS[index]!.questions.at(-1)!;
  const name = `Endre svaret på «${question.text.nb}»`;
  await tabTo(page, control(name), name);
  await clearFrames(page);
  await page.keyboard.press('Enter');
  const stepHash = `#/kartlegging/${index + 1}`;
  await expect(page).toHaveURL(new RegExp(`${stepHash}$`));

  const chosen = group(page, question.text.nb).getByRole('radio', {
    name: question.options[0]!.label.nb,
    exact: true,
  });
  await expect(chosen).toBeFocused();
  await expect(page.locator('legend', { hasText: question.text.nb })).toBeInViewport();
  expect(await scrollY(page)).toBeGreaterThan(200);
  await afterFrames(page);
  await expect(chosen).toBeFocused();
  expect((await framesAt(page, stepHash)).h1).toBe(0);
  await expectNoAxeViolations(page, 'wizard step opened at a question');

  // Ordinary step changes: the heading, at the top, also back on the question's own step.
  const heading = page.getByRole('heading', { level: 1 });
  await tabTo(page, control('Forrige steg'), 'Forrige steg');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/kartlegging/${index}$`));
  await expect(heading).toHaveText(new RegExp(`^Steg ${index} av`));
  await expect(heading).toBeFocused();
  await tabTo(page, control('Neste steg'), 'Neste steg');
  await clearFrames(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${stepHash}$`));
  await expect(heading).toHaveText(new RegExp(`^Steg ${index + 1} av`));
  await expect(heading).toBeFocused();
  await afterFrames(page);
  await expect(heading).toBeFocused();
  expect(await scrollY(page)).toBe(0);
  // The frame record sees a focused heading when there is one (so its zeros above mean something).
  expect((await framesAt(page, stepHash)).h1).toBeGreaterThan(0);
});

test('the desired state is named on every wizard step and the review; switching shows today', async ({
  page,
}) => {
  await seed(page);
  await openResults(page);
  await section(page, 'I dag og ønsket situasjon')
    .getByRole('button', { name: 'Fyll ut ønsket situasjon' })
    .click();
  await expect(page).toHaveURL(/#\/kartlegging\/2$/);

  const notice = page.getByText(/^Du ser på ønsket situasjon/);
  const switchToday = page.getByRole('button', { name: 'Bytt til dagens situasjon' });
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(/^Steg 2 av/);
  await expect(notice).toBeVisible();
  // Right under the heading and progress, before the questions.
  const before = await page.evaluate(
    ([progress, notice, firstQuestion]) => {
      const follows = (a: Node, b: Node) =>
        Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return follows(progress!, notice!) && follows(notice!, firstQuestion!);
    },
    [
      await page.getByRole('progressbar').elementHandle(),
      await notice.elementHandle(),
      await page.getByRole('radiogroup').first().elementHandle(),
    ],
  );
  expect(before).toBe(true);
  await expectNoAxeViolations(page, 'wizard step, desired state');

  // Change one answer in the desired state, with the keyboard.
  const question = STEPS[1]!.questions[0]!;
  const first = group(page, question.text.nb).getByRole('radio', {
    name: question.options[0]!.label.nb,
    exact: true,
  });
  const second = group(page, question.text.nb).getByRole('radio', {
    name: question.options[1]!.label.nb,
    exact: true,
  });
  await tabTo(page, (el) => el.type === 'radio' && el.name === `answers.${question.id}`, 'radio');
  await page.keyboard.press('ArrowDown');
  await expect(second).toBeChecked();

  // Every step says it.
  for (const step of [1, STEPS.length]) {
    await page.goto(`./#/kartlegging/${step}`);
    await expect(heading).toHaveText(new RegExp(`^Steg ${step} av`));
    await expect(notice).toBeVisible();
  }

  // The review page too, with the desired answer.
  await page.goto('./#/oppsummering');
  await expect(page.getByRole('heading', { level: 1, name: 'Oppsummering' })).toBeVisible();
  await expect(notice).toBeVisible();
  // The answer is the first definition after the question's term in the review's list.
  const answer = page
    .getByRole('term')
    .filter({ hasText: question.text.nb })
    .locator('xpath=following-sibling::dd[1]');
  await expect(answer).toHaveText(question.options[1]!.label.nb);
  await expectNoAxeViolations(page, 'review, desired state');

  // Back on the step, the switch keeps the step and shows today's answers.
  await tabTo(page, control(`Endre svaret på «${question.text.nb}»`), 'the edit link');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/kartlegging\/2$/);
  await expect(second).toBeFocused();
  await shiftTabTo(page, switchToday);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/kartlegging\/2$/);
  await expect(notice).toHaveCount(0);
  await expect(first).toBeChecked();
  await expect(second).not.toBeChecked();
  await expect(heading).toBeFocused();
  await expectNoAxeViolations(page, 'wizard step, back to today');
  // Saved state: today unchanged, the desired answer kept.
  const saved = await page.evaluate(
    () => JSON.parse(localStorage.getItem('modellkart:assessment')!).state,
  );
  expect(saved.editing).toBe('today');
  expect(saved.assessment.answers[question.id]).toBe(question.options[0]!.id);
  expect(saved.desired.answers[question.id]).toBe(question.options[1]!.id);

  // And the review, after switching there, shows today's answer.
  await page.goto('./#/resultat');
  await section(page, 'I dag og ønsket situasjon')
    .getByRole('button', { name: 'Endre ønsket situasjon' })
    .click();
  await page.goto('./#/oppsummering');
  await expect(notice).toBeVisible();
  await switchToday.focus();
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
  await expect(answer).toHaveText(question.options[0]!.label.nb);
  await expect(page.getByRole('heading', { level: 1, name: 'Oppsummering' })).toBeFocused();
  await expectNoAxeViolations(page, 'review, back to today');
});
