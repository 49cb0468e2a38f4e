import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import type { Assessment } from '../../src/domain/assessment-schema';
import { CATALOGUE } from '../../src/domain/catalogue';
import { scoredQuestions } from '../../src/domain/catalogue-schema';
import { encodeShareCode } from '../../src/domain/share-code';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { control, focused, tabTo } from './keyboard';

const ROLES = ['biblioteksjef', 'bibliotekansatt', 'innbyggertorgansatt'];

function participant(i: number): Assessment {
  const answers: Record<string, string> = {};
  scoredQuestions(CATALOGUE).forEach((q, j) => {
    answers[q.id] = q.options[(i * (j + 1) + j) % q.options.length]!.id;
  });
  return { answers, comments: {}, context: { rolle: ROLES[i % ROLES.length]! } };
}

async function links(baseURL: string, count: number): Promise<string[]> {
  return Promise.all(
    Array.from(
      { length: count },
      async (_, i) =>
        `${baseURL}#/delt/${await encodeShareCode({
          v: 1,
          catalogueVersion: CATALOGUE.version,
          assessment: participant(i),
        })}`,
    ),
  );
}

async function createWorkshop(page: Page, name: string) {
  await page.goto('./#/workshop');
  await page.getByLabel('Navn på workshopen').fill(name);
  await page.getByRole('button', { name: 'Opprett workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function addLines(page: Page, lines: string[]) {
  await page.getByLabel('Lim inn delingslenker eller koder, én per linje').fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Legg til fra lenkene' }).focus();
  await page.keyboard.press('Enter');
}

/** Where focus is: the element's accessible-ish description, and whether it is in the slides. */
const where = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      inPresentation: Boolean(el?.closest('[role="dialog"]')),
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim().slice(0, 60),
    };
  });

test('the presentation keeps focus inside, blank or not, and Esc returns to its start button', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await createWorkshop(page, 'Fokus i rommet');
  await addLines(page, await links(baseURL!, 4));
  await expect(page.getByText('4 lagt til, 0 avvist.')).toBeVisible();

  await page.getByRole('link', { name: 'Start presentasjonen' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Fokus i rommet · 4 deltakere')).toBeVisible();

  // Round and round, both ways: never the footer, the header or the page body behind.
  const visited = new Set<string>();
  for (const key of [...Array(8).fill('Tab'), ...Array(8).fill('Shift+Tab')] as string[]) {
    await page.keyboard.press(key);
    const now = await where(page);
    expect(now.inPresentation, `${key} → ${now.tag} «${now.text}»`).toBe(true);
    visited.add(now.text);
  }
  for (const name of ['Forrige', 'Neste', 'Avslutt presentasjonen'])
    expect(visited).toContain(name);
  await expect(page.locator('header')).toHaveAttribute('inert', '');
  await expect(page.locator('footer')).toHaveAttribute('inert', '');

  // Blank: focus waits in the presentation, Tab cannot leave, B brings back the same button.
  await tabTo(page, control('Neste'), 'Neste');
  await page.keyboard.press('b');
  await expect(dialog.getByRole('heading', { level: 1 })).toBeHidden();
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    expect((await where(page)).inPresentation).toBe(true);
  }
  await page.keyboard.press('B');
  await expect(dialog.getByRole('heading', { level: 1 })).toBeVisible();
  expect((await focused(page)).text).toBe('Neste');

  // Enter on a button inside keeps the presentation open.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Start presentasjonen' })).toBeFocused();
  await expect(page.locator('[inert]')).toHaveCount(0);
});

test('presenting with no answers says so instead of «Én besvarelse»', async ({ page }) => {
  await page.goto('./#/workshop/presentasjon');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Mitt resultat · Ingen besvarelser ennå')).toBeVisible();
  // The four models come one by one; then the slide where the result would be.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('heading', { level: 1 })).toHaveText('Ingen svar å vise ennå');
  await expectNoAxeViolations(page, 'empty presentation');
});

test('focus lands somewhere sensible after every workshop action', async ({ page, baseURL }) => {
  test.setTimeout(150_000);
  await createWorkshop(page, 'Årsmøte på Ås');
  const good = await links(baseURL!, 6);
  // Ten lines, some rejected: the result list scrolls, and the keyboard must reach it.
  await addLines(page, [
    ...good.slice(0, 3),
    'ikke en lenke',
    good[0]!,
    ...good.slice(3),
    'https://example.org/',
    'enda en feil',
  ]);
  const summary = page.getByText('6 lagt til, 4 avvist.');
  await expect(summary).toBeVisible();
  // The paragraph that says it (the counts are in bold inside it).
  await expect(page.locator('p').filter({ has: summary })).toBeFocused();
  // aria-disabled, never disabled: a disabled button would have dropped focus to the page.
  await expect(page.getByRole('button', { name: 'Legg til fra lenkene' })).not.toHaveAttribute(
    'disabled',
  );
  await page.keyboard.press('Tab');
  await expect(page.getByRole('region', { name: 'Resultat av siste innlegging' })).toBeFocused();
  await expectNoAxeViolations(page, 'after pasting ten lines');

  // The paste results follow the language.
  await page.getByRole('combobox').first().selectOption('en');
  await expect(page.getByText('Line 1: Added as Participant 1.')).toBeVisible();
  await page.getByRole('combobox').first().selectOption('nb');
  await expect(page.getByText('Linje 1: Lagt til som Deltaker 1.')).toBeVisible();
  await expect(page.getByText('6 deltakere, 0 skjulte.')).toBeVisible();

  // Rename: save, cancel and Esc all give focus back to the row's rename button.
  await page.getByRole('button', { name: 'Gi nytt navn: Deltaker 2' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Nytt navn på Deltaker 2')).toBeFocused();
  await page.keyboard.type('Kari');
  await tabTo(page, control('Lagre'), 'Lagre');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Gi nytt navn: Kari' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, control('Avbryt'), 'Avbryt');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Gi nytt navn: Kari' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ola');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Gi nytt navn: Kari' })).toBeFocused();

  // Remove → «Angre»; undo → the row; remove again, then «Lukk» → the section heading.
  await page.getByRole('button', { name: 'Fjern: Deltaker 3' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Angre' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('rowheader', { name: 'Deltaker 3' })).toBeFocused();
  await page.getByRole('button', { name: 'Fjern: Deltaker 3' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Lukk' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Deltakere', exact: true }),
  ).toBeFocused();
  await expect(page.getByText('5 deltakere, 0 skjulte.')).toBeVisible();

  // Downloads: names keep the Norwegian letters readable; the PDF button keeps focus.
  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Deltakerne som CSV' }).click();
  expect((await csv).suggestedFilename()).toBe('arsmote-pa-as-deltakere.csv');
  const json = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Workshopen som fil (JSON)' }).click();
  expect((await json).suggestedFilename()).toBe('arsmote-pa-as.workshop.json');

  const pdfButton = page.getByRole('button', { name: 'Last ned gruppesammendrag (PDF)' });
  await pdfButton.focus();
  const pdf = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  await expect(pdfButton).toBeFocused();
  const download = await pdf;
  expect(download.suggestedFilename()).toBe('arsmote-pa-as-gruppesammendrag.pdf');
  await expect(page.getByText('arsmote-pa-as-gruppesammendrag.pdf er lastet ned.')).toBeVisible();
  await expect(pdfButton).toBeFocused();

  // The PDF keeps «Gruppens blanding» on the same page as its table.
  const pages = execFileSync('pdftotext', ['-layout', (await download.path())!, '-'], {
    encoding: 'utf8',
  }).split('\f');
  const mixPage = pages.find((p) => p.includes('Gruppens blanding'));
  expect(mixPage).toBeDefined();
  // Average and lowest–highest, as on the page and the slides; no box-plot quartiles.
  expect(mixPage).toContain('Laveste–høyeste');
  expect(mixPage).not.toContain('Midterste halvdel');
  expect(pages.join('')).toContain('5 deltakere er talt med.');

  // Back on the list: deleting a workshop puts focus on the next card, then on the heading.
  await page.goto('./#/workshop');
  await page.getByLabel('Navn på workshopen').fill('Andre samling');
  await page.getByRole('button', { name: 'Opprett workshop' }).click();
  await page.goto('./#/workshop');
  await expect(page.getByText(/^5 deltakere ·/)).toBeVisible();
  await expect(page.getByText(/^0 deltakere ·/)).toBeVisible();
  const names = await page
    .getByRole('region', { name: 'Workshopene dine' })
    .getByRole('heading', { level: 3 })
    .allTextContents();
  expect(names).toHaveLength(2);
  await page.getByRole('button', { name: `Slett ${names[0]}` }).focus();
  await page.keyboard.press('Enter');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: `Slett ${names[0]}` })
    .click();
  await expect(page.getByRole('link', { name: names[1] })).toBeFocused();
  await page.getByRole('button', { name: `Slett ${names[1]}` }).focus();
  await page.keyboard.press('Enter');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: `Slett ${names[1]}` })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Workshopene dine' })).toBeFocused();
});
