import type { Answers, Assessment, Comments, ContextAnswers } from '../assessment-schema';
import { DONT_KNOW } from '../dont-know';
import type { CatalogueStep } from '../catalogue-step';

/** Where a 1.0.0 answer goes in 2.0.0: a question and an option there. */
type Target = readonly [question: string, option: string];

/**
 * One 1.0.0 option: the 2.0.0 answers it becomes (none: dropped), and whether they say less
 * than the old answer did. `tookOver` marks targets that state the library took over the
 * innbyggertorg's tasks; they are dropped when the same answers say the innbyggertorg runs.
 */
type Mapping = { to: readonly Target[]; weaker?: true; tookOver?: true };

const same = (question: string, option: string): Mapping => ({ to: [[question, option]] });
const dropped: Mapping = { to: [], weaker: true };

/** Every option of every 1.0.0 scored question, by question. */
const SCORED: Record<string, Record<string, Mapping>> = {
  'skranke-organisering': {
    'en-felles': same('skranke-organisering', 'en-felles'),
    'egne-samme-bygg': same('skranke-organisering', 'egne-samme-bygg'),
    'egne-hvert-sted': same('skranke-organisering', 'egne-hvert-sted'),
    // «Only the library's desk – it also handles the service tasks»
    'bare-bibliotekets': { ...same('skranke-organisering', 'bare-bibliotekets'), tookOver: true },
  },
  'innbyggertorg-finnes': {
    'egen-tjeneste': same('innbyggertorg-finnes', 'egen-tjeneste'),
    'samlet-med-biblioteket': same('innbyggertorg-finnes', 'samlet-med-biblioteket'),
    'lagt-ned': { ...same('innbyggertorg-finnes', 'lagt-ned'), tookOver: true },
  },
  henvisning: {
    'svarer-selv': same('henvisning', 'svarer-selv'),
    'folger-i-huset': same('henvisning', 'folger-i-huset'),
    'viser-til-annet-sted': same('henvisning', 'viser-til-annet-sted'),
    'kjenner-lite': same('henvisning', 'kjenner-lite'),
    // «… there is no one else to send them to» does not say the library took over.
    'biblioteket-tar-alt': dropped,
  },
  // Opening hours are no longer asked: no source says what they mean for the models.
  apningstider: {
    felles: dropped,
    'samordnet-i-huset': dropped,
    'samordnet-av-leder': dropped,
    'hver-for-seg': dropped,
    'bare-bibliotekets': dropped,
  },
  'budsjett-felles': {
    'en-enhet': same('budsjett-felles', 'en-enhet'),
    'felles-to-avdelinger': same('budsjett-felles', 'felles-to-avdelinger'),
    'egne-felles-drift': same('budsjett-felles', 'egne-felles-drift'),
    'hvert-sitt': same('budsjett-felles', 'hvert-sitt'),
    // «The service tasks are part of the library's budget»
    'i-bibliotekets': { ...same('budsjett-felles', 'i-bibliotekets'), tookOver: true },
  },
  'budsjett-fellestiltak': {
    'del-av-drift': same('budsjett-fellestiltak', 'del-av-drift'),
    'felles-satsing': same('budsjett-fellestiltak', 'felles-satsing'),
    spleiser: same('budsjett-fellestiltak', 'spleiser'),
    'ingen-felles': same('budsjett-fellestiltak', 'ingen-felles'),
    'biblioteket-alene': dropped,
  },
  // «People, equipment and rooms» is now asked about money only.
  'ressurser-flyttes': {
    fritt: { ...same('midler-flyttes', 'fritt'), weaker: true },
    'leder-avgjor': { ...same('midler-flyttes', 'leder-avgjor'), weaker: true },
    'etter-avtale': { ...same('midler-flyttes', 'etter-avtale'), weaker: true },
    nei: { ...same('midler-flyttes', 'nei'), weaker: true },
    'biblioteket-har-alt': dropped,
  },
  // «Finances and results» is now asked about finances only.
  rapportering: {
    samlet: { ...same('okonomirapportering', 'samlet'), weaker: true },
    'samlet-med-egne-tall': {
      ...same('okonomirapportering', 'samlet-med-egne-tall'),
      weaker: true,
    },
    'hver-for-seg-med-huset': {
      ...same('okonomirapportering', 'hver-for-seg-med-huset'),
      weaker: true,
    },
    'hver-for-seg': { ...same('okonomirapportering', 'hver-for-seg'), weaker: true },
    'i-bibliotekets': dropped,
  },
  leder: {
    'en-leder-en-enhet': same('leder', 'en-leder-en-enhet'),
    'en-leder-to-avdelinger': same('leder', 'en-leder-to-avdelinger'),
    'hver-sin-samme-hus': same('leder', 'hver-sin-samme-hus'),
    'hver-sin': same('leder', 'hver-sin'),
    // «The head librarian also leads the remaining service tasks»
    biblioteksjefen: { ...same('leder', 'biblioteksjefen'), tookOver: true },
  },
  kommunalomrade: {
    'samme-enhet': same('kommunalomrade', 'samme-enhet'),
    'samme-sektor-to-avdelinger': same('kommunalomrade', 'samme-sektor-to-avdelinger'),
    'ulike-sektorer': same('kommunalomrade', 'ulike-sektorer'),
    // «Only the library remains – the innbyggertorg has been closed» does not say who took over.
    'bare-biblioteket': dropped,
  },
  'felles-mal': {
    'en-plan': same('felles-mal', 'en-plan'),
    'felles-pa-noen-omrader': same('felles-mal', 'felles-pa-noen-omrader'),
    'husets-mal': same('felles-mal', 'husets-mal'),
    'egne-mal': same('felles-mal', 'egne-mal'),
    'bibliotekets-mal': dropped,
  },
  'ansvar-for-samarbeidet': {
    'lederen-for-enheten': same('ansvar-for-samarbeidet', 'lederen-for-enheten'),
    'leder-og-team': same('ansvar-for-samarbeidet', 'leder-og-team'),
    'husets-ledergruppe': same('ansvar-for-samarbeidet', 'husets-ledergruppe'),
    ingen: same('ansvar-for-samarbeidet', 'ingen'),
    'ikke-aktuelt': dropped,
  },
  lokaler: {
    'samme-lokale': same('lokaler', 'samme-lokale'),
    'samme-hus-egne-lokaler': same('lokaler', 'samme-hus-egne-lokaler'),
    'mest-hvert-sitt': same('lokaler', 'mest-hvert-sitt'),
    'hvert-sitt-sted': same('lokaler', 'hvert-sitt-sted'),
    // «Only the library – the service tasks are done there»
    'bare-biblioteket': { ...same('lokaler', 'bare-biblioteket'), tookOver: true },
  },
  flerbrukshus: {
    'mange-tjenester': same('flerbrukshus', 'mange-tjenester'),
    'bygd-for-felles-tjeneste': same('flerbrukshus', 'bygd-for-felles-tjeneste'),
    'ikke-samme-bygg': same('flerbrukshus', 'ikke-samme-bygg'),
    // «It is the library building» says nothing about the other services in it.
    bibliotekbygget: dropped,
  },
  'serviceoppgaver-sted': {
    'felles-skranke': same('serviceoppgaver-sted', 'felles-skranke'),
    'innbyggertorget-i-huset': same('serviceoppgaver-sted', 'innbyggertorget-i-huset'),
    'innbyggertorget-annet-sted': same('serviceoppgaver-sted', 'innbyggertorget-annet-sted'),
    // «At the library, from library staff» does not say the innbyggertorg closed.
    biblioteket: dropped,
  },
  ansattgruppe: {
    'en-gruppe': same('ansattgruppe', 'en-gruppe'),
    'to-grupper-samme-leder': same('ansattgruppe', 'to-grupper-samme-leder'),
    'to-grupper-samme-hus': same('ansattgruppe', 'to-grupper-samme-hus'),
    'helt-atskilt': same('ansattgruppe', 'helt-atskilt'),
    // «Only library staff, and they also do the service tasks»
    'bare-bibliotekansatte': { ...same('ansattgruppe', 'bare-bibliotekansatte'), tookOver: true },
  },
  'generalist-spesialist': {
    'alle-begge-deler': same('generalist-spesialist', 'alle-begge-deler'),
    'spesialister-per-tjeneste': same('generalist-spesialist', 'spesialister-per-tjeneste'),
    'egne-oppgaver-noe-felles': same('generalist-spesialist', 'egne-oppgaver-noe-felles'),
    'bare-egne': same('generalist-spesialist', 'bare-egne'),
    // «Library staff handle both library and service tasks»
    'bibliotekansatte-alt': {
      ...same('generalist-spesialist', 'bibliotekansatte-alt'),
      tookOver: true,
    },
  },
  // Split in two: how shifts are planned, and whether arrangements and agreements are aligned.
  'arbeidstid-avtaler': {
    harmonisert: same('avtaler', 'harmonisert'),
    delvis: same('avtaler', 'under-arbeid'),
    'samordnet-i-huset': {
      to: [
        ['avtaler', 'ulike'],
        ['vaktplan', 'samordnet-i-huset'],
      ],
    },
    ulike: same('avtaler', 'ulike'),
    'bare-bibliotekansatte': dropped,
  },
  kompetansedeling: {
    'felles-opplaering': same('kompetansedeling', 'felles-opplaering'),
    'team-pa-tvers': same('kompetansedeling', 'team-pa-tvers'),
    'fagmiljo-i-huset': same('kompetansedeling', 'fagmiljo-i-huset'),
    lite: same('kompetansedeling', 'lite'),
    // «Library staff have been trained in the former innbyggertorg's tasks»
    'bibliotekansatte-laert-opp': {
      ...same('kompetansedeling', 'bibliotekansatte-laert-opp'),
      tookOver: true,
    },
  },
  'digital-veiledning': {
    'felles-skranke': same('digital-veiledning', 'felles-skranke'),
    'felles-team': same('digital-veiledning', 'felles-team'),
    'hver-for-seg-i-huset': same('digital-veiledning', 'hver-for-seg-i-huset'),
    'hver-for-seg': same('digital-veiledning', 'hver-for-seg'),
    // «Only the library» becomes «separately, or only one of the services».
    'bare-biblioteket': { ...same('digital-veiledning', 'hver-for-seg'), weaker: true },
  },
  'digitale-henvendelser': {
    'felles-tjeneste': same('digitale-henvendelser', 'felles-tjeneste'),
    'innbyggertorget-med-hjelp': same('digitale-henvendelser', 'innbyggertorget-med-hjelp'),
    'innbyggertorget-alene': same('digitale-henvendelser', 'innbyggertorget-alene'),
    'andre-i-kommunen': same('digitale-henvendelser', 'andre-i-kommunen'),
  },
  'utskrift-skanning': {
    'felles-losning': same('utskrift-skanning', 'felles-losning'),
    'felles-i-huset': same('utskrift-skanning', 'felles-i-huset'),
    'samme-losning-begge-steder': same('utskrift-skanning', 'samme-losning-begge-steder'),
    'hver-sin-losning': same('utskrift-skanning', 'hver-sin-losning'),
    // The new option says «… or only at the library» in as many words.
    'bare-biblioteket': same('utskrift-skanning', 'hver-sin-losning'),
  },
  'digital-utvikling': {
    'som-en-tjeneste': same('digital-utvikling', 'som-en-tjeneste'),
    'faste-team': same('digital-utvikling', 'faste-team'),
    'husets-prosjekter': same('digital-utvikling', 'husets-prosjekter'),
    'hver-for-seg': same('digital-utvikling', 'hver-for-seg'),
    // «The library alone; the digital channels are run by others» becomes «each on its own».
    'biblioteket-alene': { ...same('digital-utvikling', 'hver-for-seg'), weaker: true },
  },
  'prosjekter-team': {
    'ett-team': same('prosjekter-team', 'ett-team'),
    'faste-team': same('prosjekter-team', 'faste-team'),
    enkeltprosjekter: same('prosjekter-team', 'enkeltprosjekter'),
    sjelden: same('prosjekter-team', 'sjelden'),
    // «Not relevant – the innbyggertorg has been closed» does not say who took over.
    'ingen-partner': dropped,
  },
  // Split in two: events, and lending or handing out equipment.
  'arrangementer-utstyr': {
    'felles-oppgave': {
      to: [
        ['arrangementer', 'felles-oppgave'],
        ['utstyr', 'felles-oppgave'],
      ],
    },
    'planlagt-pa-tvers': {
      to: [
        ['arrangementer', 'planlagt-pa-tvers'],
        ['utstyr', 'planlagt-pa-tvers'],
      ],
    },
    'med-huset': {
      to: [
        ['arrangementer', 'med-huset'],
        ['utstyr', 'med-huset'],
      ],
    },
    'hver-for-seg': {
      to: [
        ['arrangementer', 'hver-for-seg'],
        ['utstyr', 'hver-for-seg'],
      ],
    },
    'biblioteket-alene': dropped,
  },
  moteplasser: {
    'en-arbeidsplass': same('moteplasser', 'en-arbeidsplass'),
    husmoter: same('moteplasser', 'husmoter'),
    samlinger: same('moteplasser', 'samlinger'),
    nei: same('moteplasser', 'nei'),
  },
  'gjensidig-avhengighet': {
    'en-tjeneste': same('gjensidig-avhengighet', 'en-tjeneste'),
    'pa-avtalte-omrader': same('gjensidig-avhengighet', 'pa-avtalte-omrader'),
    henviser: same('gjensidig-avhengighet', 'henviser'),
    nei: same('gjensidig-avhengighet', 'nei'),
    // «No, the library does the service tasks alone»
    'biblioteket-alene': { ...same('gjensidig-avhengighet', 'biblioteket-alene'), tookOver: true },
  },
  'hvor-samarbeidet-skjer': {
    'i-skranken': same('hvor-samarbeidet-skjer', 'i-skranken'),
    'i-huset': same('hvor-samarbeidet-skjer', 'i-huset'),
    internt: same('hvor-samarbeidet-skjer', 'internt'),
    'lite-samarbeid': same('hvor-samarbeidet-skjer', 'lite-samarbeid'),
    'ingen-partner': dropped,
  },
};

/** The 2.0.0 questions a 1.0.0 question's answers go to (its «Vet ikke» goes to all of them). */
function targetQuestions(question: string): string[] {
  const targets = new Set<string>();
  for (const mapping of Object.values(SCORED[question] ?? {})) {
    for (const [q] of mapping.to) targets.add(q);
  }
  return [...targets].sort();
}

/** A question 2.0.0 no longer asks keeps its comment next to the closest one it does. */
const COMMENT_FALLBACK: Record<string, string> = { apningstider: 'vaktplan' };

/** Context answers: one option id to its 2.0.0 id, or null when 2.0.0 has no such answer. */
const CONTEXT_OPTIONS: Record<string, Record<string, string | null>> = {
  rolle: {
    // «Leder» lumped the head librarian, the innbyggertorg's head and the kommunalsjef.
    leder: null,
    bibliotekansatt: 'bibliotekansatt',
    innbyggertorgansatt: 'innbyggertorgansatt',
    politiker: 'politiker',
    annen: 'annen',
  },
};

/** Answers that say the innbyggertorg still runs, in 1.0.0. */
const ITORG_RUNS = new Set(['egen-tjeneste', 'samlet-med-biblioteket']);

function migrate(assessment: Assessment): { assessment: Assessment; changed: string[] } {
  const changed = new Set<string>();
  const answers: Answers = {};
  const itorgRuns = ITORG_RUNS.has(assessment.answers['innbyggertorg-finnes'] ?? '');
  for (const [question, option] of Object.entries(assessment.answers)) {
    const byOption = SCORED[question];
    if (!byOption) {
      changed.add(question);
      continue;
    }
    if (option === DONT_KNOW) {
      for (const q of targetQuestions(question)) answers[q] ??= DONT_KNOW;
      continue;
    }
    const mapping = byOption[option];
    const contradicts = mapping?.tookOver && itorgRuns;
    if (!mapping || mapping.to.length === 0 || contradicts) {
      changed.add(targetQuestions(question)[0] ?? question);
      continue;
    }
    if (mapping.weaker) for (const [q] of mapping.to) changed.add(q);
    for (const [q, o] of mapping.to) {
      // Two old questions never feed one new one, but a «Vet ikke» must not hide a real answer.
      if (answers[q] === undefined || answers[q] === DONT_KNOW) answers[q] = o;
    }
  }

  const context: ContextAnswers = {};
  for (const [question, value] of Object.entries(assessment.context)) {
    const options = CONTEXT_OPTIONS[question];
    if (!options || typeof value !== 'string') {
      context[question] = value;
      continue;
    }
    const mapped = options[value];
    if (mapped === undefined) context[question] = value;
    else if (mapped === null) changed.add(question);
    else context[question] = mapped;
  }

  const comments: Comments = {};
  for (const [question, text] of Object.entries(assessment.comments)) {
    const target = SCORED[question]
      ? (targetQuestions(question)[0] ?? COMMENT_FALLBACK[question])
      : question;
    if (target === undefined) continue;
    comments[target] = comments[target] ? `${comments[target]}\n\n${text}` : text;
  }

  return { assessment: { answers, comments, context }, changed: [...changed].sort() };
}

/**
 * Answers made with catalogue 1.0.0, in 2.0.0's questions. Every 1.0.0 option is mapped
 * explicitly. `changed` holds the 2.0.0 question ids (or, for opening hours, which 2.0.0 no
 * longer asks, the 1.0.0 id) whose answer was dropped or now says less than before, and `rolle`
 * when the role «Leder» was dropped. Answers that 2.0.0 words as «the library took over the
 * innbyggertorg's tasks» are dropped when the same respondent said the innbyggertorg runs.
 */
export const catalogueV1ToV2: CatalogueStep = { from: '1.0.0', to: '2.0.0', migrate };

/** The table itself, for the test that checks it covers every 1.0.0 option. */
export const V1_TO_V2_SCORED: Readonly<Record<string, Readonly<Record<string, Mapping>>>> = SCORED;
export const V1_TO_V2_CONTEXT: Readonly<Record<string, Readonly<Record<string, string | null>>>> =
  CONTEXT_OPTIONS;
