import { expect, expectNoAxeViolations, test } from './fixtures';

/** «Metode og kilder»: reached from the start page and from the source line under every page. */
const TEXTS = {
  nb: {
    startLink: 'Slik fungerer Modellkart: metode og kilder',
    title: 'Metode og kilder',
    warning: 'Når vises advarselen mot PAC-man?',
    own: 'Dette er vår egen tolkning',
  },
  nn: {
    startLink: 'Slik fungerer Modellkart: metode og kjelder',
    title: 'Metode og kjelder',
    warning: 'Når blir åtvaringa mot PAC-man vist?',
    own: 'Dette er vår eiga tolking',
  },
  en: {
    startLink: 'How Modellkart works: method and sources',
    title: 'Method and sources',
    warning: 'When is the warning against PAC-man shown?',
    own: 'What is our own interpretation',
  },
} as const;

for (const locale of ['nb', 'nn', 'en'] as const) {
  const text = TEXTS[locale];

  test(`the method page (${locale}) is reached by keyboard from the start page, names both reports and passes axe`, async ({
    page,
  }) => {
    await page.goto('./');
    await page.waitForLoadState('networkidle'); // hydrated
    if (locale !== 'nb') await page.getByLabel('Språk').selectOption(locale);
    const link = page.getByRole('main').getByRole('link', { name: text.startLink });
    await link.focus();
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/#\/metode$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.title);
    await expect(page).toHaveTitle(`${text.title} – Modellkart`);
    await expect(page.getByRole('heading', { level: 2, name: text.warning })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: text.own })).toBeVisible();
    const main = page.getByRole('main');
    await expect(
      main.getByText('«Bibliotek og borger – Du er altid velkommen!»', { exact: true }),
    ).toBeVisible();
    await expect(
      main.getByText(
        '«Modeller for samorganisering – beste praksis for bibliotek og innbyggertorg»',
        {
          exact: true,
        },
      ),
    ).toBeVisible();
    await expectNoAxeViolations(page, `method page ${locale}`);
  });
}

test('the source line under the results page leads to the method page', async ({ page }) => {
  await page.goto('./#/resultat');
  await page.waitForLoadState('networkidle');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Metode og kilder' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Metode og kilder');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});
