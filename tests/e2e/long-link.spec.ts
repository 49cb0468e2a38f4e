import { expect, expectNoAxeViolations, test } from './fixtures';

// The trace recorder copies the page's 2 MB address into every snapshot, on the page's main
// thread, which makes the test slow; it is off in this file. How long the app holds the main
// thread on this link is measured by `npm run latency` (scripts/input-latency.ts).
test.use({ trace: 'off' });

test('a 2 MB share link says «for lang»', async ({ page }) => {
  // The share page is loaded first, so the link arrives in a running app.
  await page.goto('./#/delt/Kari');
  await expect(page.getByText('Lenken er endret eller skadet. Be om en ny lenke.')).toBeVisible();
  await page.evaluate(() => {
    location.hash = `#/delt/${'A'.repeat(2_000_000)}`;
  });
  // Playwright itself is slow on a page with a 2 MB address.
  await expect(page.getByText(/for lang/)).toBeVisible({ timeout: 45_000 });
  await expectNoAxeViolations(page, 'share link too long');
});
