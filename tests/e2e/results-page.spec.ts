import type { Page } from '@playwright/test';
import { sampleAssessment } from '../../scripts/sample-assessment';
import { buildAssessmentFile, serializeAssessmentFile } from '../../src/domain/assessment-file';
import { CATALOGUE } from '../../src/domain/catalogue';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** A saved assessment of today's catalogue: a hybrid with a few «Vet ikke». */
function seededState() {
  return JSON.stringify({
    state: {
      assessment: sampleAssessment(CATALOGUE),
      desired: null,
      editing: 'today',
      snapshots: [],
      step: 8,
      createdAt: null,
      updatedAt: null,
      catalogueVersion: CATALOGUE.version,
    },
    version: 3,
  });
}

async function seed(page: Page) {
  await page.addInitScript((state) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('modellkart:assessment', state);
      sessionStorage.setItem('seeded', '1');
    }
  }, seededState());
}

const TEXTS = {
  nb: {
    language: 'Språk',
    menu: 'På denne siden',
    button: 'Gå til del',
    map: 'Modellkartet',
    heading: /^Dere ligner mest på /,
  },
  nn: {
    language: 'Språk',
    menu: 'På denne sida',
    button: 'Gå til del',
    map: 'Modellkartet',
    heading: /^De liknar mest på /,
  },
  en: {
    language: 'Language',
    menu: 'On this page',
    button: 'Go to section',
    map: 'The model map',
    heading: /^You are closest to /,
  },
} as const;

type Locale = keyof typeof TEXTS;

async function openResults(page: Page, locale: Locale) {
  await page.goto('./#/resultat');
  // The app is running once the result is there; then the language can be chosen.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXTS.nb.heading);
  if (locale !== 'nb') {
    await page.getByLabel('Språk').selectOption(locale);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXTS[locale].heading);
}

/** The names of the section menu's links, in order (on a phone the menu opens, then closes). */
async function sectionNames(page: Page, locale: Locale): Promise<string[]> {
  const menu = page.getByRole('navigation', { name: TEXTS[locale].menu });
  const button = menu.getByRole('button', { name: TEXTS[locale].button });
  const phone = await button.isVisible();
  if (phone) await button.click();
  await expect(menu.getByRole('link').nth(7)).toBeVisible();
  const names = await menu.getByRole('link').allTextContents();
  if (phone) await button.click();
  return names;
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  for (const locale of ['nb', 'nn', 'en'] as const) {
    test(`a compact header, the summary and the map within two screens, axe clean (${locale})`, async ({
      page,
    }) => {
      await seed(page);
      await openResults(page, locale);
      const first = (await sectionNames(page, locale))[0]!;
      const header = await page.getByRole('banner').boundingBox();
      expect(header!.height, 'header height').toBeLessThanOrEqual(72);

      const h1 = await page.getByRole('heading', { level: 1 }).boundingBox();
      const map = page.getByRole('figure', { name: TEXTS[locale].map });
      await expect(map).toBeVisible();
      const mapBox = await map.boundingBox();
      // The map's title and the start of its drawing are within two screens of the heading.
      expect(mapBox!.y + 200 - h1!.y, 'distance from the heading to the map').toBeLessThanOrEqual(
        2 * 740,
      );
      await expectNoAxeViolations(page, `results ${locale}`);

      // The section menu: a button that opens the list of sections.
      const menu = page.getByRole('navigation', { name: TEXTS[locale].menu });
      await menu.getByRole('button', { name: TEXTS[locale].button }).tap();
      await expect(menu.getByRole('link').first()).toBeVisible();
      // The open menu and a folded section are the same DOM in every language: scanned in nb.
      if (locale === 'nb') await expectNoAxeViolations(page, `section menu open ${locale}`);

      // A folded section: the button in its heading folds it; the heading stays.
      await menu.getByRole('button', { name: TEXTS[locale].button }).tap();
      const toggle = page.getByRole('heading', { level: 2, name: first }).getByRole('button');
      await toggle.tap();
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(map).toBeHidden();
      if (locale === 'nb') await expectNoAxeViolations(page, `section folded ${locale}`);
    });
  }

  test('every section is reached from the section menu by a tap', async ({ page }) => {
    await seed(page);
    await openResults(page, 'nb');
    const names = await sectionNames(page, 'nb');
    expect(names.length).toBeGreaterThanOrEqual(8);
    expect(names).toContain('Svar fra en fil');
    const menu = page.getByRole('navigation', { name: 'På denne siden' });
    for (const name of names) {
      await menu.getByRole('button', { name: 'Gå til del' }).tap();
      await menu.getByRole('link', { name, exact: true }).tap();
      const heading = page.getByRole('heading', { level: 2, name, exact: true });
      await expect(heading).toBeFocused();
      await expect(heading).toBeInViewport();
      // The menu stays at hand at the top of the screen.
      await expect(menu.getByRole('button', { name: 'Gå til del' })).toBeInViewport();
    }
    // The section's content is there once the menu has brought the reader to it.
    await expect(
      page
        .getByRole('region', { name: 'Svar fra en fil' })
        .getByText('Velg en JSON-fil fra Modellkart, eller slipp den her.'),
    ).toBeVisible();
  });

  test('every section is reached from the section menu by keyboard', async ({ page }) => {
    await seed(page);
    await openResults(page, 'nb');
    const names = await sectionNames(page, 'nb');
    expect(names.length).toBeGreaterThanOrEqual(8);
    const menu = page.getByRole('navigation', { name: 'På denne siden' });
    const button = menu.getByRole('button', { name: 'Gå til del' });
    for (const [i, name] of names.entries()) {
      await button.focus();
      await page.keyboard.press('Enter');
      // Tab from the button through the list to the section's link, then follow it with Enter.
      for (let k = 0; k <= i; k++) await page.keyboard.press('Tab');
      await expect(menu.getByRole('link', { name, exact: true })).toBeFocused();
      await page.keyboard.press('Enter');
      const heading = page.getByRole('heading', { level: 2, name, exact: true });
      await expect(heading).toBeFocused();
      await expect(heading).toBeInViewport();
    }
  });

  test('the dimension table reflows into one block per dimension, nothing cut off', async ({
    page,
  }) => {
    await seed(page);
    await openResults(page, 'nb');
    const table = page.getByRole('table', { name: 'Hvilken modell hver dimensjon trekker mot' });
    await table.scrollIntoViewIfNeeded();
    const box = await table.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    // Each dimension is a block: its cells stand under each other, not side by side.
    const cells = table.getByRole('row').nth(1).getByRole('cell');
    const [leaning, strength] = [
      await cells.nth(0).boundingBox(),
      await cells.nth(1).boundingBox(),
    ];
    expect(strength!.y).toBeGreaterThan(leaning!.y);
    expect(strength!.x + strength!.width).toBeLessThanOrEqual(360);
  });

  test('the menu in the header opens from a button and reaches every page', async ({ page }) => {
    await seed(page);
    await openResults(page, 'nb');
    const menuButton = page.getByRole('banner').getByRole('button', { name: 'Meny' });
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await menuButton.tap();
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    await expect(nav.getByRole('link', { name: 'Workshop' })).toBeVisible();
    await expectNoAxeViolations(page, 'header menu open');
    await nav.getByRole('link', { name: 'Start' }).tap();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/^Dere ligner/);
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  });

  test('«Hent svar fra fil» in the header menu opens the import by touch', async ({ page }) => {
    await seed(page);
    await openResults(page, 'nb');
    await page.getByRole('banner').getByRole('button', { name: 'Meny' }).tap();
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    await nav.getByRole('link', { name: 'Hent svar fra fil' }).tap();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hent svar fra fil');
    await expect(page.getByLabel('Hent svar fra fil')).toBeFocused();
    await expectNoAxeViolations(page, 'import page on a phone');
  });
});

test('«Hent svar fra fil» in the header menu leads by keyboard to the import, in every language', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await seed(page);
  await openResults(page, 'nb');
  // On a wide screen the menu is a row of links, with no button to open it.
  await expect(page.getByRole('banner').getByRole('button', { name: 'Meny' })).toBeHidden();
  const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
  const link = nav.getByRole('link', { name: 'Hent svar fra fil' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hent svar fra fil');
  await expect(page).toHaveTitle('Hent svar fra fil – Modellkart');
  await expect(link).toHaveAttribute('aria-current', 'page');
  // Focus is on the file control, so Enter or Space opens the file picker at once.
  const control = page.getByLabel('Hent svar fra fil');
  await expect(control).toBeFocused();
  await expectNoAxeViolations(page, 'import page (nb)');

  // Another language's texts load when it is chosen, and a new visit starts in it.
  await page.getByLabel('Språk').selectOption('nn');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hent svar frå fil');
  await expect(
    page.getByRole('banner').getByRole('link', { name: 'Hent svar frå fil' }),
  ).toBeVisible();
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Load answers from a file');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Load answers from a file');
  await expect(page).toHaveTitle('Load answers from a file – Modellkart');
  await expect(page.getByLabel('Load answers from a file')).toBeFocused();
  await expectNoAxeViolations(page, 'import page (en, after reload)');
});

test('the map’s «Last ned» menu opens inside the window at 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await seed(page);
  await openResults(page, 'nb');
  await page.getByRole('button', { name: 'Last ned Modellkartet' }).click();
  const item = page.getByRole('button', { name: /Lysbilde 16:9/ });
  await expect(item).toBeVisible();
  const menu = page.getByRole('list', { name: 'Last ned Modellkartet' });
  await expect(menu.getByRole('button')).toHaveCount(6);
  for (const button of await menu.getByRole('button').all()) {
    const box = await button.boundingBox();
    expect(box!.x + box!.width, (await button.textContent()) ?? '').toBeLessThanOrEqual(1280);
    expect(box!.x).toBeGreaterThanOrEqual(0);
  }
  await expectNoAxeViolations(page, 'export menu at 1280');
});

test('a file imported from the start page into an empty browser is used without asking', async ({
  page,
}) => {
  await page.goto('./');
  await page.waitForLoadState('networkidle'); // the prerendered page is hydrated
  const open = page.getByRole('button', { name: 'Har du svarene i en fil?' });
  await open.click();
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  const file = buildAssessmentFile({
    assessment: sampleAssessment(CATALOGUE),
    catalogue: CATALOGUE,
    createdAt: null,
    updatedAt: null,
  });
  await page.getByLabel('Hent svar fra fil').setInputFiles({
    name: 'svar.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serializeAssessmentFile(file)),
  });
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'svar.json' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Angre' })).toBeVisible();
  await expectNoAxeViolations(page, 'start page after import');
});
