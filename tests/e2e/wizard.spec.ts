import type { Page } from '@playwright/test';
import { CATALOGUE } from '../../src/domain/catalogue';
import { wizardSteps } from '../../src/domain/steps';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { control, tabTo } from './keyboard';
import { seedAnswers } from './seed';

const steps = wizardSteps(CATALOGUE);
const total = steps.length;
const half = Math.max(2, Math.ceil(total / 2));

/** Answers a step with the keyboard: Space, arrow keys, and arrow round to «Vet ikke». */
async function answerStepByKeyboard(page: Page, index: number) {
  const step = steps[index]!;
  for (const [i, q] of step.questions.entries()) {
    // The context fields are typed and ticked in journey.spec.ts's full walk.
    if (q.kind === 'context') continue;
    await tabTo(page, (el) => el.type === 'radio' && el.name === `answers.${q.id}`, q.id);
    // Vary the way of answering: Space picks the first, ArrowDown the second, ArrowUp wraps to «Vet ikke».
    const key = ['Space', 'ArrowDown', 'ArrowUp'][(index + i) % 3]!;
    await page.keyboard.press(key);
  }
}

/** The option each question got from answerStepByKeyboard, as its label. */
function expectedAnswer(index: number, i: number): { id: string; label: string } {
  const q = steps[index]!.questions[i]!;
  if (q.kind === 'context') return { id: '', label: '' };
  const which = (index + i) % 3;
  const option = which === 2 ? undefined : q.options[which]!;
  return option ? { id: option.id, label: option.label.nb } : { id: 'vet-ikke', label: 'Vet ikke' };
}

async function expectChecked(page: Page, index: number) {
  for (const [i, q] of steps[index]!.questions.entries()) {
    if (q.kind !== 'scored') continue;
    await expect(
      page
        .getByRole('radiogroup', { name: q.text.nb })
        .getByRole('radio', { name: expectedAnswer(index, i).label, exact: true }),
    ).toBeChecked();
  }
}

/** The answers of every step before `index`, as the keyboard would have left them. */
function answersBefore(index: number): Record<string, string> {
  const answers: Record<string, string> = {};
  for (let earlier = 1; earlier < index; earlier++) {
    for (const [i, q] of steps[earlier]!.questions.entries()) {
      if (q.kind === 'scored') answers[q.id] = expectedAnswer(earlier, i).id;
    }
  }
  return answers;
}

// The full walk through every step is journey.spec.ts; this one starts halfway, from saved answers.
test('keyboard only: answers made halfway survive a reload, and «Fortsett der du slapp» returns to them', async ({
  page,
}) => {
  const index = half - 1;
  await seedAnswers(page, { answers: answersBefore(index) }, index - 1);
  await page.goto(`./#/kartlegging/${index}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    new RegExp(`^Steg ${index} av ${total}: `),
  );
  await tabTo(page, control('Neste steg'), 'Neste steg');
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(new RegExp(`^Steg ${index + 1} av ${total}: `));
  await expect(heading).toBeFocused();
  await answerStepByKeyboard(page, index);
  await expectChecked(page, index);

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
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectChecked(page, index);
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
  // Each field says what is missing, and the message is read with the field.
  const required = 'Velg et svar, eller «Vet ikke» hvis du ikke vet.';
  await expect(page.getByText(required, { exact: true })).toHaveCount(questions.length);
  for (const q of questions) {
    await expect(page.getByRole('radiogroup', { name: q.text.nb })).toHaveAccessibleDescription(
      /Velg et svar, eller «Vet ikke» hvis du ikke vet\.$/,
    );
  }
  await expectNoAxeViolations(page, 'wizard step with validation errors');

  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const firstRadio = page
    .getByRole('radiogroup', { name: questions[0]!.text.nb })
    .getByRole('radio')
    .first();
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
