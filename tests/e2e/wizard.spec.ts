import type { Page } from '@playwright/test';
import { CATALOGUE } from '../../src/domain/catalogue';
import { wizardSteps } from '../../src/domain/steps';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { control, tabTo } from './keyboard';

const steps = wizardSteps(CATALOGUE);
const total = steps.length;
const half = Math.max(2, Math.ceil(total / 2));

/** Answers a step with the keyboard: Space, arrow keys, and arrow round to «Vet ikke». */
async function answerStepByKeyboard(page: Page, index: number) {
  const step = steps[index]!;
  for (const [i, q] of step.questions.entries()) {
    if (q.kind === 'context') {
      if (q.input === 'text') {
        await tabTo(page, (el) => el.name === `context.${q.id}`, q.id);
        await page.keyboard.type('Testkommune');
      } else {
        await tabTo(page, (el) => el.name === `context.${q.id}`, q.id);
        await page.keyboard.press('Space');
      }
      continue;
    }
    await tabTo(page, (el) => el.type === 'radio' && el.name === `answers.${q.id}`, q.id);
    // Vary the way of answering: Space picks the first, ArrowDown the second, ArrowUp wraps to «Vet ikke».
    const key = ['Space', 'ArrowDown', 'ArrowUp'][(index + i) % 3]!;
    await page.keyboard.press(key);
  }
}

/** The option each question got from answerStepByKeyboard. */
function expectedAnswer(index: number, i: number): string {
  const q = steps[index]!.questions[i]!;
  if (q.kind === 'context') return '';
  const which = (index + i) % 3;
  return which === 0 ? q.options[0]!.id : which === 1 ? q.options[1]!.id : 'vet-ikke';
}

async function expectChecked(page: Page, index: number) {
  for (const [i, q] of steps[index]!.questions.entries()) {
    if (q.kind !== 'scored') continue;
    await expect(
      page.locator(`input[name="answers.${q.id}"][value="${expectedAnswer(index, i)}"]`),
    ).toBeChecked();
  }
}

test('keyboard only: start → every step → review, with a reload halfway', async ({ page }) => {
  await page.goto('./');
  await tabTo(page, control('Start kartleggingen'), 'the start button');
  await page.keyboard.press('Enter');

  for (let index = 0; index < total; index++) {
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(new RegExp(`^Steg ${index + 1} av ${total}: `));
    await expect(heading).toBeFocused();
    // The browser tab names the step too.
    await expect(page).toHaveTitle(`${await heading.textContent()} – Modellkart`);
    await expect(page.locator('progress')).toHaveAttribute('value', String(index + 1));
    const stepList = page.getByRole('navigation', { name: 'Alle steg' });
    await expect(stepList.getByRole('link')).toHaveCount(total);
    await expect(stepList.locator('[aria-current="step"]')).toHaveText(
      new RegExp(`^${index + 1}\\. `),
    );

    await answerStepByKeyboard(page, index);

    if (index === half - 1) {
      // Reload in the middle of the journey: same step, every answer still in place.
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        new RegExp(`^Steg ${index + 1} av ${total}: `),
      );
      for (let earlier = 1; earlier <= index; earlier++) {
        await page.goto(`./#/kartlegging/${earlier + 1}`);
        await expectChecked(page, earlier);
      }
      await page.goto('./');
      await tabTo(page, control('Fortsett der du slapp'), 'the continue button');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`#/kartlegging/${index + 1}$`));
      await expectChecked(page, index);
    }

    const next = index === total - 1 ? 'Gå til oppsummeringen' : 'Neste steg';
    await tabTo(page, control(next), next);
    await page.keyboard.press('Enter');
  }

  await expect(page).toHaveURL(/#\/oppsummering$/);
  const review = page.getByRole('heading', { level: 1, name: 'Oppsummering' });
  await expect(review).toBeFocused();
  await expect(page).toHaveTitle('Oppsummering – Modellkart');
  await expect(page.getByText('Du har svart på alle spørsmålene.')).toBeVisible();
  const first = steps[1]!.questions[0]!;
  await expect(
    page.getByRole('link', { name: `Endre svaret på «${first.text.nb}»` }),
  ).toHaveAttribute('href', '#/kartlegging/2');
  await tabTo(page, control('Se resultatet'), 'the results link');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/resultat$/);
  // The results page loads lazily; focus still lands on its heading, not on the page before it.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveTitle('Resultat – Modellkart');
});

test('a step with missing answers shows an error summary that leads to the fields', async ({
  page,
}) => {
  await page.goto('./#/kartlegging/2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Steg 2 av/);
  await expectNoAxeViolations(page, 'wizard step');

  await tabTo(page, control(total === 2 ? 'Gå til oppsummeringen' : 'Neste steg'), 'next');
  await page.keyboard.press('Enter');
  const summary = page.getByRole('region', { name: 'Dette må rettes før du kan gå videre' });
  await expect(summary).toBeFocused();
  await expect(page).toHaveURL(/#\/kartlegging\/2$/);
  const questions = steps[1]!.questions;
  await expect(summary.getByRole('link')).toHaveCount(questions.length);
  // Each question says what is missing, and its group describes itself with it.
  await expect(page.getByText('Velg et svar, eller «Vet ikke» hvis du ikke vet.')).toHaveCount(
    questions.length,
  );
  for (const q of questions) {
    await expect(page.getByRole('radiogroup', { name: q.text.nb })).toHaveAccessibleDescription(
      /Velg et svar, eller «Vet ikke» hvis du ikke vet\.$/,
    );
  }
  await expectNoAxeViolations(page, 'wizard step with validation errors');

  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const firstRadio = page.locator(`input[name="answers.${questions[0]!.id}"]`).first();
  await expect(firstRadio).toBeFocused();
  await expect(page.getByRole('radiogroup', { name: questions[0]!.text.nb })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(page).toHaveURL(/#\/kartlegging\/2$/);
});

test('the review page passes axe, and nothing scrolls sideways at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('./#/kartlegging/2');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: /Neste steg|Gå til oppsummeringen/ }).click();
  await expect(page.getByRole('region', { name: /Dette må rettes/ })).toBeVisible();
  const noSideScroll = () =>
    page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await noSideScroll()).toBe(true);

  const q = steps[1]!.questions[0]!;
  await page
    .getByRole('radiogroup', { name: q.text.nb })
    .getByRole('radio', { name: 'Vet ikke' })
    .check();
  await page.goto('./#/oppsummering');
  await expect(page.getByRole('heading', { level: 1, name: 'Oppsummering' })).toBeVisible();
  expect(await noSideScroll()).toBe(true);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectNoAxeViolations(page, 'review page');
});
