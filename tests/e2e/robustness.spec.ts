import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE } from '../../src/domain/catalogue';
import { wizardSteps } from '../../src/domain/steps';
import { expect, expectNoAxeViolations, test } from './fixtures';

const KEY = 'modellkart:assessment';
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
  expect((await worker).url()).toContain('workshop-file.worker');
  await expect(page.getByText(/er hentet inn med 1900 deltakere/)).toBeVisible();
});
