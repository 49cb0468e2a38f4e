import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { CATALOGUE } from '../../src/domain/catalogue';
import { scoredQuestions } from '../../src/domain/catalogue-schema';
import { REFERENCES } from '../../src/domain/references';
import { SCORING_VERSION } from '../../src/domain/scoring';
import { expect, expectNoAxeViolations, test } from './fixtures';

const STORAGE_KEY = 'modellkart:assessment';
const MUNICIPALITY = 'Kongsberg & <Nord> «Øst»';
const MODEL_NAMES = REFERENCES.map((r) => r.name.nb);
const QUESTIONS = scoredQuestions(CATALOGUE);

/** A saved assessment: every question gets its first option; one comment with markup in it. */
function seededState() {
  const answers = Object.fromEntries(QUESTIONS.map((q) => [q.id, q.options[0]!.id]));
  return JSON.stringify({
    state: {
      assessment: {
        answers,
        comments: { [QUESTIONS[0]!.id]: 'Vi deler <b>skranke</b> & "kaffe"' },
        context: { kommune: MUNICIPALITY },
      },
      desired: null,
      editing: 'today',
      snapshots: [],
      step: 7,
      createdAt: '2025-01-02T10:00:00.000Z',
      updatedAt: '2025-01-03T10:00:00.000Z',
      catalogueVersion: CATALOGUE.version,
    },
    version: 3,
  });
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript((state) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('modellkart:assessment', state);
      sessionStorage.setItem('seeded', '1');
    }
  }, seededState());
});

async function openResults(page: Page) {
  await page.goto('./#/resultat');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Dere ligner mest på /);
  await expect(page.getByRole('button', { name: 'Last ned rapport (PDF)' })).toBeVisible();
}

async function closestModel(page: Page): Promise<string> {
  const h1 = await page.getByRole('heading', { level: 1 }).textContent();
  return h1!.replace(/^Dere ligner mest på /, '').trim();
}

async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{ d: Download; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await d.path();
  return { d, bytes: readFileSync(path!) };
}

function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function savedState(page: Page) {
  return page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.state,
    STORAGE_KEY,
  );
}

async function chartMenu(page: Page, chart: string) {
  await page.getByRole('button', { name: `Last ned ${chart}` }).click();
}

test('every chart downloads as SVG, PNG 2×/3× and a 16:9 slide, with alt text', async ({
  page,
}) => {
  await openResults(page);
  for (const chart of ['Modellkartet', 'Modellblandingen', 'Dimensjon for dimensjon']) {
    await chartMenu(page, chart);
    const svg = await downloaded(page, () => page.getByRole('button', { name: /^SVG/ }).click());
    expect(svg.d.suggestedFilename()).toMatch(/\.svg$/);
    const text = svg.bytes.toString('utf8');
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        text: root.textContent ?? '',
        legend: doc.querySelector('.legend')?.textContent ?? '',
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        scripts: doc.getElementsByTagName('script').length,
      };
    }, text);
    expect(parsed.errors).toBe(0);
    expect(parsed.scripts).toBe(0);
    expect(parsed.legend).toContain('Tegnforklaring');
    expect(parsed.text).toContain(MUNICIPALITY);
    expect(parsed.text).toContain(`Spørsmålssett ${CATALOGUE.version}`);
    if (chart !== 'Dimensjon for dimensjon') {
      for (const name of MODEL_NAMES) expect(parsed.text).toContain(name);
    }

    for (const [label, scale] of [
      ['PNG, dobbel størrelse', 2],
      ['PNG, trippel størrelse', 3],
    ] as const) {
      await chartMenu(page, chart);
      const png = await downloaded(page, () => page.getByRole('button', { name: label }).click());
      expect(pngSize(png.bytes)).toEqual({
        width: parsed.width * scale,
        height: parsed.height * scale,
      });
    }
    await chartMenu(page, chart);
    const slide = await downloaded(page, () =>
      page.getByRole('button', { name: /^Lysbilde 16:9/ }).click(),
    );
    expect(pngSize(slide.bytes)).toEqual({ width: 1920, height: 1080 });
  }

  // Alt text in a labelled dialog; focus goes back to the menu button when it closes.
  await chartMenu(page, 'Modellblandingen');
  await page.getByRole('button', { name: 'Vis alternativ tekst' }).click();
  const dialog = page.getByRole('dialog', { name: 'Alternativ tekst til Modellblandingen' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Alternativ tekst')).toHaveValue(
    /^Stolpediagram som viser modellblandingen for Kongsberg/,
  );
  await expectNoAxeViolations(page, 'alt text dialog');
  await dialog.getByRole('button', { name: 'Lukk' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Last ned Modellblandingen' })).toBeFocused();
});

test('"Kopier bilde" copies a PNG where allowed and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openResults(page);
  await chartMenu(page, 'Modellkartet');
  await page.getByRole('button', { name: 'Kopier bilde' }).click();
  await expect(
    page.getByText(/Bildet er kopiert|Nettleseren lar ikke nettsiden kopiere bilder/),
  ).toBeVisible();
});

test('the PDF report has real text with the municipality and the closest model', async ({
  page,
}) => {
  await openResults(page);
  const model = await closestModel(page);
  const pdf = await downloaded(page, () =>
    page.getByRole('button', { name: 'Last ned rapport (PDF)' }).click(),
  );
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const file = join(tmpdir(), `export-e2e-${Date.now()}.pdf`);
  writeFileSync(file, pdf.bytes);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(text).toContain(MUNICIPALITY);
  expect(text).toContain(model);
  expect(text).toContain('Alle svar');
  expect(text).toContain('Vi deler <b>skranke</b> & "kaffe"');
  expect(text).toMatch(/Side 1 av \d+/);
  const pages = Number(/Side 1 av (\d+)/.exec(text)![1]);
  expect(text).toContain(`Side ${pages} av ${pages}`);
});

test('JSON round-trips; import asks first, can be undone, and a bad file changes nothing', async ({
  page,
}) => {
  await openResults(page);
  const original = await savedState(page);
  const json = await downloaded(page, () =>
    page.getByRole('button', { name: 'Last ned svarene (JSON)' }).click(),
  );
  const file = JSON.parse(json.bytes.toString('utf8'));
  expect(file).toMatchObject({
    type: 'modellkart-assessment',
    version: 1,
    catalogueVersion: CATALOGUE.version,
    createdAt: '2025-01-02T10:00:00.000Z',
    assessment: original.assessment,
  });

  // A different file replaces the answers only after confirmation, and "Angre" restores them.
  const changed = {
    ...file,
    assessment: { ...file.assessment, comments: { [QUESTIONS[1]!.id]: 'Ny kommentar' } },
  };
  const input = page.getByLabel('Hent svar fra fil');
  await input.setInputFiles({
    name: 'endret.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(changed)),
  });
  const confirm = page.getByRole('dialog', { name: /Vil du erstatte svarene dine/ });
  await expect(confirm).toBeVisible();
  await expectNoAxeViolations(page, 'import confirmation');
  await confirm.getByRole('button', { name: 'Erstatt svarene' }).click();
  await expect(page.getByText('Svarene fra «endret.json» er hentet inn.')).toBeVisible();
  expect((await savedState(page)).assessment.comments).toEqual({
    [QUESTIONS[1]!.id]: 'Ny kommentar',
  });
  await page.getByRole('button', { name: 'Angre' }).click();
  await expect(page.getByText('De tidligere svarene er tilbake.')).toBeVisible();
  expect(await savedState(page)).toEqual(original);

  // Importing the exported file gives back an identical state.
  await input.setInputFiles({
    name: 'original.json',
    mimeType: 'application/json',
    buffer: json.bytes,
  });
  await page.getByRole('dialog').getByRole('button', { name: 'Erstatt svarene' }).click();
  await expect(page.getByText('Svarene fra «original.json» er hentet inn.')).toBeVisible();
  const after = await savedState(page);
  expect({ ...after, step: original.step }).toEqual(original);

  // Bad files: each names its problem, and nothing changes.
  for (const [name, content, message] of [
    ['ødelagt.json', '{"type": "modellkart', 'Filen er ikke en JSON-fil'],
    ['annen.json', '{"type":"noe-annet"}', 'Filen er ikke en besvarelse fra Modellkart'],
    ['ny.json', JSON.stringify({ ...file, version: 9 }), 'nyere versjon av Modellkart'],
    // Nothing but answers to a question this question set lacks (its id is never shown).
    [
      'ukjent.json',
      JSON.stringify({
        ...file,
        assessment: { answers: { finnesikke: 'x' }, comments: {}, context: {} },
        desired: null,
        snapshots: [],
      }),
      'Ingen av svarene i filen hører til spørsmål i dette spørsmålssettet',
    ],
  ] as const) {
    await input.setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(content),
    });
    const alert = page
      .getByRole('status')
      .filter({ hasText: `Filen «${name}» kunne ikke hentes inn` });
    await expect(alert).toContainText(`Filen «${name}» kunne ikke hentes inn`);
    await expect(alert).toContainText(message);
    await expect(alert).not.toContainText('finnesikke');
    await expect(page.getByRole('dialog')).toBeHidden();
    expect(await savedState(page)).toEqual(after);
  }
  await expectNoAxeViolations(page, 'import error');
});

test('a file dropped on the import area is validated and confirmed the same way', async ({
  page,
}) => {
  await openResults(page);
  const before = await savedState(page);
  const drop = async (name: string, content: string) => {
    const transfer = await page.evaluateHandle(
      ([n, c]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([c], n, { type: 'application/json' }));
        return dt;
      },
      [name, content] as const,
    );
    // Dropped where the page says «slipp den her».
    await page
      .getByText('Velg en JSON-fil fra Modellkart, eller slipp den her.')
      .dispatchEvent('drop', { dataTransfer: transfer });
  };
  await drop('tull.json', 'ikke json');
  await expect(page.getByText('Filen er ikke en JSON-fil, eller den er skadet.')).toBeVisible();
  expect(await savedState(page)).toEqual(before);

  const file = {
    type: 'modellkart-assessment',
    version: 1,
    catalogueVersion: CATALOGUE.version,
    createdAt: null,
    updatedAt: null,
    exportedAt: '2025-01-04T10:00:00.000Z',
    assessment: { answers: {}, comments: {}, context: {} },
  };
  await drop('tom.json', JSON.stringify(file));
  const confirm = page.getByRole('dialog', { name: /Vil du erstatte svarene dine/ });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByText('Ingenting er endret.')).toBeVisible();
  expect(await savedState(page)).toEqual(before);
});

test('CSV has one row with the metadata, the results and every answer', async ({ page }) => {
  await openResults(page);
  const csv = await downloaded(page, () =>
    page.getByRole('button', { name: 'Last ned svarene som regneark (CSV)' }).click(),
  );
  const text = csv.bytes.toString('utf8').replace(/^\uFEFF/, '');
  // Semicolons: what Excel set to Norwegian splits on. The comment keeps its quotes and markup.
  expect(text.startsWith('Kommune;Rolle;Dato;Spørsmålssett;Beregning;')).toBe(true);
  expect(text).toContain(
    `\r\n${MUNICIPALITY};;2025-01-03;${CATALOGUE.version};${SCORING_VERSION};`,
  );
  expect(text).toContain(`Kommentar: ${QUESTIONS[0]!.text.nb}`);
  expect(text).toContain('"Vi deler <b>skranke</b> & ""kaffe"""');
  for (const q of QUESTIONS) expect(text).toContain(q.text.nb);
  expect(text.trim().split('\r\n')).toHaveLength(2);
});

test('a share link opened in a fresh browser shows the same mix; a bad link says so', async ({
  page,
  browser,
  baseURL,
}) => {
  await openResults(page);
  const model = await closestModel(page);
  const lead = await page.locator('h1 + p').first().textContent();
  await page.getByRole('button', { name: 'Del', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Del resultatet' });
  await expect(dialog).toBeVisible();
  const link = await dialog.getByLabel('Lenke til resultatet').inputValue();
  expect(link).toMatch(/#\/delt\/[A-Za-z0-9_-]+$/);
  await expect(
    dialog.getByRole('img', { name: 'QR-kode med lenken til resultatet' }),
  ).toBeVisible();
  const qr = await downloaded(page, () =>
    dialog.getByRole('button', { name: 'Last ned QR-kode (PNG)' }).click(),
  );
  expect(pngSize(qr.bytes).width).toBeGreaterThanOrEqual(400);
  await expectNoAxeViolations(page, 'share dialog');
  await dialog.getByRole('button', { name: 'Lukk' }).click();
  await expect(page.getByRole('button', { name: 'Del', exact: true })).toBeFocused();

  // A fresh context: no saved answers, nothing shared but the link.
  const fresh = await browser.newContext({ locale: 'nb-NO' });
  const other = await fresh.newPage();
  await other.goto(link.replace(/^https?:\/\/[^/]+\//, baseURL!));
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Et delt resultat');
  await expect(other.getByText(lead!.trim())).toBeVisible();
  await expect(other.getByText(model).first()).toBeVisible();
  expect(await other.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();

  // "Bruk disse svarene" asks first, then replaces; "Angre" restores the empty state.
  await other.getByRole('button', { name: 'Bruk disse svarene' }).click();
  await other.getByRole('dialog').getByRole('button', { name: 'Erstatt svarene' }).click();
  await expect(other.getByText('Svarene fra lenken er nå dine svar.')).toBeVisible();
  const used = await other.evaluate(
    (key) => JSON.parse(localStorage.getItem(key)!).state.assessment,
    STORAGE_KEY,
  );
  expect(used).toEqual((await savedState(page)).assessment);
  await other.getByRole('button', { name: 'Sammenlign med mine svar' }).click();
  await expect(
    other.getByRole('table', { name: /det delte resultatet og dine svar/ }),
  ).toBeVisible();
  await other.getByRole('button', { name: 'Angre' }).click();
  await expect(other.getByText('Dine tidligere svar er tilbake.')).toBeVisible();
  const restored = await other.evaluate(
    (key) => JSON.parse(localStorage.getItem(key)!).state.assessment,
    STORAGE_KEY,
  );
  expect(restored).toEqual({ answers: {}, comments: {}, context: {} });

  // Tampered and truncated links: a clear message, and the saved answers stay as they were.
  const code = link.split('#/delt/')[1]!;
  const before = await savedState(page);
  for (const [bad, message] of [
    [code.slice(0, Math.floor(code.length / 2)), 'Lenken er ikke kopiert helt'],
    [
      code.slice(0, -4) + (code.endsWith('AAAA') ? 'BBBB' : 'AAAA'),
      'Lenken er endret eller skadet',
    ],
  ] as const) {
    await page.goto(`./#/delt/${bad}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lenken kan ikke åpnes');
    await expect(page.getByRole('alert')).toContainText(message);
    expect(await savedState(page)).toEqual(before);
  }
  await expectNoAxeViolations(page, 'bad share link');
  await fresh.close();
});
