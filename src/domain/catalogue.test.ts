import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue';
import { DIMENSION_IDS, contextQuestions, scoredQuestions } from './catalogue-schema';
import type { LocalizedText } from './localized-text';
import { LOCALES } from './locales';
import { REFERENCE_IDS } from './references';
import { normaliseProfile } from './scoring';

const scored = scoredQuestions(CATALOGUE);
const context = contextQuestions(CATALOGUE);

/** Every piece of user-facing text in the catalogue, with where it sits. */
function allTexts(): { where: string; text: LocalizedText }[] {
  const texts = [
    { where: 'context.title', text: CATALOGUE.context.title },
    { where: 'context.intro', text: CATALOGUE.context.intro },
  ];
  for (const d of CATALOGUE.dimensions) {
    texts.push(
      { where: `${d.id}.title`, text: d.title },
      { where: `${d.id}.intro`, text: d.intro },
    );
  }
  for (const q of CATALOGUE.questions) {
    texts.push({ where: `${q.id}.text`, text: q.text }, { where: `${q.id}.help`, text: q.help });
    for (const o of q.options) texts.push({ where: `${q.id}.${o.id}`, text: o.label });
  }
  return texts;
}

describe('CATALOGUE', () => {
  it('is version 1.0.0', () => {
    expect(CATALOGUE.version).toBe('1.0.0');
  });

  it('lists the dimensions in the wizard order', () => {
    expect(CATALOGUE.dimensions.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
  });

  it('has 24–30 scored questions, 3–5 per dimension', () => {
    expect(scored.length).toBeGreaterThanOrEqual(24);
    expect(scored.length).toBeLessThanOrEqual(30);
    for (const id of DIMENSION_IDS) {
      const count = scored.filter((q) => q.dimension === id).length;
      expect(count, id).toBeGreaterThanOrEqual(3);
      expect(count, id).toBeLessThanOrEqual(5);
    }
  });

  it('gives every scored question 3–5 options', () => {
    for (const q of scored) {
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(3);
      expect(q.options.length, q.id).toBeLessThanOrEqual(5);
    }
  });

  it('gives every option a full profile over the five references', () => {
    for (const q of scored) {
      for (const o of q.options) {
        expect(Object.keys(o.profile).sort(), `${q.id}.${o.id}`).toEqual([...REFERENCE_IDS].sort());
      }
    }
  });

  it('has no two options in a question with the same profile', () => {
    for (const q of scored) {
      const profiles = q.options.map((o) => JSON.stringify(normaliseProfile(o.profile)));
      expect(new Set(profiles).size, q.id).toBe(profiles.length);
    }
  });

  it('lets every reference be the clear favourite of some option in most questions', () => {
    // Without a typical answer per model, a model could never come out on top.
    for (const id of REFERENCE_IDS) {
      const typical = scored.filter((q) =>
        q.options.some((o) => normaliseProfile(o.profile)[id] >= 0.5),
      );
      expect(typical.length / scored.length, id).toBeGreaterThanOrEqual(0.6);
    }
  });

  it('puts the context questions first, with the agreed inputs and options', () => {
    const firstScored = CATALOGUE.questions.findIndex((q) => q.kind === 'scored');
    expect(firstScored).toBe(context.length);
    const byId = Object.fromEntries(context.map((q) => [q.id, q]));
    expect(byId['kommune']?.input).toBe('text');
    expect(byId['workshop']?.input).toBe('text');
    expect(byId['rolle']?.input).toBe('choice');
    expect(byId['rolle']?.options.map((o) => o.id)).toEqual([
      'leder',
      'bibliotekansatt',
      'innbyggertorgansatt',
      'politiker',
      'annen',
    ]);
    expect(byId['befolkning']?.options.map((o) => o.id)).toEqual(['tett', 'blandet', 'spredt']);
    expect(byId['andre-tjenester']?.input).toBe('multi');
    expect(byId['andre-tjenester']?.options.map((o) => o.id)).toEqual(
      expect.arrayContaining(['kino', 'kafe', 'frivilligsentral', 'utstyrssentral', 'ingen']),
    );
  });

  it('asks directly about the signs of PAC-man', () => {
    const ids = scored.map((q) => q.id);
    expect(ids).toContain('innbyggertorg-finnes');
    expect(ids).toContain('digitale-henvendelser');
  });

  it('keeps option labels to a line and help texts short', () => {
    for (const q of CATALOGUE.questions) {
      for (const locale of LOCALES) {
        expect(q.help[locale].length, `${q.id}.help.${locale}`).toBeLessThanOrEqual(200);
        for (const o of q.options) {
          expect(o.label[locale].length, `${q.id}.${o.id}.${locale}`).toBeLessThanOrEqual(90);
        }
      }
    }
  });

  it('writes nynorsk without common bokmål forms', () => {
    const bokmal =
      /(?<!\p{L})(ikke|hva|hvem|hvordan|hvor|hvilke|hvilken|ansatte|ledelse|leder|innbygger\p{L}*|bare|fra|uten|tjeneste\p{L}*|oppgave\p{L}*|egen|egne|eget|samme|hverandre|selv|noen|noe|mye|gjør|løsning|veiledning|henvendelse\p{L}*)(?!\p{L})/iu;
    for (const { where, text } of allTexts()) {
      expect(text.nn, where).not.toMatch(bokmal);
    }
  });

  it('translates: nynorsk and English differ from bokmål where there are whole sentences', () => {
    for (const q of CATALOGUE.questions) {
      expect(q.help.en, q.id).not.toBe(q.help.nb);
      expect(q.help.nn, q.id).not.toBe(q.help.nb);
    }
  });
});
