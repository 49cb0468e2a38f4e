import { expect, expectNoAxeViolations, test } from './fixtures';

test('the start page explains the tool and passes axe', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'De fire modellene' })).toBeVisible();
  await expectNoAxeViolations(page, 'start page');
});

const START_TITLE = 'Modellkart – bibliotek og innbyggertorg';

for (const { address, heading, link, home, homeTitle } of [
  {
    address: '#/finnes-ikke',
    heading: 'Fant ikke siden',
    link: /startsiden/i,
    home: /#\/?$/,
    homeTitle: START_TITLE,
  },
  // Shares its first part with the results page, and must not borrow its title.
  {
    address: '#/resultat/ekstra',
    heading: 'Fant ikke siden',
    link: /startsiden/i,
    home: /#\/?$/,
    homeTitle: START_TITLE,
  },
  {
    address: '#/workshop/ukjent',
    heading: 'Fant ikke workshopen',
    link: /workshopene/i,
    home: /#\/workshop\/?$/,
    homeTitle: 'Workshop – Modellkart',
  },
  // Deeper than any workshop page.
  {
    address: '#/workshop/a/b/c',
    heading: 'Fant ikke workshopen',
    link: /workshopene/i,
    home: /#\/workshop\/?$/,
    homeTitle: 'Workshop – Modellkart',
  },
]) {
  test(`an unknown address (${address}) says so, names the tab and leads on by keyboard`, async ({
    page,
  }) => {
    // Arriving from within the app, as from a stale link or bookmark in another tab of it.
    await page.goto('./');
    await page.waitForLoadState('networkidle'); // hydrated
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, address);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page).toHaveTitle(`${heading} – Modellkart`);
    await expectNoAxeViolations(page, address);
    // From the heading, where the app puts focus after a page change, the next Tab is the way on.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: link })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(home);
    // Leaving the page leaves its title behind, also within the workshop pages.
    await expect(page).toHaveTitle(homeTitle);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(heading);
  });
}
