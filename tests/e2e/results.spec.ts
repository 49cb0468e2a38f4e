import { CATALOGUE } from '../../src/domain/catalogue';
import { scoredQuestions } from '../../src/domain/catalogue-schema';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { seedAnswers, STORAGE_KEY } from './seed';

/** Saved answers: each question's first option. */
test.beforeEach(async ({ page }) => {
  await seedAnswers(
    page,
    {
      answers: Object.fromEntries(scoredQuestions(CATALOGUE).map((q) => [q.id, q.options[0]!.id])),
      context: { kommune: 'Kongsberg', befolkning: 'tett' },
    },
    7,
  );
});

for (const width of [1280, 375]) {
  test(`the results page shows the model, charts and tables at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./#/resultat');

    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText(/^Dere ligner mest på /);
    for (const name of [
      'Hva resultatet betyr',
      'Blandingen og kartet',
      'Dimensjon for dimensjon',
      'Forslag til neste steg',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    await expect(page.getByText(/Svarene for Kongsberg plasserer dere nærmest/)).toBeVisible();

    const map = page.getByRole('figure', { name: 'Modellkartet' });
    await expect(map.getByRole('img', { name: 'Modellkartet' })).toBeVisible();
    // The drawing itself: both axes and all five references are labelled.
    const svgText = await map.locator('svg').first().textContent();
    for (const label of [
      'Samorganisering',
      'Samlokalisering',
      'Ingen samorganisering',
      'En dør inn',
      // The organisation's own point.
      'Dere er her',
    ]) {
      expect(svgText).toContain(label);
    }
    expect(svgText).toContain('(advart mot)');

    // The mix: one row per model, each with its share, adding up to 100 %.
    const mix = page.getByRole('figure', { name: 'Modellblandingen' });
    const shares = mix.getByRole('img', { name: 'Modellblandingen' }).getByText(/^\d+\s%$/);
    await expect(shares).toHaveCount(5);
    const percents = (await shares.allTextContents()).map((text) => parseInt(text, 10));
    expect(percents.reduce((sum, p) => sum + p, 0)).toBe(100);
    await mix.getByText('Vis som tabell').click();
    await expect(mix.getByRole('table', { name: 'Andel per modell' }).getByRole('row')).toHaveCount(
      6,
    );
    await map.getByText('Vis som tabell').click();
    const points = map.getByRole('table', { name: 'Punktene på modellkartet (0–100)' });
    await expect(points).toBeVisible();
    await expect(
      points.getByRole('row').filter({
        has: page.getByRole('cell', { name: 'Organisasjonen deres', exact: true }),
      }),
    ).toHaveCount(1);
    await expect(
      page.getByRole('table', { name: 'Hvilken modell hver dimensjon trekker mot' }),
    ).toBeVisible();

    const result = page.getByRole('article', { name: /^Dere ligner mest på / });
    await result.screenshot({
      path: width === 1280 ? '/tmp/results.png' : `/tmp/results-${width}.png`,
    });

    // Nothing in the result is wider than the screen (no horizontal scrolling).
    // Wide tables scroll inside their own box, which is what the page shows at that width.
    const tooWide = await result.evaluate((article) => {
      const limit = document.documentElement.clientWidth;
      return Array.from(article.querySelectorAll('*'))
        .filter((el) => el.getBoundingClientRect().right > limit + 1)
        .filter((el) => !el.closest('table'))
        .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`);
    });
    expect(tooWide).toEqual([]);

    await expectNoAxeViolations(page, `results ${width}px`);
  });
}

test('an edit link goes to that dimension step', async ({ page }) => {
  await page.goto('./#/resultat');
  const dims = page.getByRole('table', { name: 'Hvilken modell hver dimensjon trekker mot' });
  await dims.getByRole('link').first().click();
  await expect(page).toHaveURL(/#\/kartlegging\/2$/);
});

test('without answers the page points to the wizard', async ({ page }) => {
  await page.addInitScript((key) => localStorage.removeItem(key), STORAGE_KEY);
  await page.goto('./#/resultat');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen resultat ennå' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Gå til kartleggingen' })).toBeVisible();
  await expectNoAxeViolations(page, 'results empty');
});
