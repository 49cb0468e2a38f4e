import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE } from '../../src/domain/catalogue';
import { scoredQuestions } from '../../src/domain/catalogue-schema';
import { encodeShareCode } from '../../src/domain/share-code';
import { wizardSteps } from '../../src/domain/steps';
import { WORKSHOPS_VERSION } from '../../src/domain/workshop-schema';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { largeAnswerFile } from './large-inputs';

const KEY = 'modellkart:assessment';

// The trace recorder snapshots the page on its main thread, copying megabytes of test data into
// every snapshot, which makes these tests slow: it is off in this file.
test.use({ trace: 'off' });
const fixture = (name: string) =>
  readFileSync(join(process.cwd(), 'src/domain/formats/fixtures', name), 'utf8');

test('a 5 MB unreadable save that cannot be copied stays until the user has downloaded it', async ({
  page,
}) => {
  // Too large to parse, and too large to copy beside itself in a 10 MB storage.
  const raw = `{${'x'.repeat(4_500_000)}`;
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('e2e-seeded')) return;
      sessionStorage.setItem('e2e-seeded', '1');
      localStorage.setItem(key!, value!);
    },
    [KEY, raw],
  );
  await page.goto('./#/kartlegging/2');
  const notice = page.getByRole('alert', { name: 'Vi kunne ikke lese de lagrede svarene' });
  await expect(notice).toContainText('Vi fikk ikke lagret en kopi');
  await expectNoAxeViolations(page, 'rescue held');

  // An answer now is not saved over the original.
  const q = wizardSteps(CATALOGUE)[1]!.questions[0]!;
  if (q.kind !== 'scored') throw new Error('step 2 must start with a scored question');
  await page
    .getByRole('radiogroup', { name: q.text.nb })
    .getByRole('radio', { name: 'Vet ikke' })
    .check();
  expect(await page.evaluate((k) => localStorage.getItem(k)?.length, KEY)).toBe(raw.length);

  const downloading = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Last ned lagrede data' }).click();
  const download = await downloading;
  expect(readFileSync((await download.path())!, 'utf8')).toBe(raw);
  // The user has it: the answer given meanwhile is saved now.
  await expect
    .poll(() => page.evaluate((k) => localStorage.getItem(k)?.length ?? 0, KEY))
    .toBeLessThan(10_000);
  const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
  expect(saved.state.assessment.answers[q.id]).toBe('vet-ikke');
});

test('a workshop file with a repeated participant id is repaired, said so, and «Fjern» removes one', async ({
  page,
}) => {
  const file = JSON.parse(fixture('workshop-file-v1.json'));
  file.workshop.participants[1].id = file.workshop.participants[0].id;
  await page.goto('./#/workshop');
  await page.getByLabel('Velg workshopfil (JSON)').setInputFiles({
    name: 'workshop.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(
    page.getByText('Deltaker 2 hadde samme id som en annen deltaker og fikk en ny.'),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'workshop file repaired');

  await page.getByRole('link', { name: 'Workshop i Drammen' }).first().click();
  await page.getByRole('button', { name: 'Fjern: Kari' }).click();
  await expect(page.getByRole('button', { name: 'Fjern: Kari' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Fjern: Deltaker 2' })).toBeVisible();
  await page.getByRole('button', { name: 'Angre' }).click();
  await expect(page.getByRole('button', { name: 'Fjern: Kari' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Fjern: Deltaker 2' })).toBeVisible();
});

test('two tabs answering different questions at the same instant keep both answers', async ({
  context,
}) => {
  const [q1, q2] = wizardSteps(CATALOGUE)[1]!.questions;
  if (q1?.kind !== 'scored' || q2?.kind !== 'scored') throw new Error('two scored questions');
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('./#/kartlegging/2');
  await b.goto('./#/kartlegging/2');
  const radio = (page: typeof a, q: typeof q1) =>
    page.getByRole('radiogroup', { name: q.text.nb }).getByRole('radio', { name: 'Vet ikke' });
  await expect(radio(a, q1)).toBeVisible();
  await expect(radio(b, q2)).toBeVisible();
  await Promise.all([radio(a, q1).check(), radio(b, q2).check()]);
  for (const tab of [a, b]) {
    await expect(radio(tab, q1)).toBeChecked();
    await expect(radio(tab, q2)).toBeChecked();
  }
  const saved = JSON.parse((await a.evaluate((k) => localStorage.getItem(k), KEY))!);
  expect(saved.state.assessment.answers).toMatchObject({
    [q1.id]: 'vet-ikke',
    [q2.id]: 'vet-ikke',
  });
});

test('a share link and a file from catalogue 1.0.0 (frozen fixtures) still open', async ({
  page,
}) => {
  const { code } = JSON.parse(fixture('share-code-v1.json')) as { code: string };
  await page.goto(`./#/delt/${code}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Et delt resultat' })).toBeVisible();
  if (CATALOGUE.version !== '1.0.0') {
    await expect(page.getByText('Svarene er flyttet til et nyere spørsmålssett')).toBeVisible();
  }
  await expectNoAxeViolations(page, 'old share link');

  await page.goto('./#/resultat');
  await page.getByLabel('Hent svar fra fil').setInputFiles({
    name: 'svar.json',
    mimeType: 'application/json',
    buffer: Buffer.from(fixture('assessment-file-v1.json')),
  });
  // An empty browser has nothing to replace: the file's answers are taken at once.
  // The results page now shows the file's answers, its snapshot included.
  await expect(page.getByText(/Øyeblikksbildet «Vår 2025»/)).toBeVisible();
  if (CATALOGUE.version !== '1.0.0') {
    await expect(page.getByText('Svarene er flyttet til et nyere spørsmålssett')).toBeVisible();
  }
});

test('a large workshop file is read off the main thread and imported whole', async ({ page }) => {
  const file = JSON.parse(fixture('workshop-file-v1.json'));
  const [first] = file.workshop.participants;
  file.workshop.participants = Array.from({ length: 1900 }, (_, i) => ({
    ...first,
    id: `p${i}`,
    number: i + 1,
    name: `Deltaker med navn ${i + 1}`,
  }));
  file.workshop.nextNumber = 1901;
  const text = JSON.stringify(file);
  expect(text.length).toBeGreaterThan(500_000);
  await page.goto('./#/workshop');
  const worker = page.waitForEvent('worker');
  await page.getByLabel('Velg workshopfil (JSON)').setInputFiles({
    name: 'stor.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  expect((await worker).url()).toContain('file-parser.worker');
  await expect(page.getByText(/er hentet inn med 1900 deltakere/)).toBeVisible();
});

/** Puts values in localStorage before the app's first visit only (a reload keeps what it did). */
async function seedOnce(page: Page, values: Record<string, string>) {
  await page.addInitScript((entries: Record<string, string>) => {
    if (sessionStorage.getItem('e2e-seeded')) return;
    sessionStorage.setItem('e2e-seeded', '1');
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, values);
}

test('rescues kept on an earlier visit show on the next, until downloaded or deleted', async ({
  page,
}) => {
  const answersKey = 'modellkart:rescue:modellkart:assessment:2026-12-01T08:15:00.000Z';
  const workshopsKey = 'modellkart:rescue:modellkart:workshops:2026-12-02T09:30:00.000Z';
  await seedOnce(page, { [answersKey]: 'skadede svar', [workshopsKey]: 'skadede workshoper' });
  await page.goto('./');
  const answers = page.getByRole('alert', { name: 'Vi kunne ikke lese de lagrede svarene' });
  const workshops = page.getByRole('alert', {
    name: 'Vi kunne ikke lese de lagrede workshopene',
  });
  await expect(answers).toContainText('ved et tidligere besøk');
  await expect(answers).toContainText(/Funnet 1\. desember 2026/);
  await expect(workshops).toContainText(/Funnet 2\. desember 2026/);
  await expectNoAxeViolations(page, 'rescues from an earlier visit');

  // Closed, not acted on: shown again on the next visit.
  await answers.getByRole('button', { name: 'Lukk meldingen' }).click();
  await expect(answers).toBeHidden();
  await page.reload();
  await expect(answers).toBeVisible();
  await expect(workshops).toBeVisible();

  const downloading = page.waitForEvent('download');
  await answers.getByRole('button', { name: 'Last ned lagrede data' }).click();
  expect(readFileSync((await (await downloading).path())!, 'utf8')).toBe('skadede svar');
  await expect(answers).toContainText('Filen er lastet ned');
  await expectNoAxeViolations(page, 'rescue downloaded');
  await workshops.getByRole('button', { name: 'Slett kopien' }).click();
  await expect(workshops).toBeHidden();

  // Downloaded and deleted: the next visit deletes the downloaded copy and has nothing to say.
  await page.reload();
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('modellkart:rescue')),
      ),
    )
    .toEqual([]);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

const [known, withUnknownOption] = scoredQuestions(CATALOGUE);
const unknownAnswers = {
  'finnes-ikke': 'x',
  [withUnknownOption!.id]: 'ukjent',
  [known!.id]: known!.options[0]!.id,
};
const leftOutLines = [
  'et spørsmål som ikke finnes i dette spørsmålssettet',
  `et ukjent svaralternativ på «${withUnknownOption!.text.nb}»`,
];

test('a file with unknown answers is imported without them, and says so line by line', async ({
  page,
}) => {
  const file = JSON.parse(fixture('assessment-file-v1.json'));
  Object.assign(file, {
    catalogueVersion: CATALOGUE.version,
    assessment: { answers: unknownAnswers, comments: {}, context: {} },
    desired: null,
    snapshots: [],
  });
  await page.goto('./#/resultat');
  await page.getByLabel('Hent svar fra fil').setInputFiles({
    name: 'svar.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  const notice = page.getByRole('status').filter({ hasText: 'Noen svar i filen ble utelatt' });
  await expect(notice).toContainText('2 svar kunne ikke brukes og er utelatt:');
  await expect(notice.getByRole('listitem')).toHaveText(leftOutLines);
  await expect(page.locator('body')).not.toContainText('finnes-ikke');
  await expectNoAxeViolations(page, 'file imported in part');
  const saved = JSON.parse(
    (await page.evaluate(() => localStorage.getItem('modellkart:assessment')))!,
  );
  expect(saved.state.assessment.answers).toEqual({ [known!.id]: known!.options[0]!.id });
});

test('a share link with unknown answers shows the rest and says what was left out', async ({
  page,
}) => {
  const code = await encodeShareCode({
    v: 1,
    catalogueVersion: CATALOGUE.version,
    assessment: { answers: unknownAnswers, comments: {}, context: {} },
  });
  await page.goto(`./#/delt/${code}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Et delt resultat' })).toBeVisible();
  await expect(page.getByText('2 svar kunne ikke brukes og er utelatt:')).toBeVisible();
  for (const line of leftOutLines) {
    await expect(page.getByRole('listitem').filter({ hasText: line })).toBeVisible();
  }
  await expect(page.locator('body')).not.toContainText('finnes-ikke');
  await expectNoAxeViolations(page, 'share link used in part');
});

test("a 2 MB answer file is read off the page's main thread and its unknown answers are counted", async ({
  page,
}) => {
  // One known answer among 150,000 unknown ones, just under 2 MB. How long the app holds the main
  // thread on it is measured by `npm run latency` (scripts/input-latency.ts).
  const text = largeAnswerFile();
  await page.goto('./#/resultat');
  await expect(page.getByLabel('Hent svar fra fil')).toBeVisible();
  const worker = page.waitForEvent('worker');
  await page.getByLabel('Hent svar fra fil').setInputFiles({
    name: 'stor.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await worker;
  // The known answer is taken (the browser was empty); the rest is counted, not listed.
  const notice = page.getByRole('status').filter({ hasText: 'Noen svar i filen ble utelatt' });
  await expect(notice).toContainText('150000 svar kunne ikke brukes og er utelatt:', {
    timeout: 30_000,
  });
  await expect(notice.getByRole('listitem')).toHaveText([
    '150000 spørsmål som ikke finnes i dette spørsmålssettet',
  ]);
});

test('saved workshops repaired on reading are saved repaired, and the user is told once', async ({
  page,
}) => {
  const participant = (number: number, name: string) => ({
    id: 'samme-id',
    number,
    name,
    role: null,
    assessment: { answers: { [known!.id]: 'vet-ikke' }, comments: {}, context: {} },
    hidden: false,
    addedAt: '2026-12-01T10:00:00.000Z',
    source: 'manual',
    catalogueVersion: CATALOGUE.version,
  });
  const state = {
    workshops: [
      {
        id: 'w1',
        name: 'Workshop i Drammen',
        createdAt: '2026-12-01T10:00:00.000Z',
        updatedAt: '2026-12-01T10:00:00.000Z',
        nextNumber: 3,
        participants: [participant(1, 'Kari'), participant(2, 'Ola')],
      },
    ],
  };
  await seedOnce(page, {
    'modellkart:workshops': JSON.stringify({ state, version: WORKSHOPS_VERSION }),
  });
  await page.goto('./#/workshop');
  const notice = page.getByRole('status').filter({
    hasText: 'Noe i de lagrede workshopene er rettet',
  });
  await expect(notice).toContainText('Dette ble rettet i workshopen «Workshop i Drammen»:');
  await expect(notice.getByRole('listitem')).toHaveText([
    'Deltaker 2 hadde samme id som en annen deltaker og fikk en ny.',
  ]);
  await expectNoAxeViolations(page, 'saved workshops repaired');

  await page.getByRole('link', { name: 'Workshop i Drammen' }).first().click();
  await page.getByRole('button', { name: 'Fjern: Kari' }).click();
  await expect(page.getByRole('button', { name: 'Fjern: Ola' })).toBeVisible();

  // Told once: the repair was saved, so the next visit has nothing to put right.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Fjern: Ola' })).toBeVisible();
  await expect(page.getByText('Noe i de lagrede workshopene er rettet')).toBeHidden();
});
