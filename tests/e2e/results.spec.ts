import { CATALOGUE } from '../../src/domain/catalogue';
import { scoredQuestions } from '../../src/domain/catalogue-schema';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** A saved v1 assessment (the oldest stored format), answered with each question's first option. */
function seededState() {
  const answers = Object.fromEntries(
    scoredQuestions(CATALOGUE).map((q) => [q.id, q.options[0]!.id]),
  );
  return JSON.stringify({
    state: {
      assessment: { answers, comments: {}, context: { kommune: 'Kongsberg', befolkning: 'tett' } },
      desired: null,
      editing: 'today',
      snapshots: [],
      step: 7,
      createdAt: null,
      updatedAt: null,
      catalogueVersion: CATALOGUE.version,
    },
    version: 3,
  });
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript((state) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('modellkart:assessment', state);
      sessionStorage.setItem('seeded', '1');
    }
  }, seededState());
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
    ]) {
      expect(svgText).toContain(label);
    }
    expect(svgText).toContain('(advart mot)');
    await expect(map.locator('.mk-map__marker--current')).toHaveCount(1);

    const mix = page.getByRole('figure', { name: 'Modellblandingen' });
    await expect(mix.locator('.mk-mix__bar')).toHaveCount(5);
    await mix.getByText('Vis som tabell').click();
    await expect(mix.getByRole('table', { name: 'Andel per modell' })).toBeVisible();
    await map.getByText('Vis som tabell').click();
    await expect(
      map.getByRole('table', { name: 'Punktene på modellkartet (0–100)' }),
    ).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Hvilken modell hver dimensjon trekker mot' }),
    ).toBeVisible();

    await page.locator('article.mk-result').screenshot({
      path: width === 1280 ? '/tmp/results.png' : `/tmp/results-${width}.png`,
    });

    // Nothing in the result is wider than the screen (no horizontal scrolling).
    const tooWide = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      return Array.from(document.querySelectorAll('article.mk-result *'))
        .filter((el) => el.getBoundingClientRect().right > limit + 1)
        .filter((el) => !el.closest('.mk-table-wrap'))
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
  await page.addInitScript(() => localStorage.removeItem('modellkart:assessment'));
  await page.goto('./#/resultat');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen resultat ennå' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Gå til kartleggingen' })).toBeVisible();
  await expectNoAxeViolations(page, 'results empty');
});
