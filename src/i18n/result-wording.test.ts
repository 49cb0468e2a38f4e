import { describe, expect, it } from 'vitest';
import { textsOf } from '../domain/sourced-claims';
import { en } from './en';
import { nb } from './nb';
import { nn } from './nn';

/**
 * Wording the walk through the results page and the PDF found false or misleading for the
 * answers given (docs/truth-walk.md). Each class is held here so it cannot come back.
 */
const LOCALES = [
  ['nb', nb],
  ['nn', nn],
  ['en', en],
] as const;

/**
 * «Vet ikke» answers are counted apart from the answers that count: calling both «besvart»
 * made «8 av 29 er besvart. 8 er besvart med «Vet ikke»» read as if the 8 were the same.
 */
const COUNTS_THAT_COUNT = {
  nb: [nb.results.certainty.answered, nb.office.summary.certainty, nb.exporting.pdf.certaintyValue],
  nn: [nn.results.certainty.answered, nn.office.summary.certainty, nn.exporting.pdf.certaintyValue],
  en: [en.results.certainty.answered, en.office.summary.certainty, en.exporting.pdf.certaintyValue],
};

/** Phrasings that claim more than the source or the answers carry. */
const RULED_OUT: Record<'nb' | 'nn' | 'en', { pattern: RegExp; why: string }[]> = {
  nb: [
    { pattern: /det som gir et fagmiljø/i, why: 'the source makes no cause of house meetings' },
    { pattern: /Refleksjoner fra prosjektet/i, why: 'some reflections are our own' },
    { pattern: /Neste steg er hentet fra prosjektet/i, why: 'the first step is our own' },
    { pattern: /den modellen dere ligner mest på etter PAC-man/i, why: 'may be our baseline' },
    { pattern: /spørsmål besvart, \{dontKnow\}/i, why: '«Vet ikke» is no counted answer' },
  ],
  nn: [
    { pattern: /det som gir eit fagmiljø/i, why: 'the source makes no cause of house meetings' },
    { pattern: /Refleksjonar frå prosjektet/i, why: 'some reflections are our own' },
    { pattern: /henta frå erfaringane i prosjektet/i, why: 'the first step is our own' },
    { pattern: /den modellen de liknar mest på etter PAC-man/i, why: 'may be our baseline' },
    { pattern: /spørsmål har svar, \{dontKnow\}/i, why: '«Veit ikkje» is no counted answer' },
  ],
  en: [
    { pattern: /are what build/i, why: 'the source makes no cause of house meetings' },
    { pattern: /Reflections from the project/i, why: 'some reflections are our own' },
    { pattern: /next steps come from the project/i, why: 'the first step is our own' },
    { pattern: /the model you are closest to after PAC-man/i, why: 'may be our baseline' },
    { pattern: /questions answered, \{dontKnow\}/i, why: '“Don’t know” is no counted answer' },
  ],
};

describe.each(LOCALES)('%s result wording', (locale, messages) => {
  it('counts the answers that count in other words than the «Vet ikke» answers', () => {
    for (const text of COUNTS_THAT_COUNT[locale]) {
      expect(text).toMatch(/teller med|tel med|counts/);
      expect(text).not.toMatch(/\{answered\}[^.]*(?:er besvart|har fått svar|are answered)/);
    }
  });

  it('holds none of the phrasings the walk found untrue', () => {
    const found = textsOf(messages).flatMap(([path, text]) =>
      RULED_OUT[locale].filter((r) => r.pattern.test(text)).map((r) => `${path}: ${r.why}`),
    );
    expect(found).toEqual([]);
  });

  it('names the project and the Danish report in the summary’s and the PDF’s source line', () => {
    expect(messages.office.summary.source).toContain(
      '«Beste praksis for bibliotek og innbyggertorg»',
    );
    expect(messages.office.summary.source).toContain(
      '«Bibliotek og borger – Du er altid velkommen!» (2015)',
    );
  });
});
