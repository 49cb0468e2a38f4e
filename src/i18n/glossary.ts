import type { Locale } from '../domain/locales';
import type { Catalogue } from '../domain/catalogue-schema';

/**
 * One word per concept, in each language. Every message follows it; the test flags the forms it
 * rules out. Patterns are case-insensitive and match whole words.
 */
export type GlossaryEntry = {
  concept: string;
  preferred: Partial<Record<Locale, string>>;
  ruledOut: Partial<Record<Locale, readonly string[]>>;
  why?: string;
};

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    concept: 'the project warns against PAC-man',
    preferred: { nb: 'advarer mot', nn: 'åtvarar mot', en: 'warns against' },
    ruledOut: {
      nb: ['fraråd\\p{L}*'],
      nn: ['rår frå', 'frårå\\p{L}*', 'fråråd\\p{L}*'],
      en: ['advis\\p{L}* against', 'recommends? against'],
    },
    why: 'one verb for one warning',
  },
  {
    concept: 'the mix of models a result is',
    preferred: { nb: 'modellblandingen', nn: 'modellblandinga', en: 'model mix' },
    ruledOut: {
      nb: ['hybridblanding\\p{L}*', 'tydelig hybrid', 'hybrider', 'hybriden'],
      nn: ['hybridblanding\\p{L}*', 'tydeleg hybrid', 'hybridar', 'hybriden'],
      en: ['hybrid mix', 'clear hybrid', 'hybrids', 'the hybrid(?! cooperation)'],
    },
    why: '«hybrid» names only the model Hybrid samarbeid',
  },
  {
    concept: 'to become (nynorsk house style)',
    preferred: { nn: 'blir' },
    ruledOut: { nn: ['vert', 'verte'] },
  },
  {
    concept: 'to pull toward a model (nynorsk house style)',
    preferred: { nn: 'dreg' },
    ruledOut: { nn: ['trekkje', 'trekkjer'] },
  },
  {
    concept: 'to give (nynorsk house style)',
    preferred: { nn: 'gi' },
    ruledOut: { nn: ['gje', 'gjev', 'gjeve'] },
  },
  {
    concept: 'at, with (nynorsk house style)',
    preferred: { nn: 'hos' },
    ruledOut: { nn: ['hjå'] },
  },
  {
    concept: 'link (nynorsk house style)',
    preferred: { nn: 'lenke' },
    ruledOut: { nn: ['lenkj\\p{L}*'] },
  },
  {
    concept: 'moment, snapshot (nynorsk house style)',
    preferred: { nn: 'augneblink' },
    ruledOut: { nn: ['augeblink\\p{L}*'] },
  },
  {
    concept: 'bokmål verb forms that slip into nynorsk',
    preferred: { nn: 'svarar, brukar' },
    ruledOut: { nn: ['svarer', 'bruker'] },
  },
  {
    concept: 'certainty of the result',
    preferred: { nb: 'sikkerhet', nn: 'sikkerheit', en: 'certainty' },
    ruledOut: { nn: ['tryggleik\\p{L}*'] },
    why: '«tryggleik» is safety, not how certain a result is',
  },
  {
    concept: 'a modal verb takes the infinitive',
    preferred: { nn: 'kunne de levere' },
    ruledOut: { nn: ['kunne \\p{L}+ (?:levert|eigd|gjort|hatt)'] },
  },
  {
    concept: 'proper names keep their own spelling',
    preferred: {
      nn: '«Beste praksis for bibliotek og innbyggertorg», Indre Østfold Innbyggertorg og bibliotek',
      en: '«Beste praksis for bibliotek og innbyggertorg», Indre Østfold Innbyggertorg og bibliotek',
    },
    ruledOut: {
      nn: ['bibliotek og innbyggjartorg»', 'Østfold innbyggjartorg'],
      en: ['Østfold citizen service centre'],
    },
  },
  {
    concept: 'to help someone do something',
    preferred: { nb: 'hjelper … med å', nn: 'hjelper … med å' },
    ruledOut: { nb: ['hjelper \\p{L}+ å'], nn: ['hjelper \\p{L}+ å'] },
  },
  {
    concept: 'to watch out for',
    preferred: { nb: 'være oppmerksom på', nn: 'vere merksam på' },
    ruledOut: { nb: ['obs på'], nn: ['obs på'] },
  },
  {
    concept: 'cut short',
    preferred: { nb: 'avkortet', nn: 'avkorta' },
    ruledOut: { nb: ['avkuttet'], nn: ['avkutta'] },
  },
  {
    concept: 'where residents are met',
    preferred: { nb: 'skranke', nn: 'skranke', en: 'front desk' },
    ruledOut: { en: ['counters?'] },
  },
  {
    concept: 'the people a municipality serves',
    preferred: { nb: 'innbyggere', nn: 'innbyggjarar', en: 'residents' },
    ruledOut: { en: ['citizens', 'citizen(?! service centre)'] },
  },
  {
    concept: 'innbyggertorg',
    preferred: { nb: 'innbyggertorg', nn: 'innbyggjartorg', en: 'citizen service centre' },
    ruledOut: {
      en: ['innbyggertorg staff', '(?<!citizen )service[- ]centre', 'service-centre'],
    },
  },
  {
    concept: 'samorganisering, the horizontal axis of the map',
    preferred: { nb: 'samorganisering', nn: 'samorganisering', en: 'joint organisation' },
    ruledOut: { en: ['organisational integration', 'co-organi[sz]\\p{L}*'] },
  },
  {
    concept: 'a building many services share',
    preferred: { nb: 'flerbrukshus', nn: 'fleirbrukshus', en: 'multi-use building' },
    ruledOut: { en: ['multi-use house', 'multi-purpose (?:building|house)'] },
  },
];

const patterns = new Map<Locale, { entry: GlossaryEntry; pattern: RegExp }[]>();

function patternsFor(locale: Locale) {
  let list = patterns.get(locale);
  if (!list) {
    list = GLOSSARY.flatMap((entry) =>
      (entry.ruledOut[locale] ?? []).map((source) => ({
        entry,
        pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu'),
      })),
    );
    patterns.set(locale, list);
  }
  return list;
}

/** The ruled-out forms in texts of one language, as «path: form (use …)». */
export function glossaryViolations(
  locale: Locale,
  texts: readonly [path: string, text: string][],
): string[] {
  const problems: string[] = [];
  for (const [path, text] of texts) {
    for (const { entry, pattern } of patternsFor(locale)) {
      const match = pattern.exec(text);
      if (match) {
        problems.push(`${path}: «${match[0]}» (use «${entry.preferred[locale] ?? '?'}»)`);
      }
    }
  }
  return problems;
}

/** Every text of a catalogue in one language, with its path, for glossaryViolations. */
export function catalogueTexts(catalogue: Catalogue, locale: Locale): [string, string][] {
  const texts: [string, string][] = [];
  for (const d of catalogue.dimensions) {
    texts.push([`${d.id}.title`, d.title[locale]], [`${d.id}.intro`, d.intro[locale]]);
  }
  for (const q of catalogue.questions) {
    texts.push([`${q.id}.text`, q.text[locale]], [`${q.id}.help`, q.help[locale]]);
    for (const o of q.options ?? []) texts.push([`${q.id}.${o.id}`, o.label[locale]]);
  }
  return texts;
}
