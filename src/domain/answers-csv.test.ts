import { describe, expect, it } from 'vitest';
import { archetypeAnswers } from './archetypes';
import {
  csvSeparator,
  quoteCell,
  resultsCsv,
  safeCell,
  toCsv,
  type ResultsCsvRow,
} from './answers-csv';
import { CATALOGUE } from './catalogue';
import { DONT_KNOW, scoredQuestions } from './catalogue-schema';
import { REFERENCES, type ReferenceId } from './references';
import { SCORING_VERSION, scoreAssessment } from './scoring';
import { parseCsv } from '../test/csv';

const names = Object.fromEntries(REFERENCES.map((r) => [r.id, r.name.nb])) as Record<
  ReferenceId,
  string
>;
const labels = {
  municipality: 'Kommune',
  role: 'Rolle',
  date: 'Dato',
  catalogue: 'Spørsmålssett',
  scoring: 'Beregning',
  x: 'Samorganisering',
  y: 'Samlokalisering',
  share: (model: string) => `${model} (%)`,
  leaning: (dimension: string) => `${dimension}: trekker mot`,
  comment: (question: string) => `Kommentar: ${question}`,
  dontKnow: 'Vet ikke',
  names,
};

describe('results CSV', () => {
  const questions = scoredQuestions(CATALOGUE);
  const first = questions[0]!;
  const second = questions[1]!;
  const totalt = archetypeAnswers(CATALOGUE, 'totalt');
  const row = (over: Partial<ResultsCsvRow> = {}): ResultsCsvRow => ({
    municipality: 'Kongsberg',
    role: 'Leder',
    date: '2026-12-06',
    assessment: { answers: totalt, comments: {} },
    ...over,
  });
  const parse = (csv: string, separator = ';') => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1), separator);
    const cell = (r: string[], name: string) => {
      const i = header!.indexOf(name);
      expect(i, name).toBeGreaterThanOrEqual(0);
      return r[i];
    };
    return { header: header!, rows, cell };
  };

  it('writes one row per assessment: metadata, shares, point, leanings, then answers', () => {
    const { header, rows, cell } = parse(resultsCsv(CATALOGUE, [row()], labels, 'nb'));
    const result = scoreAssessment(CATALOGUE, totalt)!;
    expect(header.slice(0, 5)).toEqual(['Kommune', 'Rolle', 'Dato', 'Spørsmålssett', 'Beregning']);
    expect(rows).toHaveLength(1);
    const r = rows[0]!;
    expect(r).toHaveLength(header.length);
    expect(r.slice(0, 5)).toEqual([
      'Kongsberg',
      'Leder',
      '2026-12-06',
      CATALOGUE.version,
      SCORING_VERSION,
    ]);
    for (const ref of REFERENCES) {
      expect(cell(r, `${ref.name.nb} (%)`)).toBe(String(result.percent[ref.id]));
    }
    // Decimal comma in Norwegian, one decimal.
    expect(cell(r, 'Samorganisering')).toBe(result.point.x.toFixed(1).replace('.', ','));
    expect(cell(r, 'Samlokalisering')).toBe(result.point.y.toFixed(1).replace('.', ','));
    const skranke = CATALOGUE.dimensions.find((d) => d.id === first.dimension)!;
    const leaning = result.dimensions.find((d) => d.dimension === skranke.id)!.leaning!;
    expect(cell(r, `${skranke.title.nb}: trekker mot`)).toBe(names[leaning]);
    const option = first.options.find((o) => o.id === totalt[first.id])!;
    expect(cell(r, first.text.nb)).toBe(option.label.nb);
    expect(header.filter((h) => h.startsWith('Kommentar:'))).toEqual([]);
  });

  it('names «Vet ikke», leaves unanswered blank, and adds comment columns where there are comments', () => {
    const assessment = {
      answers: { [first.id]: DONT_KNOW },
      comments: { [second.id]: 'Sa "hei", og\ngikk' },
    };
    const { header, rows, cell } = parse(
      resultsCsv(CATALOGUE, [row({ assessment })], labels, 'nb'),
    );
    const r = rows[0]!;
    expect(cell(r, first.text.nb)).toBe('Vet ikke');
    expect(cell(r, second.text.nb)).toBe('');
    // Only «Vet ikke»: no score, so no shares or point.
    expect(cell(r, 'Samorganisering')).toBe('');
    expect(header.at(-1)).toBe(`Kommentar: ${second.text.nb}`);
    expect(r.at(-1)).toBe('Sa "hei", og\ngikk');
  });

  it('keeps every text cell from running as a spreadsheet formula', () => {
    for (const evil of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(safeCell(evil)).toBe(`'${evil}`);
    }
    expect(safeCell('Helt vanlig')).toBe('Helt vanlig');
    expect(quoteCell('=1,2')).toBe(`"'=1,2"`);
    const { rows, cell } = parse(
      resultsCsv(
        CATALOGUE,
        [
          row({
            municipality: '=cmd|"/c calc"!A1',
            role: '@SUM(A1)',
            leading: ['+47 999'],
            assessment: { answers: totalt, comments: { [first.id]: '-1+1' } },
          }),
        ],
        { ...labels, leadingHeaders: ['Deltaker'] },
        'nb',
      ),
    );
    const r = rows[0]!;
    expect(cell(r, 'Deltaker')).toBe("'+47 999");
    expect(cell(r, 'Kommune')).toBe(`'=cmd|"/c calc"!A1`);
    expect(cell(r, 'Rolle')).toBe("'@SUM(A1)");
    expect(cell(r, `Kommentar: ${first.text.nb}`)).toBe("'-1+1");
  });

  it('uses commas and a decimal point in English, and the English texts', () => {
    const { header, rows, cell } = parse(resultsCsv(CATALOGUE, [row(), row()], labels, 'en'), ',');
    const result = scoreAssessment(CATALOGUE, totalt)!;
    expect(rows).toHaveLength(2);
    expect(header).toContain(first.text.en);
    expect(cell(rows[1]!, 'Samorganisering')).toBe(result.point.x.toFixed(1));
  });

  it('quotes per RFC 4180', () => {
    expect(toCsv([['a', 'b,c', 'd"e', 'f\r\ng']])).toBe('a,"b,c","d""e","f\r\ng"\r\n');
  });

  it('separates with semicolons in Norwegian and commas in English, as spreadsheets expect', () => {
    expect(csvSeparator('nb')).toBe(';');
    expect(csvSeparator('nn')).toBe(';');
    expect(csvSeparator('en')).toBe(',');
    // Only the separator in use needs quotes: a decimal comma stays a plain number.
    expect(toCsv([['a;b', '59,5']], ';')).toBe('"a;b";59,5\r\n');
    expect(toCsv([['a;b', 'c,d']], ',')).toBe('a;b,"c,d"\r\n');
  });
});
