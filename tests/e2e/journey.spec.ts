import type { Page } from '@playwright/test';
import { archetypeAnswers } from '../../src/domain/archetypes';
import { CATALOGUE } from '../../src/domain/catalogue';
import type { Locale } from '../../src/domain/locales';
import type { ReferenceId } from '../../src/domain/references';
import { REFERENCES } from '../../src/domain/references';
import { wizardSteps } from '../../src/domain/steps';
import { en } from '../../src/i18n/en';
import { nb } from '../../src/i18n/nb';
import { nn } from '../../src/i18n/nn';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { control, tabTo } from './keyboard';
import { seedAnswers } from './seed';

const MESSAGES = { nb, nn, en };
const BROWSER_LOCALE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
const steps = wizardSteps(CATALOGUE);

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
}

/** A model's archetype answers, saved as an earlier visit would have left them. */
function seedArchetype(page: Page, model: ReferenceId) {
  return seedAnswers(page, {
    answers: archetypeAnswers(CATALOGUE, model),
    context: { kommune: 'Testvik' },
  });
}

/** Answers one wizard step with the keyboard only, choosing the archetype option of a model. */
async function answerStep(page: Page, index: number, model: ReferenceId) {
  const answers = archetypeAnswers(CATALOGUE, model);
  for (const q of steps[index]!.questions) {
    if (q.kind === 'context') {
      // Every kind of context field: typed text, a choice and a tick box (Space picks the first).
      await tabTo(page, (el) => el.name === `context.${q.id}`, q.id);
      if (q.input === 'text') await page.keyboard.type('Testvik');
      else await page.keyboard.press('Space');
      continue;
    }
    await tabTo(page, (el) => el.type === 'radio' && el.name === `answers.${q.id}`, q.id);
    const index = q.options.findIndex((o) => o.id === answers[q.id]);
    // Space picks the focused (first) option; each ArrowDown moves to and picks the next.
    if (index === 0) await page.keyboard.press('Space');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  }
}

const journeys: { locale: Locale; model: ReferenceId }[] = [
  { locale: 'nb', model: 'hybrid' },
  { locale: 'nn', model: 'totalt' },
  { locale: 'en', model: 'en-dor-inn' },
];

const PAGES = [
  '',
  '#/kartlegging/1',
  '#/kartlegging/2',
  '#/oppsummering',
  '#/resultat',
  '#/workshop',
  '#/tilgjengelighet',
  '#/finnes-ikke',
  '#/workshop/finnes-ikke',
];

// The one full keyboard walk of the suite (other tests start from saved answers), the dialogs, the
// slides and axe on every distinct page in bokmål (the DOM is the same in every language); nynorsk
// and English get their start and results pages checked with axe, the way from the review to the
// results by keyboard, and every page's reflow.
for (const { locale, model } of journeys.filter((j) => j.locale === 'nb')) {
  test.describe(`${locale}`, () => {
    test.use({ locale: BROWSER_LOCALE[locale] });

    test(`keyboard only: start → wizard → results → export → back (${locale})`, async ({
      page,
    }) => {
      test.setTimeout(240_000);
      const m = MESSAGES[locale];
      const modelName = REFERENCES.find((r) => r.id === model)!.name[locale];

      await page.goto('./');
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1, name: m.start.title })).toBeVisible();
      await expectNoAxeViolations(page, `start ${locale}`);
      await tabTo(page, control(m.start.begin), 'the start button');
      await page.keyboard.press('Enter');

      for (let index = 0; index < steps.length; index++) {
        const heading = page.getByRole('heading', { level: 1 });
        await expect(heading).toContainText(
          m.wizard.progressText
            .replace('{step}', String(index + 1))
            .replace('{total}', String(steps.length)),
        );
        await expect(heading).toBeFocused();
        // The browser tab, the progress bar and the list of steps say where the user is.
        await expect(page).toHaveTitle(`${await heading.textContent()} – ${m.app.name}`);
        await expect(
          page.getByRole('progressbar', { name: m.wizard.progressLabel }),
        ).toHaveAttribute('value', String(index + 1));
        const stepList = page.getByRole('navigation', { name: m.wizard.steps.heading });
        await expect(stepList.getByRole('link')).toHaveCount(steps.length);
        await expect(stepList.locator('[aria-current="step"]')).toHaveText(
          new RegExp(`^${index + 1}\\. `),
        );
        await answerStep(page, index, model);
        if (index === 1) await expectNoAxeViolations(page, `wizard step ${locale}`);
        const last = index === steps.length - 1;
        await tabTo(page, control(last ? m.wizard.toReview : m.wizard.next), 'next');
        await page.keyboard.press('Enter');
      }

      const review = page.getByRole('heading', { level: 1, name: m.wizard.review.title });
      await expect(review).toBeFocused();
      await expect(page).toHaveTitle(`${m.app.nav.review} – ${m.app.name}`);
      await expect(page.getByText(m.wizard.review.allAnswered)).toBeVisible();
      const first = steps[1]!.questions[0]!;
      await expect(
        page.getByRole('link', {
          name: `${m.wizard.review.edit} ${m.wizard.review.editAbout.replace('{question}', first.text[locale])}`,
        }),
      ).toHaveAttribute('href', '#/kartlegging/2');
      await expectNoAxeViolations(page, `review ${locale}`);
      await tabTo(page, control(m.wizard.review.results), 'see the result');
      await page.keyboard.press('Enter');

      // The results page loads lazily; focus still lands on its heading, not on the page before.
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveText(m.results.heading.replace('{model}', modelName));
      await expect(heading).toBeFocused();
      await expect(page).toHaveTitle(`${m.app.nav.results} – ${m.app.name}`);
      await expectNoAxeViolations(page, `results ${locale}`);

      // An export, by keyboard: the answers as JSON.
      await tabTo(page, control(m.exporting.page.json), 'JSON export');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.keyboard.press('Enter'),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.json$/);

      // And back to the start page through the header link.
      await page.keyboard.press('Home');
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await tabTo(page, control(m.app.name), 'the home link');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: m.start.title })).toBeVisible();
      await expect(page.getByRole('link', { name: m.start.continue })).toBeVisible();
    });

    test(`dialogs and every presentation slide pass axe (${locale})`, async ({ page }) => {
      test.setTimeout(180_000);
      const m = MESSAGES[locale];
      await seedArchetype(page, model);

      await page.goto('./#/resultat');
      await page.getByRole('button', { name: m.exporting.page.share, exact: true }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page, `share dialog ${locale}`);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();

      const mapName = m.exporting.chart.names.map;
      await page
        .getByRole('button', { name: m.exporting.chart.downloadLabel.replace('{chart}', mapName) })
        .click();
      await expect(page.getByRole('button', { name: m.exporting.chart.svg })).toBeVisible();
      await expectNoAxeViolations(page, `chart download menu ${locale}`);
      await page.keyboard.press('Escape');

      // A leader presenting their own result: every slide, by keyboard.
      await page.goto('./#/workshop/presentasjon');
      const counter = page.getByText(
        new RegExp(
          m.workshop.present.counter.replace('{current}', '(\\d+)').replace('{total}', '(\\d+)'),
        ),
      );
      await expect(counter).toBeVisible();
      const total = Number((await counter.textContent())!.match(/(\d+)\D+(\d+)/)![2]);
      for (let slide = 1; slide <= total; slide++) {
        await expect(counter).toContainText(String(slide));
        await expectNoAxeViolations(page, `slide ${slide} ${locale}`);
        // Some slides reveal step by step: keep pressing until the counter moves on.
        for (let press = 0; press < 8 && slide < total; press++) {
          await page.keyboard.press('ArrowRight');
          if (
            !(await counter.textContent())!.startsWith(
              m.workshop.present.counter.split('{current}')[0] + String(slide) + ' ',
            )
          ) {
            break;
          }
        }
      }
    });

    test(`every page reflows at 320 px and passes axe (${locale})`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width: 320, height: 800 });
      await seedArchetype(page, model);
      for (const route of PAGES) {
        await page.goto(`./${route}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoHorizontalScroll(page);
        await expectNoAxeViolations(page, `${route || 'start'} ${locale} at 320 px`);
      }
    });
  });
}

for (const { locale, model } of journeys.filter((j) => j.locale !== 'nb')) {
  test.describe(`${locale}`, () => {
    test.use({ locale: BROWSER_LOCALE[locale] });

    test(`start and results pages pass axe; review → results by keyboard (${locale})`, async ({
      page,
    }) => {
      const m = MESSAGES[locale];
      const modelName = REFERENCES.find((r) => r.id === model)!.name[locale];
      await seedArchetype(page, model);

      await page.goto('./');
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1, name: m.start.title })).toBeVisible();
      await expectNoAxeViolations(page, `start ${locale}`);

      await page.goto('./#/oppsummering');
      await expect(
        page.getByRole('heading', { level: 1, name: m.wizard.review.title }),
      ).toBeVisible();
      await tabTo(page, control(m.wizard.review.results), 'see the result');
      await page.keyboard.press('Enter');
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveText(m.results.heading.replace('{model}', modelName));
      await expect(heading).toBeFocused();
      await expectNoAxeViolations(page, `results ${locale}`);
    });

    test(`every page reflows at 320 px (${locale})`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await seedArchetype(page, model);
      for (const route of PAGES) {
        await page.goto(`./${route}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoHorizontalScroll(page);
      }
    });
  });
}
