import { expect, expectNoAxeViolations, test } from './fixtures';

test('the start page explains the tool and passes axe', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'De fire modellene' })).toBeVisible();
  await expectNoAxeViolations(page, 'start page');
});
