import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildAssessmentFile, serializeAssessmentFile } from '../../src/domain/assessment-file';
import { CATALOGUE } from '../../src/domain/catalogue';
import { scoredQuestions } from '../../src/domain/catalogue-schema';
import { REFERENCES } from '../../src/domain/references';
import { scoreAssessment } from '../../src/domain/scoring';
import { expect, expectNoAxeViolations, test } from './fixtures';

const QUESTIONS = scoredQuestions(CATALOGUE);
const name = (id: string) => REFERENCES.find((r) => r.id === id)!.name.nb;

// Today: every question's first option; desired: every question's last option.
const today = {
  answers: Object.fromEntries(QUESTIONS.map((q) => [q.id, q.options[0]!.id])),
  comments: {},
  context: { kommune: 'Ås' },
};
const desired = {
  ...today,
  answers: Object.fromEntries(QUESTIONS.map((q) => [q.id, q.options.at(-1)!.id])),
};
const todayResult = scoreAssessment(CATALOGUE, today.answers)!;
const desiredResult = scoreAssessment(CATALOGUE, desired.answers)!;
const TODAY_MODEL = name(todayResult.ranking[0]!);
const TODAY_PERCENT = todayResult.percent[todayResult.ranking[0]!];
const DESIRED_MODEL = name(desiredResult.ranking[0]!);

function seed(page: Page, state: object | null) {
  return page.addInitScript(
    (saved) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      if (saved) localStorage.setItem('modellkart:assessment', saved);
    },
    state &&
      JSON.stringify({ state: { ...state, catalogueVersion: CATALOGUE.version }, version: 3 }),
  );
}

const savedWithDesired = {
  assessment: today,
  desired,
  editing: 'desired',
  snapshots: [],
  step: 7,
  createdAt: '2026-01-02T10:00:00.000Z',
  updatedAt: '2026-01-03T10:00:00.000Z',
};

async function download(page: Page, click: () => Promise<void>) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

test('the desired state says so where it shows; the report, CSV and link stay about today', async ({
  page,
}) => {
  expect(DESIRED_MODEL).not.toBe(TODAY_MODEL);
  await seed(page, savedWithDesired);
  await page.goto('./#/resultat');
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(`Ønsket situasjon: nærmest ${DESIRED_MODEL}`);
  await expect(page.getByText(/^Du ser på ønsket situasjon/)).toBeVisible();
  await expect(
    page.getByText(/^Rapporten, CSV-filen og lenken gjelder situasjonen i dag/),
  ).toBeVisible();
  // The map's caption names the same model as the heading.
  await expect(page.getByText(/Nærmeste modell er /).first()).toContainText(
    `Nærmeste modell er ${DESIRED_MODEL}.`,
  );
  await expectNoAxeViolations(page, 'results showing the desired state');

  // The report is about today, with today's figures, as its cover says.
  const pdf = await download(page, () =>
    page.getByRole('button', { name: 'Last ned rapport (PDF)' }).click(),
  );
  expect(pdf.name).toMatch(/^modellkart-as-rapport-\d{4}-\d{2}-\d{2}\.pdf$/);
  const file = join(tmpdir(), `desired-e2e-${Date.now()}.pdf`);
  writeFileSync(file, pdf.bytes);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Rapporten viser situasjonen i dag, sammenlignet med ønsket situasjon.');
  // The percentage may be set with a no-break space, as Intl formats it.
  expect(text).toMatch(new RegExp(`${TODAY_MODEL} \\(${TODAY_PERCENT}\\s%\\)`));
  expect(text).toContain(`${QUESTIONS.length} av ${QUESTIONS.length} spørsmål`);

  const csv = await download(page, () =>
    page.getByRole('button', { name: 'Last ned svarene som regneark (CSV)' }).click(),
  );
  expect(csv.name).toMatch(/^modellkart-as-svar-\d{4}-\d{2}-\d{2}\.csv$/);
  const firstRow = csv.bytes.toString('utf8').split('\n')[1]!;
  expect(firstRow).toContain(QUESTIONS[0]!.options[0]!.label.nb);
  expect(firstRow).not.toContain(QUESTIONS[0]!.options.at(-1)!.label.nb);

  // A chart downloads what it shows, named and titled as the desired state.
  const menuButton = page.getByRole('button', { name: 'Last ned Modellkartet – ønsket situasjon' });
  await menuButton.click();
  await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
  const svg = await download(page, () => page.getByRole('button', { name: /^SVG/ }).click());
  expect(svg.name).toMatch(/^modellkart-as-kart-onsket-\d{4}-\d{2}-\d{2}\.svg$/);
  expect(svg.bytes.toString('utf8')).toContain('Modellkartet – ønsket situasjon');
  // …and its point is labelled as the desired state, not «Dere er her».
  expect(svg.bytes.toString('utf8')).toContain('Ønsket situasjon');
  expect(svg.bytes.toString('utf8')).not.toContain('Dere er her');

  // Back to today: the heading says so, and focus is on it, not lost with the button.
  await page.getByRole('button', { name: 'Bytt til dagens situasjon' }).click();
  await expect(h1).toHaveText(`Dere ligner mest på ${TODAY_MODEL}`);
  await expect(h1).toBeFocused();
  await expect(page.getByText(/^Du ser på ønsket situasjon/)).toBeHidden();
  await expect(page.getByText(/^Rapporten, CSV-filen og lenken gjelder/)).toBeHidden();
});

test('with no result yet, answers come in from a file and focus moves to the result', async ({
  page,
}) => {
  await seed(page, null);
  await page.goto('./#/resultat');
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText('Ingen resultat ennå');
  const input = page.getByLabel('Hent svar fra fil');
  await expect(input).toBeVisible();
  await expectNoAxeViolations(page, 'empty results with import');

  // A bad file says why and leaves the page as it was.
  await input.setInputFiles({
    name: 'tull.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"type":'),
  });
  await expect(
    page.getByRole('status').filter({ hasText: 'Filen «tull.json» kunne ikke hentes inn' }),
  ).toBeVisible();
  await expect(h1).toHaveText('Ingen resultat ennå');

  const saved = buildAssessmentFile({
    assessment: today,
    catalogue: CATALOGUE,
    createdAt: null,
    updatedAt: null,
  });
  await input.setInputFiles({
    name: 'fra-forrige-pc.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serializeAssessmentFile(saved)),
  });
  // An empty browser has nothing to replace: no question is asked.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(h1).toHaveText(`Dere ligner mest på ${TODAY_MODEL}`);
  await expect(h1).toBeFocused();
});

test('the report button keeps focus while it works; undoing an import leaves focus on the picker', async ({
  page,
}) => {
  await seed(page, { ...savedWithDesired, desired: null, editing: 'today' });
  await page.goto('./#/resultat');
  const report = page.getByRole('button', { name: 'Last ned rapport (PDF)' });
  await report.focus();
  const pdf = await download(page, () => page.keyboard.press('Enter'));
  expect(pdf.name).toMatch(/\.pdf$/);
  await expect(report).toBeFocused();

  const input = page.getByLabel('Hent svar fra fil');
  await input.setInputFiles({
    name: 'annen.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      serializeAssessmentFile(
        buildAssessmentFile({
          assessment: desired,
          catalogue: CATALOGUE,
          createdAt: null,
          updatedAt: null,
        }),
      ),
    ),
  });
  await page.getByRole('dialog').getByRole('button', { name: 'Erstatt svarene' }).click();
  await page.getByRole('button', { name: 'Angre' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('De tidligere svarene er tilbake.')).toBeVisible();
  await expect(input).toBeFocused();
});
