import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { archetypeAnswers } from '../../src/domain/archetypes';
import { CATALOGUE } from '../../src/domain/catalogue';
import { scoredQuestions } from '../../src/domain/catalogue-schema';
import type { Locale } from '../../src/domain/locales';
import { REFERENCES, type ReferenceId } from '../../src/domain/references';
import { buildSummary } from '../../src/domain/summary';
import { formatPercent } from '../../src/i18n/format';
import { en } from '../../src/i18n/en';
import { nb } from '../../src/i18n/nb';
import { nn } from '../../src/i18n/nn';
import { interpolate } from '../../src/i18n/translate';
import { parseCsv } from '../../src/test/csv';
import { expect, expectNoAxeViolations, test } from './fixtures';

const run = promisify(execFile);
const MESSAGES = { nb, nn, en };
const BROWSER_LOCALE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

// En dør inn in a sparsely populated place, with little cooperation in the house: two tensions.
const ASSESSMENT = {
  answers: {
    ...archetypeAnswers(CATALOGUE, 'en-dor-inn'),
    lokaler: 'samme-hus-egne-lokaler',
    'hvor-samarbeidet-skjer': 'lite-samarbeid',
  },
  comments: {},
  context: { kommune: 'Kongsberg', befolkning: 'spredt' },
};
const SUMMARY = buildSummary(CATALOGUE, ASSESSMENT)!;

test.beforeEach(async ({ page }) => {
  await page.addInitScript(
    (state) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('modellkart:assessment', state);
        sessionStorage.setItem('seeded', '1');
      }
    },
    JSON.stringify({
      state: {
        assessment: ASSESSMENT,
        desired: null,
        editing: 'today',
        snapshots: [],
        step: 7,
        createdAt: '2026-11-02T10:00:00.000Z',
        updatedAt: '2026-11-03T10:00:00.000Z',
        catalogueVersion: CATALOGUE.version,
      },
      version: 3,
    }),
  );
});

/** What every file must say, worked out from the domain and the message files. */
function expected(locale: Locale) {
  const m = MESSAGES[locale];
  const name = (id: ReferenceId) => REFERENCES.find((r) => r.id === id)!.name[locale];
  const share = (id: ReferenceId) => formatPercent(locale, SUMMARY.result.percent[id] / 100);
  const [first, second] = SUMMARY.top;
  const headline = second
    ? interpolate(m.office.summary.headlineTwo, {
        first: name(first),
        firstShare: share(first),
        second: name(second),
        secondShare: share(second),
      })
    : interpolate(m.office.summary.headlineOne, { first: name(first), firstShare: share(first) });
  const rules = m.insight.tensions.rules as Record<string, { title: string }>;
  const actions = m.insight.actions as Record<string, string>;
  return {
    headline,
    models: SUMMARY.top.map((id) => `${name(id)} (${share(id)})`),
    tensions: SUMMARY.tensions.map((t) => rules[t.rule.id]!.title),
    steps: SUMMARY.steps.map((s) => actions[s.action]!),
  };
}

/** Text as a reader sees it: line breaks and runs of spaces are just spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  return flat(stdout);
}

async function save(page: Page, dir: string, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

for (const locale of ['nb', 'nn', 'en'] as const) {
  test.describe(locale, () => {
    test.use({ locale: BROWSER_LOCALE[locale] });

    test(`PDF, summary, Word, PowerPoint and CSV hold the headline, models, tensions and steps (${locale})`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      const m = MESSAGES[locale];
      const want = expected(locale);
      expect(want.tensions.length).toBe(2);
      expect(want.steps.length).toBeGreaterThan(0);
      const dir = mkdtempSync(join(tmpdir(), `office-e2e-${locale}-`));
      try {
        await page.goto('./#/resultat');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const pdf = await save(page, dir, m.exporting.page.pdf);
        const summary = await save(page, dir, m.office.buttons.summary);
        const docx = await save(page, dir, m.office.buttons.docx);
        const pptx = await save(page, dir, m.office.buttons.pptx);
        const csv = await save(page, dir, m.exporting.page.csv);
        await expect(page.getByRole('status').filter({ hasText: /\.csv/ })).toBeVisible();
        // The page with its download messages is the same DOM in every language: scanned in nb.
        if (locale === 'nb') {
          await expectNoAxeViolations(page, `results with the Office downloads (${locale})`);
        }

        const part = m.exporting.files.parts;
        expect(docx).toMatch(
          new RegExp(`modellkart-kongsberg-${part.report}-\\d{4}-\\d{2}-\\d{2}\\.docx$`),
        );
        expect(pptx).toMatch(/\.pptx$/);
        expect(summary).toMatch(new RegExp(`-${part.summary}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));

        // The PowerPoint's mix is a native chart, not a picture of one.
        const entries = unzipSync(readFileSync(pptx));
        const charts = Object.keys(entries).filter((k) => /^ppt\/charts\/chart\d+\.xml$/.test(k));
        expect(charts).toHaveLength(1);
        const chartXml = new TextDecoder().decode(entries[charts[0]!]!);
        expect(chartXml).toContain('<c:barChart>');
        expect(chartXml).toContain(REFERENCES.find((r) => r.id === SUMMARY.top[0])!.name[locale]);

        // LibreOffice opens the Word and PowerPoint files, both in one start of it (its own
        // profile; the deck is copied under another name, as the two share one but for the
        // extension and would be converted to the same PDF).
        const deck = join(dir, 'deck.pptx');
        copyFileSync(pptx, deck);
        const profile = mkdtempSync(join(tmpdir(), 'lo-'));
        const out = join(dir, 'converted');
        try {
          await run(
            'soffice',
            [
              `-env:UserInstallation=file://${profile}`,
              '--headless',
              '--convert-to',
              'pdf',
              '--outdir',
              out,
              docx,
              deck,
            ],
            { timeout: 150_000 },
          );
        } finally {
          rmSync(profile, { recursive: true, force: true });
        }
        const docxPdf = join(out, basename(docx).replace(/\.docx$/, '.pdf'));
        const pptxPdf = join(out, 'deck.pdf');

        const texts = {
          pdf: await pdfText(pdf),
          summary: await pdfText(summary),
          docx: await pdfText(docxPdf),
          pptx: await pdfText(pptxPdf),
        };
        for (const [kind, text] of Object.entries(texts)) {
          expect(text, kind).toContain(flat(want.headline));
          for (const model of want.models) expect(text, kind).toContain(flat(model));
          for (const tension of want.tensions) expect(text, kind).toContain(flat(tension));
          for (const step of want.steps) expect(text, kind).toContain(flat(step));
        }
        // The full report adds «Hvorfor her?» and the reflections under their own headings.
        expect(texts.pdf).toContain(m.insight.whyHere.title);
        expect(texts.pdf).toContain(m.office.report.reflectionsHeading);
        expect(texts.docx).toContain(m.insight.whyHere.title);
        // The summary is one page, with its sources.
        const { stdout: info } = await run('pdfinfo', [summary]);
        expect(info).toMatch(/Pages:\s+1\n/);
        expect(texts.summary).toContain('Bibliotek og borger – Du er altid velkommen!');

        // CSV: one row with metadata, shares, point and leanings, then the answers.
        const separator = locale === 'en' ? ',' : ';';
        const [header, row, ...rest] = parseCsv(
          readFileSync(csv, 'utf8').replace(/^\uFEFF/, ''),
          separator,
        );
        expect(rest).toEqual([]);
        const cell = (name: string) => row![header!.indexOf(name)];
        expect(cell(m.office.csv.municipality)).toBe('Kongsberg');
        expect(cell(m.office.csv.date)).toBe('2026-11-03');
        expect(cell(m.office.csv.catalogue)).toBe(CATALOGUE.version);
        for (const r of REFERENCES) {
          const column = interpolate(m.office.csv.share, { model: r.name[locale] });
          expect(cell(column)).toBe(String(SUMMARY.result.percent[r.id]));
        }
        const x = SUMMARY.result.point.x.toFixed(1);
        expect(cell(m.office.csv.x)).toBe(locale === 'en' ? x : x.replace('.', ','));
        const q = scoredQuestions(CATALOGUE).find((x) => x.id === 'hvor-samarbeidet-skjer')!;
        expect(cell(q.text[locale])).toBe(
          q.options.find((o) => o.id === 'lite-samarbeid')!.label[locale],
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

test('a failed export says so, and the next one works', async ({ page }) => {
  await page.goto('./#/resultat');
  const word = page.getByRole('button', { name: nb.office.buttons.docx, exact: true });
  await expect(word).toBeVisible();
  // No more code can be fetched (as when offline before the Word builder was cached).
  await page.route(/\.js$/, (route) => route.abort());
  await word.click();
  // The export's own alert: a section that loads later may fail too, and says so in its place.
  const alert = page.getByRole('group', { name: nb.results.actionsLabel }).getByRole('alert');
  await expect(alert).toHaveText(
    interpolate(nb.office.status.failed, { kind: nb.office.kinds.docx }),
  );
  await page.unroute(/\.js$/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: nb.exporting.page.csv, exact: true }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  await expect(alert).toHaveText('');
});
