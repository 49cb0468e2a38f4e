import type { LocalizedText } from './localized-text';

/**
 * Every fact the tool states about the world, with where it was published. Messages and catalogue
 * texts may hold a number or name a place only when a claim here carries it (a test checks), so a
 * figure cannot enter the product without its source.
 */
export type Source = {
  title: string;
  publisher: string;
  /** Absent when the source itself gives no year. */
  year?: number;
};

export const SOURCES = {
  seed: {
    title: 'Modeller for samorganisering – beste praksis for bibliotek og innbyggertorg',
    publisher:
      'Prosjektet «Beste praksis for bibliotek og innbyggertorg» (Drammen bibliotek og Indre Østfold bibliotek)',
  },
  danishReport: {
    title: 'Bibliotek og borger – Du er altid velkommen!',
    publisher: 'Dansk rapport, oppgitt som inspirasjon for modellene i prosjektets tekst',
    year: 2015,
  },
  bokOgBibliotek2023: {
    title: 'Publikum positive til innbyggertorg i bibliotek',
    publisher: 'Bok og bibliotek',
    year: 2023,
  },
  offentligService2022: {
    title: 'Bibliotek og innbyggertorg sammen – er det en god idé?',
    publisher: 'Offentlig Service',
    year: 2022,
  },
  vartLand2022: {
    title: 'Flere mener bibliotekenes uavhengighet utfordres',
    publisher: 'Vårt Land',
    year: 2022,
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

export type SourcedClaim = {
  id: string;
  claim: LocalizedText;
  source: SourceId;
  /** The figures the claim lets a text hold, as written in nb/nn and en. */
  figures?: readonly string[];
  /** The places the claim lets a text name. */
  places?: readonly string[];
};

export const SOURCED_CLAIMS: readonly SourcedClaim[] = [
  {
    id: 'project-participants',
    claim: {
      nb: 'I prosjektet «Beste praksis for bibliotek og innbyggertorg» ser Drammen bibliotek og Indre Østfold bibliotek på samorganisering og samlokalisering av bibliotek og innbyggertorg.',
      nn: 'I prosjektet «Beste praksis for bibliotek og innbyggertorg» ser Drammen bibliotek og Indre Østfold bibliotek på samorganisering og samlokalisering av bibliotek og innbyggjartorg.',
      en: 'In the project «Beste praksis for bibliotek og innbyggertorg», Drammen library and Indre Østfold library look at joint organisation and co-location of library and citizen service centre.',
    },
    source: 'seed',
    places: ['Drammen', 'Indre Østfold'],
  },
  {
    id: 'models-inspired-by-danish-report',
    claim: {
      nb: 'De fire modellene er inspirert av den danske rapporten «Bibliotek og borger – Du er altid velkommen!» (2015).',
      nn: 'Dei fire modellane er inspirerte av den danske rapporten «Bibliotek og borger – Du er altid velkommen!» (2015).',
      en: 'The four models are inspired by the Danish report «Bibliotek og borger – Du er altid velkommen!» (2015).',
    },
    source: 'seed',
    figures: ['2015'],
  },
  {
    id: 'example-totalt',
    claim: {
      nb: 'Indre Østfold er organisert som Totalt samarbeid, med noen lokale tilpasninger.',
      nn: 'Indre Østfold er organisert som Totalt samarbeid, med nokre lokale tilpassingar.',
      en: 'Indre Østfold is organised as Full cooperation, with some local adjustments.',
    },
    source: 'seed',
    places: ['Indre Østfold'],
  },
  {
    id: 'example-en-dor-inn',
    claim: {
      nb: 'Krona i Kongsberg er eksempelet på En dør inn.',
      nn: 'Krona i Kongsberg er dømet på Ei dør inn.',
      en: 'Krona in Kongsberg is the example of One door in.',
    },
    source: 'seed',
    places: ['Krona', 'Kongsberg'],
  },
  {
    id: 'example-hybrid-drammen',
    claim: {
      nb: 'I Drammen er intensjonen en helhetlig tjenesteutvikling, men avdelingene fungerer mer som autonome avdelinger fordi det i liten grad er lagt opp til gjensidig avhengighet; samarbeidet er i all hovedsak i det indre arbeidet. Svelvik bibliotek er det eneste stedet der bibliotek og innbyggertorg er i samme bygning.',
      nn: 'I Drammen er intensjonen ei heilskapleg tenesteutvikling, men avdelingane fungerer meir som autonome avdelingar fordi det i liten grad er lagt opp til gjensidig avhengnad; samarbeidet er i all hovudsak i det indre arbeidet. Svelvik bibliotek er den einaste staden der bibliotek og innbyggjartorg er i same bygning.',
      en: 'In Drammen the intention is joined-up service development, but the departments work more as autonomous departments because little mutual dependency has been built in; cooperation is mainly internal. Svelvik library is the only place where library and citizen service centre share a building.',
    },
    source: 'seed',
    places: ['Drammen', 'Svelvik'],
  },
  {
    id: 'en-dor-inn-dense',
    claim: {
      nb: 'En dør inn passer for tettbefolkede steder der avstandene ikke er så store.',
      nn: 'Ei dør inn passar for tettbefolka stader der avstandane ikkje er så store.',
      en: 'One door in suits densely populated places where distances are short.',
    },
    source: 'seed',
  },
  {
    id: 'working-hours-not-unusual',
    claim: {
      nb: 'I Totalt samarbeid bør arbeidstider harmoniseres, men det er ikke uvanlig at de er forskjellige for bibliotek- og innbyggertorgansatte.',
      nn: 'I Totalt samarbeid bør arbeidstider harmoniserast, men det er ikkje uvanleg at dei er ulike for bibliotek- og innbyggjartorgtilsette.',
      en: 'In Full cooperation working hours should be harmonised, but it is not unusual for them to differ between library and citizen service centre staff.',
    },
    source: 'seed',
  },
  {
    id: 'four-models-last-warned',
    claim: {
      nb: 'Erfaringsrapporten skisserer fire mulige modeller og advarer mot den siste, PAC-man; prosjektet anbefaler ingen enkelt modell.',
      nn: 'Erfaringsrapporten skisserer fire moglege modellar og åtvarar mot den siste, PAC-man; prosjektet tilrår ingen einskild modell.',
      en: 'The project report sketches four possible models and warns against the last, PAC-man; the project recommends no single model.',
    },
    source: 'bokOgBibliotek2023',
  },
  {
    id: 'conference-2023',
    claim: {
      nb: 'Prosjektet (Drammen kommune og Indre Østfold kommune, støttet av Nasjonalbiblioteket) ble avsluttet med en konferanse på Drammen bibliotek i september 2023.',
      nn: 'Prosjektet (Drammen kommune og Indre Østfold kommune, støtta av Nasjonalbiblioteket) vart avslutta med ein konferanse på Drammen bibliotek i september 2023.',
      en: 'The project (Drammen and Indre Østfold municipalities, supported by the National Library of Norway) ended with a conference at Drammen library in September 2023.',
    },
    source: 'bokOgBibliotek2023',
    figures: ['2023'],
    places: ['Drammen', 'Indre Østfold'],
  },
  {
    id: 'staff-free-role',
    claim: {
      nb: 'I ansattundersøkelsen svarte 64 % av de ansatte at bibliotekets frie rolle er utfordret.',
      nn: 'I undersøkinga blant dei tilsette svarte 64 % at den frie rolla til biblioteket er utfordra.',
      en: 'In the staff survey, 64% of staff said the library’s free role is challenged.',
    },
    source: 'bokOgBibliotek2023',
    figures: ['64 %', '64%'],
  },
  {
    id: 'public-positive',
    claim: {
      nb: 'Publikum er i hovedsak positive til å samlokalisere innbyggertorg og bibliotek.',
      nn: 'Publikum er i hovudsak positive til å samlokalisere innbyggjartorg og bibliotek.',
      en: 'The public is on the whole positive to co-locating citizen service centre and library.',
    },
    source: 'bokOgBibliotek2023',
  },
  {
    id: 'citizen-survey',
    claim: {
      nb: 'Innbyggerundersøkelsen var 1200 telefonintervjuer, 600 i hver kommune, om samorganisering og samlokalisering.',
      nn: 'Innbyggjarundersøkinga var 1200 telefonintervju, 600 i kvar kommune, om samorganisering og samlokalisering.',
      en: 'The resident survey was 1,200 telephone interviews, 600 in each municipality, on joint organisation and co-location.',
    },
    source: 'offentligService2022',
    figures: ['1200', '1,200', '600'],
  },
  {
    id: 'citizens-independence',
    claim: {
      nb: 'I innbyggerundersøkelsen mente 1 av 4 at det å slå sammen innbyggertorg og bibliotek utfordrer bibliotekets uavhengighet.',
      nn: 'I innbyggjarundersøkinga meinte 1 av 4 at det å slå saman innbyggjartorg og bibliotek utfordrar sjølvstendet til biblioteket.',
      en: 'In the resident survey, 1 in 4 thought that joining citizen service centre and library challenges the library’s independence.',
    },
    source: 'vartLand2022',
    figures: ['1 av 4', '1 in 4'],
  },
  {
    id: 'one-roof-2022',
    claim: {
      nb: 'I 2022 hadde 17 kommuner innbyggertorg og bibliotek under samme tak.',
      nn: 'I 2022 hadde 17 kommunar innbyggjartorg og bibliotek under same tak.',
      en: 'In 2022, 17 municipalities had citizen service centre and library under one roof.',
    },
    source: 'vartLand2022',
    figures: ['2022', '17'],
  },
  {
    id: 'indre-ostfold-five',
    claim: {
      nb: 'Indre Østfold har etablert fem felles «Innbyggertorg og bibliotek»; Drammen samorganiserte uten å samlokalisere.',
      nn: 'Indre Østfold har etablert fem felles «Innbyggertorg og bibliotek»; Drammen samorganiserte utan å samlokalisere.',
      en: 'Indre Østfold set up five joint «Innbyggertorg og bibliotek»; Drammen organised the services jointly without co-locating them.',
    },
    source: 'bokOgBibliotek2023',
    places: ['Indre Østfold', 'Drammen'],
  },
];

/**
 * Figures that describe the tool itself, not the world: its own scales, the standards it is
 * tested against and the formats it writes. They need no source, but each is listed with why.
 */
export const TOOL_FIGURES: readonly { figures: readonly string[]; why: string }[] = [
  { figures: ['0', '100', '0–100', '100 %', '100%'], why: 'the map axes and the mix run 0–100' },
  { figures: ['2.1', '301 549'], why: 'WCAG 2.1 and EN 301 549, the accessibility standards' },
  {
    figures: ['320', '200 %', '200%'],
    why: 'the reflow width and text zoom the statement reports',
  },
  { figures: ['10–15'], why: 'our own estimate of the time the assessment takes' },
  { figures: ['16:9', '1920', '1080'], why: 'the size of the slide image export' },
  { figures: ['2025'], why: 'an example snapshot label («Høsten 2025»)' },
  { figures: ['1'], why: 'the singular form of a count («1 spørsmål»)' },
];

/** Everything a text may hold as a number: the claims' figures, the sources' years, the tool's own. */
export function allowedFigures(): Set<string> {
  const sources: Source[] = Object.values(SOURCES);
  return new Set([
    ...sources.flatMap((s) => (s.year ? [String(s.year)] : [])),
    ...SOURCED_CLAIMS.flatMap((c) => c.figures ?? []),
    ...TOOL_FIGURES.flatMap((f) => f.figures),
  ]);
}

/** Every place a text may name. */
export function allowedPlaces(): Set<string> {
  return new Set(SOURCED_CLAIMS.flatMap((c) => c.places ?? []));
}

// Ratios first, so «1 av 4» is read as one figure and not as «1» and «4».
const RATIO = /\d+\s+(?:av|of|in)\s+\d+/g;
const NUMBER = /\d+(?:[.,:]\d+|[  ]\d{3})*(?:\s?[–-]\s?\d+)?(?:\s?%)?/g;

/** The figures a text holds, placeholders like {count} left out. */
export function figuresIn(text: string): string[] {
  let rest = text.replace(/\{[^}]*\}/g, ' ');
  const found: string[] = [];
  rest = rest.replace(RATIO, (m) => {
    found.push(m.replace(/\s+/g, ' '));
    return ' ';
  });
  for (const m of rest.matchAll(NUMBER)) found.push(m[0].replace(/ /g, ' '));
  return found;
}

/** Texts in a value (nested objects of strings, as the message files are), with their paths. */
export function textsOf(value: unknown, path = ''): [path: string, text: string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => textsOf(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** Figures and places in the texts that no sourced claim (or tool figure) carries. */
export function unsourced(
  texts: readonly [path: string, text: string][],
  knownPlaces: readonly string[],
): string[] {
  const figures = allowedFigures();
  const places = allowedPlaces();
  const problems: string[] = [];
  for (const [path, raw] of texts) {
    // «Indre Østfold» is a sourced place; the «Østfold» inside it is no new one.
    const text = [...places].reduce((t, place) => t.replaceAll(place, ' '), raw);
    for (const figure of figuresIn(text)) {
      if (!figures.has(figure)) problems.push(`${path}: figure «${figure}»`);
    }
    for (const place of knownPlaces) {
      if (places.has(place)) continue;
      if (new RegExp(`(^|[^\\p{L}])${place}($|[^\\p{L}])`, 'u').test(text)) {
        problems.push(`${path}: place «${place}»`);
      }
    }
  }
  return problems;
}

/** Places a text might name: those in the sources and others a writer might reach for. */
export const WATCHED_PLACES: readonly string[] = [
  'Drammen',
  'Indre Østfold',
  'Kongsberg',
  'Krona',
  'Svelvik',
  'Askim',
  'Mysen',
  'Oslo',
  'Bergen',
  'Trondheim',
  'Stavanger',
  'Kristiansand',
  'Tromsø',
  'Bodø',
  'Lillestrøm',
  'Bærum',
  'Asker',
  'Fredrikstad',
  'Sandnes',
  'Sarpsborg',
  'Skien',
  'Ålesund',
  'Tønsberg',
  'Moss',
  'Hamar',
  'Lillehammer',
  'Gjøvik',
  'Larvik',
  'Arendal',
  'Haugesund',
  'Molde',
  'Harstad',
  'Alta',
  'Narvik',
  'Halden',
  'Horten',
  'Porsgrunn',
  'Steinkjer',
  'Levanger',
  'Kongsvinger',
  'Elverum',
  'Ringerike',
  'Østfold',
  'Viken',
  'Vestfold',
  'Telemark',
  'Agder',
  'Rogaland',
  'Vestland',
  'Møre og Romsdal',
  'Trøndelag',
  'Nordland',
  'Troms',
  'Finnmark',
  'Innlandet',
  'Akershus',
  'Buskerud',
  'Danmark',
  'Denmark',
  'København',
  'Copenhagen',
  'Aarhus',
  'Sverige',
  'Sweden',
];
