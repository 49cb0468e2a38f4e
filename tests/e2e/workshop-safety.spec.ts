import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import type { Assessment } from '../../src/domain/assessment-schema';
import { CATALOGUE } from '../../src/domain/catalogue';
import { scoredQuestions } from '../../src/domain/catalogue-schema';
import { encodeShareCode } from '../../src/domain/share-code';
import { expect, expectNoAxeViolations, test } from './fixtures';

const WORKSHOPS_KEY = 'modellkart:workshops';
const ANSWERS_KEY = 'modellkart:assessment';

/** Different participants from the real catalogue (the same recipe as workshop.spec.ts). */
function participant(i: number): Assessment {
  const answers: Record<string, string> = {};
  scoredQuestions(CATALOGUE).forEach((q, j) => {
    answers[q.id] = q.options[(i * (j + 1) + j) % q.options.length]!.id;
  });
  return { answers, comments: {}, context: { rolle: 'biblioteksjef' } };
}

async function codes(from: number, count: number): Promise<string[]> {
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      encodeShareCode({
        v: 1,
        catalogueVersion: CATALOGUE.version,
        assessment: participant(from + i),
      }),
    ),
  );
}

const pasteBox = (page: Page) => page.getByLabel('Lim inn delingslenker eller koder, én per linje');
const participantRows = (page: Page) =>
  page.getByRole('table', { name: 'Deltakerne i workshopen' }).getByRole('row');

async function addByPasting(page: Page, lines: string[]) {
  await pasteBox(page).fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Legg til fra lenkene' }).click();
  await expect(page.getByText(`${lines.length} lagt til`)).toBeVisible();
}

async function createWorkshop(page: Page, name: string) {
  await page.getByLabel('Navn på workshopen').fill(name);
  await page.getByRole('button', { name: 'Opprett workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function twoTabs(context: BrowserContext): Promise<[Page, Page]> {
  return [await context.newPage(), await context.newPage()];
}

test('two tabs on the same workshop keep each other’s participants', async ({ context }) => {
  test.setTimeout(120_000);
  const [a, b] = await twoTabs(context);
  await a.goto('./#/workshop');
  await createWorkshop(a, 'To faner');
  await addByPasting(a, await codes(0, 3));
  await expect(participantRows(a)).toHaveCount(1 + 3);

  await b.goto(a.url());
  await expect(b.getByRole('heading', { level: 1, name: 'To faner' })).toBeVisible();
  await expect(participantRows(b)).toHaveCount(1 + 3);
  // Half-typed in tab B: reading tab A's save must not wipe it.
  await pasteBox(b).fill('halvferdig');

  await addByPasting(a, await codes(3, 3));
  await expect(participantRows(a)).toHaveCount(1 + 6);
  await expect(participantRows(b)).toHaveCount(1 + 6);
  await expect(pasteBox(b)).toHaveValue('halvferdig');

  await addByPasting(b, await codes(6, 2));
  await expect(participantRows(b)).toHaveCount(1 + 8);
  await expect(participantRows(a)).toHaveCount(1 + 8);

  await a.reload();
  await expect(participantRows(a)).toHaveCount(1 + 8);
  const saved = JSON.parse((await a.evaluate((k) => localStorage.getItem(k), WORKSHOPS_KEY))!);
  expect(saved.state.workshops[0].participants.map((p: { number: number }) => p.number)).toEqual([
    1, 2, 3, 4, 5, 6, 7, 8,
  ]);
});

test('a workshop created in one tab survives one created in the other', async ({ context }) => {
  const [a, b] = await twoTabs(context);
  await a.goto('./#/workshop');
  await b.goto('./#/workshop');
  await expect(a.getByRole('heading', { level: 1, name: 'Workshop' })).toBeVisible();
  await expect(b.getByRole('heading', { level: 1, name: 'Workshop' })).toBeVisible();
  await a.getByLabel('Navn på workshopen').fill('Fra fane A');

  await createWorkshop(b, 'Fra fane B');
  await expect(a.getByRole('link', { name: 'Fra fane B' })).toBeVisible();
  await expect(a.getByLabel('Navn på workshopen')).toHaveValue('Fra fane A');
  await a.getByRole('button', { name: 'Opprett workshop' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Fra fane A' })).toBeVisible();

  for (const tab of [a, b]) {
    await tab.goto('./#/workshop');
    await tab.reload();
    await expect(tab.getByRole('link', { name: 'Fra fane A' })).toBeVisible();
    await expect(tab.getByRole('link', { name: 'Fra fane B' })).toBeVisible();
  }
});

test('unreadable answers and workshops get a notice each, saying which', async ({ page }) => {
  await page.addInitScript(
    ([answers, workshops]) => {
      if (sessionStorage.getItem('e2e-seeded')) return;
      sessionStorage.setItem('e2e-seeded', '1');
      localStorage.setItem(answers!, '{"state":{},"version":99}');
      localStorage.setItem(workshops!, 'not json at all');
    },
    [ANSWERS_KEY, WORKSHOPS_KEY],
  );
  await page.goto('./#/workshop');
  const h1 = page.getByRole('heading', { level: 1, name: 'Workshop' });
  await expect(h1).toBeVisible();
  const answers = page.getByRole('alert', { name: 'Vi kunne ikke lese de lagrede svarene' });
  const workshops = page.getByRole('alert', { name: 'Vi kunne ikke lese de lagrede workshopene' });
  await expect(answers).toBeVisible();
  await expect(workshops).toBeVisible();
  await expect(workshops).toContainText('Det som var lagret i denne nettleseren');

  for (const [notice, file, raw] of [
    [answers, 'svar', '{"state":{},"version":99}'],
    [workshops, 'workshoper', 'not json at all'],
  ] as const) {
    const downloading = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Last ned lagrede data' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^modellkart-lagrede-${file}-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.txt$`),
    );
    expect(readFileSync((await download.path())!, 'utf8')).toBe(raw);
  }

  await expectNoAxeViolations(page, 'two storage notices');
  const order = await new AxeBuilder({ page }).withRules(['heading-order']).analyze();
  expect(order.violations).toEqual([]);

  // Closing with the keyboard: focus goes to the next notice, then to the page's heading.
  await answers.getByRole('button', { name: 'Lukk meldingen' }).focus();
  await page.keyboard.press('Enter');
  await expect(answers).toBeHidden();
  await expect(workshops).toBeFocused();
  await workshops.getByRole('button', { name: 'Lukk meldingen' }).focus();
  await page.keyboard.press('Enter');
  await expect(workshops).toBeHidden();
  await expect(h1).toBeFocused();
});

test('random text is a damaged link, not one from a newer version', async ({ page }) => {
  for (const word of ['Kari', 'hallo-verden', 'Anne']) {
    await page.goto(`./#/delt/${word}`);
    await expect(page.getByText('Lenken er endret eller skadet. Be om en ny lenke.')).toBeVisible();
    await expect(page.getByText(/nyere versjon/)).toBeHidden();
  }

  await page.goto('./#/workshop');
  await createWorkshop(page, 'Tekst');
  await pasteBox(page).fill('foo');
  await page.getByRole('button', { name: 'Legg til fra lenkene' }).click();
  await expect(page.getByText('Linje 1: Avvist: Lenken er skadet eller endret.')).toBeVisible();
  await expect(page.getByText(/nyere versjon/)).toBeHidden();
});
