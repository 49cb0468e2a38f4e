import { describe, expect, it } from 'vitest';
import { answersCsv, csvSeparator, quoteCell, safeCell, toCsv } from './answers-csv';
import { CATALOGUE } from './catalogue';
import { DONT_KNOW, scoredQuestions } from './catalogue-schema';

const labels = {
  dimension: 'Dimensjon',
  question: 'Spørsmål',
  answer: 'Svar',
  comment: 'Kommentar',
  dontKnow: 'Vet ikke',
  unanswered: 'Ikke besvart',
};

/** A small RFC 4180 reader, so the test checks what a spreadsheet would see. */
function parseCsv(text: string, separator = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('answers CSV', () => {
  const questions = scoredQuestions(CATALOGUE);
  const first = questions[0]!;

  it('has a header and one row per scored question in the chosen language', () => {
    const csv = answersCsv(
      CATALOGUE,
      {
        answers: { [first.id]: first.options[0]!.id },
        comments: { [first.id]: 'Sa "hei", og\ngikk' },
        context: {},
      },
      'nb',
      labels,
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['Dimensjon', 'Spørsmål', 'Svar', 'Kommentar']);
    expect(rows).toHaveLength(questions.length + 1);
    const dimension = CATALOGUE.dimensions.find((d) => d.id === first.dimension)!;
    expect(rows[1]).toEqual([
      dimension.title.nb,
      first.text.nb,
      first.options[0]!.label.nb,
      'Sa "hei", og\ngikk',
    ]);
    const en = parseCsv(
      answersCsv(CATALOGUE, { answers: {}, comments: {}, context: {} }, 'en', labels).slice(1),
      ',',
    );
    expect(en[1]![1]).toBe(first.text.en);
    expect(en[1]![2]).toBe('Ikke besvart');
  });

  it('writes "Vet ikke" for don\'t-know answers', () => {
    const rows = parseCsv(
      answersCsv(
        CATALOGUE,
        { answers: { [first.id]: DONT_KNOW }, comments: {}, context: {} },
        'nb',
        labels,
      ).slice(1),
    );
    expect(rows[1]![2]).toBe('Vet ikke');
  });

  it('keeps comments from running as spreadsheet formulas', () => {
    for (const evil of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\t=1']) {
      expect(safeCell(evil)).toBe(`'${evil}`);
    }
    expect(safeCell('Helt vanlig')).toBe('Helt vanlig');
    expect(quoteCell('=1,2')).toBe(`"'=1,2"`);
    const rows = parseCsv(
      answersCsv(
        CATALOGUE,
        { answers: {}, comments: { [first.id]: '=cmd|"/c calc"!A1' }, context: {} },
        'nb',
        labels,
      ).slice(1),
    );
    expect(rows[1]![3]).toBe(`'=cmd|"/c calc"!A1`);
  });

  it('quotes per RFC 4180', () => {
    expect(toCsv([['a', 'b,c', 'd"e', 'f\r\ng']])).toBe('a,"b,c","d""e","f\r\ng"\r\n');
  });

  it('separates with semicolons in Norwegian and commas in English, as spreadsheets expect', () => {
    expect(csvSeparator('nb')).toBe(';');
    expect(csvSeparator('nn')).toBe(';');
    expect(csvSeparator('en')).toBe(',');
    const header = (locale: 'nb' | 'en') =>
      answersCsv(CATALOGUE, { answers: {}, comments: {}, context: {} }, locale, labels)
        .slice(1)
        .split('\r\n')[0];
    expect(header('nb')).toBe('Dimensjon;Spørsmål;Svar;Kommentar');
    expect(header('en')).toBe('Dimensjon,Spørsmål,Svar,Kommentar');
    // Only the separator in use needs quotes: a decimal comma stays a plain number.
    expect(toCsv([['a;b', '59,5']], ';')).toBe('"a;b";59,5\r\n');
    expect(toCsv([['a;b', 'c,d']], ',')).toBe('a;b,"c,d"\r\n');
  });
});
