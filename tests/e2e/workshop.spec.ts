import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Assessment } from '../../src/domain/assessment-schema';
import { CATALOGUE } from '../../src/domain/catalogue';
import { scoredQuestions } from '../../src/domain/catalogue-schema';
import { REFERENCES } from '../../src/domain/references';
import { scoreAssessment } from '../../src/domain/scoring';
import { encodeShareCode } from '../../src/domain/share-code';
import { parseCsv } from '../../src/test/csv';
import { expect, expectNoAxeViolations, test } from './fixtures';

const ROLES = ['biblioteksjef', 'bibliotekansatt', 'innbyggertorgansatt'];

/** Twelve different participants, built from the real catalogue; roles cycle so each has 4. */
function participant(i: number): Assessment {
  const answers: Record<string, string> = {};
  scoredQuestions(CATALOGUE).forEach((q, j) => {
    answers[q.id] = q.options[(i * (j + 1) + j) % q.options.length]!.id;
  });
  return { answers, comments: {}, context: { rolle: ROLES[i % ROLES.length]! } };
}

const assessments = Array.from({ length: 12 }, (_, i) => participant(i));

test('a facilitator gathers twelve participants, sees the room and presents it', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  expect(new Set(assessments.map((a) => JSON.stringify(a))).size).toBe(12);
  const links = await Promise.all(
    assessments
      .slice(0, 8)
      .map(
        async (assessment) =>
          `${baseURL}#/delt/${await encodeShareCode({ v: 1, catalogueVersion: CATALOGUE.version, assessment })}`,
      ),
  );

  await page.goto('./#/workshop');
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop' })).toBeVisible();
  await page.getByLabel('Navn på workshopen').fill('Samling i Drammen');
  await page.getByRole('button', { name: 'Opprett workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samling i Drammen' })).toBeVisible();
  await expect(page.getByRole('img', { name: /QR-kode/ })).toBeVisible();
  await expect(page.getByLabel('Lenke for å bli med')).toHaveValue(/#\/workshop\/bli-med\//);

  // Eight links and one bad line.
  await page
    .getByLabel('Lim inn delingslenker eller koder, én per linje')
    .fill(
      [...links.slice(0, 4), 'https://example.org/ikke-en-lenke', ...links.slice(4)].join('\n'),
    );
  await page.getByRole('button', { name: 'Legg til fra lenkene' }).click();
  await expect(page.getByText('8 lagt til, 1 avvist.')).toBeVisible();
  await expect(
    page.getByText('Linje 5: Avvist: Linjen er ikke en delingslenke eller kode.'),
  ).toBeVisible();

  // Four answer files and one that is not an answer file.
  const files = assessments.slice(8).map((assessment, i) => ({
    name: `deltaker-${i + 9}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        type: 'modellkart-assessment',
        version: 1,
        catalogueVersion: CATALOGUE.version,
        createdAt: null,
        updatedAt: null,
        exportedAt: new Date().toISOString(),
        assessment,
      }),
    ),
  }));
  files.push({
    name: 'handleliste.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"type":"handleliste","varer":["melk"]}'),
  });
  await page.getByLabel(/Velg filer/).setInputFiles(files);
  await expect(page.getByText('4 lagt til, 1 avvist.')).toBeVisible();
  await expect(page.getByText(/handleliste\.json: Avvist: Filen er ikke en svarfil/)).toBeVisible();

  const table = page.getByRole('table', { name: 'Deltakerne i workshopen' });
  await expect(table.getByRole('row')).toHaveCount(13);

  // The room: map, role centres (4 per role ≥ 3), mix and disagreements.
  await expect(page.getByRole('heading', { name: 'Gruppekartet' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Gruppekartet' })).toBeVisible();
  await expect(page.getByText(/Gruppens senter ligger ved samorganisering/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Her er dere uenige' })).toBeVisible();
  // One item per disputed question; each also lists its answers, without a score of its own.
  const disagreements = page
    .getByRole('region', { name: 'Her er dere uenige' })
    .getByRole('listitem')
    .filter({ hasText: 'Uenighet: ' });
  expect(await disagreements.count()).toBeGreaterThan(0);
  await expect(disagreements.first().getByText(/^Uenighet: /)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Gruppens blanding' })).toBeVisible();
  // The mix as the slides show it: average share and the group's lowest and highest, in words.
  const mix = page.getByRole('table', { name: 'Andel per modell i gruppen' });
  await expect(mix.getByRole('row')).toHaveCount(6);
  await expect(mix.getByText(/^fra \d+\s%\stil \d+\s%$/)).toHaveCount(5);
  await expect(mix).not.toContainText('Midterste halvdel');
  await expectNoAxeViolations(page, 'workshop page');

  // Hide one, remove one and undo.
  await page.getByRole('button', { name: 'Fjern: Deltaker 3' }).click();
  await expect(table.getByRole('row')).toHaveCount(12);
  await page.getByRole('button', { name: 'Angre' }).click();
  await expect(table.getByRole('row')).toHaveCount(13);

  // Presentation: step through every slide with the keyboard.
  await page.getByRole('link', { name: 'Start presentasjonen' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const counter = dialog.getByText(/^Lysbilde \d+ av \d+$/);
  await expect(counter).toHaveText(/^Lysbilde 1 av \d+$/);
  const total = Number((await counter.textContent())!.match(/av (\d+)/)![1]);
  expect(total).toBeGreaterThanOrEqual(5);
  const titles: string[] = [];
  const seen = new Set<number>();
  const keys = ['ArrowRight', 'PageDown', ' '];
  for (let press = 0; press < 60; press++) {
    const current = Number((await counter.textContent())!.match(/Lysbilde (\d+)/)![1]);
    if (!seen.has(current)) {
      seen.add(current);
      titles.push((await dialog.getByRole('heading', { level: 1 }).textContent()) ?? '');
      await expectNoAxeViolations(page, `slide ${current}`);
    }
    if (current === total && press > 0) {
      const before = await dialog.innerText();
      await page.keyboard.press('ArrowRight');
      if ((await dialog.innerText()) === before) break;
      continue;
    }
    await page.keyboard.press(keys[press % keys.length]!);
  }
  expect(seen.size).toBe(total);
  // Long lists go on further slides («… (1 av 2)»), so every slide fits the screen.
  expect([...new Set(titles.map((title) => title.replace(/ \(\d+ av \d+\)$/, '')))]).toEqual([
    'De fire modellene',
    'Hvor står vi?',
    'Blandingen vår',
    'Her er vi uenige',
    'Spørsmål til samtalen',
  ]);
  expect(titles).toContain('Spørsmål til samtalen (2 av 2)');
  await expect(
    dialog.getByText('Hvis vi deler skranke: hvordan samkjører vi arbeidstid og avtaler?'),
  ).toBeVisible();

  await page.keyboard.press('Home');
  await expect(counter).toHaveText(`Lysbilde 1 av ${total}`);
  await page.keyboard.press('End');
  await expect(counter).toHaveText(`Lysbilde ${total} av ${total}`);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('b');
  await expect(dialog.getByRole('heading', { level: 1 })).toBeHidden();
  await page.keyboard.press('B');
  await expect(dialog.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Samling i Drammen' })).toBeVisible();

  // Reload: the workshop is intact.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Samling i Drammen' })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(13);
  await expect(page.getByRole('img', { name: 'Gruppekartet' })).toBeVisible();
});

test('a join link presets the workshop and role, then opens the wizard', async ({ page }) => {
  await page.goto('./#/workshop');
  await page.getByLabel('Navn på workshopen').fill('Høstsamling');
  await page.getByRole('button', { name: 'Opprett workshop' }).click();
  const field = page.getByLabel('Lenke for å bli med');
  // «Gjør klar lenken …» while the page looks for live; then the link.
  await expect(field).toHaveValue(/#\/workshop\/bli-med\//);
  const url = await field.inputValue();
  await page.goto(url);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bli med i workshopen «Høstsamling»' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'join page');
  await page.getByRole('button', { name: 'Start kartleggingen' }).click();
  await expect(page.getByText('Velg rollen din.')).toBeVisible();
  await page.getByRole('radio', { name: 'Politiker' }).check();
  await page.getByRole('button', { name: 'Start kartleggingen' }).click();
  await expect(page).toHaveURL(/#\/kartlegging\/1$/);
  const saved = await page.evaluate(() => localStorage.getItem('modellkart:assessment'));
  expect(JSON.parse(saved!).state.assessment.context).toMatchObject({
    workshop: 'Høstsamling',
    rolle: 'politiker',
  });
});

test('the workshop downloads: group CSV, group map SVG, group PDF and slides', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const questions = scoredQuestions(CATALOGUE);
  // The first six carry a desired situation too, as links from the share dialog now do.
  const links = await Promise.all(
    assessments.slice(0, 9).map(async (assessment, i) => {
      const desired: Assessment | null =
        i < 6 ? { ...assessment, answers: participant(i + 1).answers } : null;
      const code = await encodeShareCode({
        v: 1,
        catalogueVersion: CATALOGUE.version,
        assessment,
        ...(desired ? { desired } : {}),
      });
      return `${baseURL}#/delt/${code}`;
    }),
  );

  await page.goto('./#/workshop');
  await page.getByLabel('Navn på workshopen').fill('Nedlasting & <prøve>');
  await page.getByRole('button', { name: 'Opprett workshop' }).click();
  await page.getByLabel('Lenke for å bli med').waitFor();
  await page.getByLabel('Lim inn delingslenker eller koder, én per linje').fill(links.join('\n'));
  await page.getByRole('button', { name: 'Legg til fra lenkene' }).click();
  await expect(page.getByText('9 lagt til, 0 avvist.')).toBeVisible();
  // The desired states came along with the links.
  await expect(
    page.getByText(/6 deltakere svarte både for i dag og for ønsket situasjon/),
  ).toBeVisible();

  // CSV: a row per participant with name, role, date, versions, mix, point, leanings and answers.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Deltakerne som CSV' }).click();
  const csv = readFileSync((await (await csvDownload).path())!, 'utf8').replace(/^\uFEFF/, '');
  // Semicolons and decimal commas: what Excel set to Norwegian reads as columns and numbers.
  const rows = parseCsv(csv, ';');
  const header = rows[0]!;
  expect(header.slice(0, 7)).toEqual([
    'Deltaker',
    'Skjult',
    'Kommune',
    'Rolle',
    'Dato',
    'Spørsmålssett',
    'Beregning',
  ]);
  expect(rows).toHaveLength(1 + 9);
  const col = (name: string) => {
    expect(header, name).toContain(name);
    return header.indexOf(name);
  };
  rows.slice(1).forEach((row, i) => {
    expect(row).toHaveLength(header.length);
    const result = scoreAssessment(CATALOGUE, assessments[i]!.answers)!;
    expect(row[col('Spørsmålssett')]).toBe(CATALOGUE.version);
    expect(row[col('Samorganisering (0–100)')]).toBe(result.point.x.toFixed(1).replace('.', ','));
    expect(row[col('Samlokalisering (0–100)')]).toBe(result.point.y.toFixed(1).replace('.', ','));
    for (const r of REFERENCES) {
      expect(row[col(`${r.name.nb} (%)`)]).toBe(String(result.percent[r.id]));
    }
    const q = questions[0]!;
    const chosen = q.options.find((o) => o.id === assessments[i]!.answers[q.id]);
    expect(row[col(q.text.nb)]).toBe(chosen?.label.nb ?? '');
  });

  // SVG: parses as XML, self-contained, with the model names and the escaped workshop name.
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Gruppekartet som SVG' }).click();
  const svg = readFileSync((await (await svgDownload).path())!, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.nodeName,
      text: doc.documentElement.textContent ?? '',
    };
  }, svg);
  expect(parsed.error).toBe(0);
  expect(parsed.root).toBe('svg');
  for (const name of ['Totalt samarbeid', 'En dør inn', 'Hybrid samarbeid', 'PAC-man']) {
    expect(parsed.text).toContain(name);
  }
  expect(parsed.text).toContain('Nedlasting & <prøve>');
  expect(svg).not.toContain('<prøve>');
  expect(svg).not.toMatch(/href="https?:/);
  // Names are off: every participant is just «Deltaker».
  expect(parsed.text).not.toContain('Deltaker 1');

  // PDF: lazily built, real text that pdftotext can read.
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Last ned gruppesammendrag (PDF)' }).click();
  const pdfPath = (await (await pdfDownload).path())!;
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Nedlasting & <prøve>');
  expect(text).toContain('Gruppesammendrag');
  expect(text).toContain('9 deltakere er talt med.');
  expect(text).toContain('Gruppens blanding');
  expect(text).toContain('Her er dere uenige');
  // Roles are compared in role groups unless the facilitator chooses each role.
  expect(text).toMatch(/Bibliotek: 6 deltakere/);
  expect(text).toMatch(/Innbyggertorg: 3 deltakere/);
  expect(text).toContain('Hybrid samarbeid');
  expect(text).toMatch(/Side 1 av \d+/);
  expect(text).not.toContain('Deltaker 1');
  await expect(page.getByText(/gruppesammendrag\.pdf er lastet ned\./)).toBeVisible();

  // PowerPoint: the group's mix as a native chart, the map as a picture with alt text.
  const pptxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Gruppens resultat som PowerPoint (.pptx)' }).click();
  const pptx = unzipSync(readFileSync((await (await pptxDownload).path())!));
  const charts = Object.keys(pptx).filter((k) => /^ppt\/charts\/chart\d+\.xml$/.test(k));
  expect(charts).toHaveLength(1);
  const chartXml = new TextDecoder().decode(pptx[charts[0]!]!);
  expect(chartXml).toContain('<c:barChart>');
  expect(chartXml).toContain('Hybrid samarbeid');
  const slides = Object.keys(pptx)
    .filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k))
    .map((k) => new TextDecoder().decode(pptx[k]!))
    .join('');
  expect(slides).toContain('Workshop: Nedlasting &amp; &lt;prøve&gt;');
  expect(slides).toContain('Der dere er mest uenige');
  expect(slides).toMatch(/descr="[^"]*9 deltakere/);
  await expect(page.getByText(/presentasjon\.pptx er lastet ned\./)).toBeVisible();
});
