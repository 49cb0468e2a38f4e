import type { Locator, Page } from '@playwright/test';
import { CATALOGUE } from '../../src/domain/catalogue';
import { scoredQuestions } from '../../src/domain/catalogue-schema';
import { expect, expectNoAxeViolations, test } from './fixtures';

// Where focus goes after something on the results page disappears or opens: deleting a snapshot
// (and undoing it), saving one with a double click, and the share dialog.

const ANSWERS = Object.fromEntries(scoredQuestions(CATALOGUE).map((q) => [q.id, q.options[0]!.id]));
const PRIVACY = 'Kommentarene er med i lenken. Del den bare med dem som kan se dem.';

// Charts and axe runs on the whole results page: slow on a busy machine.
test.describe.configure({ timeout: 180_000 });

/** The results page with saved answers, comments and snapshots, as a previous visit left them. */
async function openResults(
  page: Page,
  { comments = {}, snapshots = [] }: { comments?: Record<string, string>; snapshots?: string[] },
) {
  await page.goto('./');
  await page.evaluate(
    ({ answers, comments, snapshots, catalogueVersion }) => {
      const assessment = { answers, comments, context: { kommune: 'Testvik' } };
      localStorage.setItem(
        'modellkart:assessment',
        JSON.stringify({
          version: 3,
          state: {
            catalogueVersion,
            assessment,
            desired: null,
            editing: 'today',
            snapshots: snapshots.map((label, i) => ({
              id: `snapshot-${i}`,
              label,
              createdAt: `2025-0${i + 1}-01T10:00:00.000Z`,
              variant: 'today',
              assessment,
            })),
            step: 7,
            createdAt: '2025-01-01T10:00:00.000Z',
            updatedAt: '2025-01-01T10:00:00.000Z',
          },
        }),
      );
    },
    { answers: ANSWERS, comments, snapshots, catalogueVersion: CATALOGUE.version },
  );
  // Only a hash change otherwise: reload so the app reads the saved answers.
  await page.goto('./#/resultat');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Dere ligner mest på /, {
    timeout: 30_000,
  });
}

const snapshotsSection = (page: Page) =>
  page
    .locator('section')
    .filter({ has: page.getByRole('heading', { level: 2, name: 'Øyeblikksbilder', exact: true }) });

const deleteButton = (section: Locator, label: string) =>
  section.getByRole('button', { name: `Slett øyeblikksbildet «${label}»` });

/** Presses Shift+Tab until `target` has focus, like a keyboard user going back to it. */
async function shiftTabTo(page: Page, target: Locator) {
  for (let i = 0; i < 50; i++) {
    await page.keyboard.press('Shift+Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('Shift+Tab never reached the target');
}

test('deleting a snapshot keeps focus in the list, says so, and can be undone', async ({
  page,
}) => {
  await openResults(page, { snapshots: ['A', 'B', 'C'] });
  const section = snapshotsSection(page);
  const rows = section
    .getByRole('table', { name: /Lagrede øyeblikksbilder/ })
    .getByRole('rowheader');
  await expect(rows).toHaveText(['1. A', '2. B', '3. C']);

  // Keyboard only: Enter on «Slett» for B, focus moves on to C's.
  await deleteButton(section, 'B').focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveText(['1. A', '2. C']);
  await expect(deleteButton(section, 'C')).toBeFocused();
  const status = section.getByRole('status');
  await expect(status).toContainText('Øyeblikksbildet «B» er slettet.');
  const undo = status.getByRole('button', { name: 'Angre slettingen av «B»' });
  await expect(undo).toBeVisible();
  await expectNoAxeViolations(page, 'snapshot deleted, with undo');

  // Back to «Angre» with the keyboard: B returns in its place, with focus on it.
  await shiftTabTo(page, undo);
  await page.keyboard.press('Enter');
  await expect(rows).toHaveText(['1. A', '2. B', '3. C']);
  await expect(status).toHaveText('Øyeblikksbildet «B» er tilbake.');
  await expect(deleteButton(section, 'B')).toBeFocused();

  // The last row: focus goes to the one before. The only row: to the section's heading.
  await deleteButton(section, 'C').focus();
  await page.keyboard.press('Enter');
  await expect(deleteButton(section, 'B')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(deleteButton(section, 'A')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(section.getByText('Ingen øyeblikksbilder ennå.')).toBeVisible();
  await expect(
    section.getByRole('heading', { level: 2, name: 'Øyeblikksbilder', exact: true }),
  ).toBeFocused();
  await expectNoAxeViolations(page, 'all snapshots deleted');

  // Still undoable, and saved: after a reload only the one put back is there.
  await status.getByRole('button', { name: 'Angre slettingen av «A»' }).click();
  await expect(rows).toHaveText(['1. A']);
  await page.reload();
  await expect(rows).toHaveText(['1. A']);
});

test('a double click on «Lagre øyeblikksbilde» saves one snapshot', async ({ page }) => {
  await openResults(page, {});
  const section = snapshotsSection(page);
  await section.getByLabel('Navn på øyeblikksbildet').fill('Før');
  await section.getByRole('button', { name: 'Lagre øyeblikksbilde' }).dblclick();
  await expect(section.getByRole('status')).toHaveText('Øyeblikksbildet «Før» er lagret.');
  const rows = section
    .getByRole('table', { name: /Lagrede øyeblikksbilder/ })
    .getByRole('rowheader');
  await expect(rows).toHaveText(['1. Før']);

  // Two separate presses are still two snapshots.
  await section.getByRole('button', { name: 'Lagre øyeblikksbilde' }).focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveText(['1. Før', '2. Øyeblikksbilde 2']);
  await page.keyboard.press('Enter');
  await expect(rows).toHaveText(['1. Før', '2. Øyeblikksbilde 2', '3. Øyeblikksbilde 3']);
});

test('the share dialog starts at its title and gives focus back to «Del»', async ({ page }) => {
  await openResults(page, {});
  const share = page.getByRole('button', { name: 'Del', exact: true });
  const dialog = page.getByRole('dialog', { name: 'Del resultatet' });
  const title = dialog.getByRole('heading', { name: 'Del resultatet' });

  // Opened from the keyboard, closed with Escape.
  await share.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(title).toBeFocused();
  // The link arrives a moment later and does not pull focus to itself or to «Lukk».
  const link = dialog.getByLabel('Lenke til resultatet');
  await expect(link).toHaveValue(/#\/delt\//);
  await expect(title).toBeFocused();
  await expectNoAxeViolations(page, 'share dialog just opened');
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();

  // Opened again, closed with «Lukk» from the keyboard.
  await page.keyboard.press('Enter');
  await expect(title).toBeFocused();
  await dialog.getByRole('button', { name: 'Lukk' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();
});

test('the share dialog warns about comments only when there are some', async ({ page }) => {
  await openResults(page, { comments: { [scoredQuestions(CATALOGUE)[0]!.id]: '  ' } });
  await page.getByRole('button', { name: 'Del', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Del resultatet' });
  await expect(dialog.getByLabel('Lenke til resultatet')).toHaveValue(/#\/delt\//);
  await expect(dialog.getByText(PRIVACY)).toHaveCount(0);
  await page.keyboard.press('Escape');

  await openResults(page, { comments: { [scoredQuestions(CATALOGUE)[0]!.id]: 'Felles kaffe' } });
  await page.getByRole('button', { name: 'Del', exact: true }).click();
  await expect(dialog.getByText(PRIVACY)).toBeVisible();
  await expectNoAxeViolations(page, 'share dialog with the comments warning');
});
