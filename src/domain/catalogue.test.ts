import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue';
import { CATALOGUE_CONTENT_HASHES } from './catalogue/content-hashes';
import { catalogueData } from './catalogue-data';
import {
  CONTEXT_PURPOSES,
  DIMENSION_IDS,
  contextQuestionFor,
  contextQuestions,
  scoredQuestions,
  type ScoredOption,
} from './catalogue-schema';
import type { LocalizedText } from './localized-text';
import { LOCALES } from './locales';
import { REFERENCE_IDS, REFERENCES, type ReferenceId } from './references';
import { normaliseProfile, rankMix } from './scoring';

const scored = scoredQuestions(CATALOGUE);
const context = contextQuestions(CATALOGUE);

/** JSON with sorted keys, so the hash depends on the content only. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(record[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

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

const top = (o: ScoredOption): ReferenceId => rankMix(normaliseProfile(o.profile))[0]!;
const TOOK_OVER = 'itorg-closed-library-took-over';

describe('CATALOGUE', () => {
  it('matches the content hash recorded for its version (bump the version when it changes)', () => {
    const hash = createHash('sha256').update(stableJson(catalogueData)).digest('hex');
    expect(
      CATALOGUE_CONTENT_HASHES[CATALOGUE.version],
      `record "${CATALOGUE.version}": "${hash}" in catalogue/content-hashes.ts`,
    ).toBe(hash);
  });

  it('records a different hash for every version', () => {
    const hashes = Object.values(CATALOGUE_CONTENT_HASHES);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('lists the dimensions in the wizard order', () => {
    expect(CATALOGUE.dimensions.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
  });

  it('has 24–32 scored questions, 3–6 per dimension', () => {
    expect(scored.length).toBeGreaterThanOrEqual(24);
    expect(scored.length).toBeLessThanOrEqual(32);
    for (const id of DIMENSION_IDS) {
      const count = scored.filter((q) => q.dimension === id).length;
      expect(count, id).toBeGreaterThanOrEqual(3);
      expect(count, id).toBeLessThanOrEqual(6);
    }
  });

  it('gives every scored question 3–6 options', () => {
    for (const q of scored) {
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(3);
      expect(q.options.length, q.id).toBeLessThanOrEqual(6);
    }
  });

  it('gives every option a full profile over the five references', () => {
    for (const q of scored) {
      for (const o of q.options) {
        expect(Object.keys(o.profile).sort(), `${q.id}.${o.id}`).toEqual([...REFERENCE_IDS].sort());
      }
    }
  });

  it('gives two options of a question the same profile only when they establish different facts', () => {
    for (const q of scored) {
      const seen = new Map<string, string>();
      for (const o of q.options) {
        const key = JSON.stringify(normaliseProfile(o.profile));
        const facts = JSON.stringify([...(o.facts ?? [])].sort());
        if (seen.has(key)) expect(seen.get(key), `${q.id}.${o.id}`).not.toBe(facts);
        seen.set(key, facts);
      }
    }
  });

  it('lets every model but PAC-man be the clear favourite of some option in most questions', () => {
    for (const id of REFERENCE_IDS.filter((r) => r !== 'pac-man')) {
      const typical = scored.filter((q) =>
        q.options.some((o) => normaliseProfile(o.profile)[id] >= 0.5),
      );
      expect(typical.length / scored.length, id).toBeGreaterThanOrEqual(0.6);
    }
  });

  it('points to PAC-man only from answers that say the library took over the innbyggertorg', () => {
    for (const q of scored) {
      for (const o of q.options) {
        const tookOver = (o.facts ?? []).includes(TOOK_OVER);
        expect(o.profile['pac-man'] > 0, `${q.id}.${o.id}`).toBe(tookOver);
        if (tookOver) expect(top(o), `${q.id}.${o.id}`).toBe('pac-man');
      }
    }
  });

  it('offers a PAC-man answer in every dimension, so the dimension table can show it', () => {
    for (const d of DIMENSION_IDS) {
      const has = scored.some(
        (q) => q.dimension === d && q.options.some((o) => o.facts?.includes(TOOK_OVER)),
      );
      expect(has, d).toBe(true);
    }
  });

  it('lists the options in an order that does not follow the models', () => {
    const orders = scored.map((q) => q.options.map(top).join(' '));
    for (let i = 1; i < orders.length; i++) {
      expect(orders[i], scored[i]!.id).not.toBe(orders[i - 1]);
    }
    // No model comes first in more than a third of the questions.
    for (const id of REFERENCE_IDS) {
      const first = scored.filter((q) => top(q.options[0]!) === id).length;
      expect(first / scored.length, id).toBeLessThanOrEqual(1 / 3);
    }
  });

  it('asks about the innbyggertorg with every state a municipality can be in', () => {
    const q = scored.find((s) => s.id === 'innbyggertorg-finnes')!;
    expect(q.options.flatMap((o) => o.facts ?? []).sort()).toEqual(
      [
        'itorg-closed-library-took-over',
        'itorg-closed-tasks-elsewhere',
        'itorg-merged-with-library',
        'itorg-never',
        'itorg-runs-separately',
      ].sort(),
    );
  });

  it('gives the leadership question one leader directly over both services', () => {
    const q = scored.find((s) => s.id === 'leder')!;
    expect(q.options.filter((o) => o.facts?.includes('leader-one-over-both')).length).toBe(2);
  });

  it('puts the context questions first, one per purpose', () => {
    const firstScored = CATALOGUE.questions.findIndex((q) => q.kind === 'scored');
    expect(firstScored).toBe(context.length);
    expect(context.map((q) => q.purpose).sort()).toEqual([...CONTEXT_PURPOSES].sort());
    expect(contextQuestionFor(CATALOGUE, 'municipality')?.input).toBe('text');
    expect(contextQuestionFor(CATALOGUE, 'workshop-name')?.input).toBe('text');
    expect(contextQuestionFor(CATALOGUE, 'density')?.input).toBe('choice');
    expect(contextQuestionFor(CATALOGUE, 'services')?.input).toBe('multi');
  });

  it('asks the role with the perspectives a workshop compares, each in its group', () => {
    const role = contextQuestionFor(CATALOGUE, 'respondent-role')!;
    expect(role.input).toBe('choice');
    const groups = Object.fromEntries(role.options.map((o) => [o.id, o.group ?? null]));
    expect(groups).toEqual({
      bibliotekansatt: 'bibliotek',
      biblioteksjef: 'bibliotek',
      innbyggertorgansatt: 'innbyggertorg',
      'leder-innbyggertorg': 'innbyggertorg',
      kommunalsjef: 'ledelse-og-politikk',
      politiker: 'ledelse-og-politikk',
      annen: null,
    });
  });

  it('lets the density answers say which density they are', () => {
    const density = contextQuestionFor(CATALOGUE, 'density')!;
    expect(density.options.map((o) => o.facts)).toEqual([
      ['density-dense-short-distances'],
      ['density-mixed'],
      ['density-sparse'],
    ]);
  });

  it('offers the services the source names, NAV and «other» in the building', () => {
    const services = contextQuestionFor(CATALOGUE, 'services')!;
    expect(services.options.map((o) => o.id)).toEqual(
      expect.arrayContaining([
        'kino',
        'idrettshall',
        'kafe',
        'helsestasjon',
        'ungdomshelsetjeneste',
        'ungdomsklubb',
        'frivilligsentral',
        'kulturskole',
        'utstyrssentral',
        'nav',
        'annet',
        'ingen',
      ]),
    );
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

  it('never tells in a help text or intro which answer gives which model', () => {
    const names = REFERENCES.flatMap((r) => LOCALES.map((l) => r.name[l]));
    const pattern = new RegExp(
      `(${[...new Set(names), 'totalt samarbeid', 'hybrid', 'full cooperation']
        .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|')})`,
      'iu',
    );
    const texts = [
      ...CATALOGUE.dimensions.map((d) => ({ where: `${d.id}.intro`, text: d.intro })),
      ...CATALOGUE.questions.map((q) => ({ where: `${q.id}.help`, text: q.help })),
    ];
    for (const { where, text } of texts) {
      for (const locale of LOCALES) expect(text[locale], `${where}.${locale}`).not.toMatch(pattern);
    }
  });

  it('writes nynorsk without common bokmål forms', () => {
    const bokmal =
      /(?<!\p{L})(ikke|hva|hvem|hvordan|hvor|hvilke|hvilken|ansatte|ledelse|leder|innbygger\p{L}*|bare|fra|uten|tjeneste\p{L}*|oppgave\p{L}*|egen|egne|eget|samme|hverandre|selv|noen|noe|mye|gjør|løsning|veiledning|henvendelse\p{L}*)(?!\p{L})/iu;
    for (const { where, text } of allTexts()) {
      expect(text.nn, where).not.toMatch(bokmal);
    }
  });

  it('follows the house style: nynorsk «blir», «gi», «hos», «lenke»; English «front desk», «residents»', () => {
    const nn = /(?<!\p{L})(vert|verte|gje|gjev|hjå|lenkje|augeblink)(?!\p{L})/iu;
    const en =
      /\b(counter|citizens?(?! service centre)|multi-use house|innbyggertorg staff)\b|(?<!front )\bdesks?\b/i;
    for (const { where, text } of allTexts()) {
      expect(text.nn, where).not.toMatch(nn);
      expect(text.en, where).not.toMatch(en);
    }
  });

  it('translates: nynorsk and English differ from bokmål where there are whole sentences', () => {
    for (const q of CATALOGUE.questions) {
      expect(q.help.en, q.id).not.toBe(q.help.nb);
      expect(q.help.nn, q.id).not.toBe(q.help.nb);
    }
  });
});
