import type { AnswerFact } from '../domain/answer-facts';
import {
  catalogueSchema,
  type Catalogue,
  type CatalogueInput,
  type DimensionId,
} from '../domain/catalogue-schema';
import type { ReferenceId } from '../domain/references';

// Small, stable catalogues for tests, so they do not break when the real catalogue's ids, wording
// or weights change.

const text = (s: string) => ({ nb: s, nn: s, en: s });

function profile(weights: Partial<Record<ReferenceId, number>>) {
  return { ingen: 0, 'en-dor-inn': 0, hybrid: 0, totalt: 0, 'pac-man': 0, ...weights };
}

/** An option: its id, its label when that is not the id, its weights and the facts it declares. */
type Option = {
  id: string;
  label?: string;
  weights: Partial<Record<ReferenceId, number>>;
  facts?: AnswerFact[];
};

function scored(
  id: string,
  dimension: DimensionId,
  options: Option[],
  { question = `${id}?`, weight }: { question?: string; weight?: number } = {},
) {
  return {
    kind: 'scored' as const,
    id,
    dimension,
    ...(weight === undefined ? {} : { weight }),
    text: text(question),
    help: text('.'),
    options: options.map((o) => ({
      id: o.id,
      label: text(o.label ?? o.id),
      profile: profile(o.weights),
      ...(o.facts ? { facts: o.facts } : {}),
    })),
  };
}

/** A catalogue with a context step that asks for the municipality, then the given questions. */
function catalogue(
  version: string,
  dimensions: [id: DimensionId, title: string][],
  questions: CatalogueInput['questions'],
): Catalogue {
  return catalogueSchema.parse({
    version,
    context: { title: text('Kontekst'), intro: text('Intro') },
    dimensions: dimensions.map(([id, title]) => ({ id, title: text(title), intro: text('.') })),
    questions: [
      {
        kind: 'context',
        id: 'kommune',
        purpose: 'municipality',
        input: 'text',
        text: text('Kommune'),
        help: text('.'),
      },
      ...questions,
    ],
  } satisfies CatalogueInput);
}

/** Four scored questions over three dimensions: the insight tests' points and gaps. */
export const TEST_CATALOGUE: Catalogue = catalogue(
  '1.0.0',
  [
    ['skranke', 'Skranke'],
    ['ledelse', 'Ledelse'],
    ['lokalisering', 'Lokalisering'],
  ],
  [
    scored(
      'skranke',
      'skranke',
      [
        { id: 'felles', label: 'Felles', weights: { totalt: 1 } },
        { id: 'hver-sin', label: 'Hver sin', weights: { 'en-dor-inn': 1, hybrid: 1 } },
        { id: 'bibliotekets', label: 'Bibliotekets', weights: { 'pac-man': 1 } },
      ],
      { question: 'Skranke?', weight: 2 },
    ),
    scored(
      'ledelse',
      'ledelse',
      [
        { id: 'felles', label: 'Felles', weights: { hybrid: 1, totalt: 1 } },
        { id: 'hver-sin', label: 'Hver sin', weights: { ingen: 1, 'en-dor-inn': 1 } },
      ],
      { question: 'Ledelse?' },
    ),
    scored(
      'bygg',
      'lokalisering',
      [
        { id: 'samme', label: 'Samme', weights: { 'en-dor-inn': 1, totalt: 0.5 } },
        { id: 'hver-sitt', label: 'Hver sitt', weights: { ingen: 1, hybrid: 1 } },
      ],
      { question: 'Bygg?' },
    ),
    scored(
      'husmoter',
      'lokalisering',
      [
        { id: 'ja', label: 'Ja', weights: { 'en-dor-inn': 1 } },
        { id: 'nei', label: 'Nei', weights: { ingen: 1 } },
      ],
      { question: 'Husmøter?' },
    ),
  ],
);

type FactOption = [id: string, weights: Partial<Record<ReferenceId, number>>, facts: AnswerFact[]];

/** A scored question whose options all declare facts. */
const withFacts = (id: string, dimension: DimensionId, options: FactOption[]) =>
  scored(
    id,
    dimension,
    options.map(([optionId, weights, facts]) => ({ id: optionId, weights, facts })),
  );

/**
 * Options that declare facts, so narrative, tension and next-step tests do not depend on the real
 * catalogue's ids or wording.
 */
export const FACTS_CATALOGUE: Catalogue = catalogue(
  '0.0.1',
  [
    ['skranke', 'Skranke'],
    ['ledelse', 'Ledelse'],
    ['lokalisering', 'Lokaler og bygg'],
    ['ansatte', 'Ansatte og kompetanse'],
    ['samarbeid', 'Samarbeid i praksis'],
  ],
  [
    {
      kind: 'context',
      id: 'befolkning',
      purpose: 'density',
      input: 'choice',
      text: text('Bosetting'),
      help: text('.'),
      options: [
        { id: 'a', label: text('Tett'), facts: ['density-dense-short-distances'] },
        { id: 'b', label: text('Blandet'), facts: ['density-mixed'] },
        { id: 'c', label: text('Spredt'), facts: ['density-sparse'] },
      ],
    },
    withFacts('innbyggertorg', 'skranke', [
      ['egen', { ingen: 1, hybrid: 1 }, ['itorg-runs-separately']],
      ['samlet', { totalt: 1 }, ['itorg-merged-with-library']],
      ['biblioteket-overtok', { 'pac-man': 1 }, ['itorg-closed-library-took-over']],
      ['andre-overtok', { ingen: 1 }, ['itorg-closed-tasks-elsewhere']],
      ['aldri', { ingen: 1 }, ['itorg-never']],
    ]),
    withFacts('skranke', 'skranke', [
      ['felles', { totalt: 1 }, ['counter-shared']],
      ['hver-sin', { 'en-dor-inn': 1, hybrid: 1 }, ['counter-separate']],
      ['bibliotekets', { 'pac-man': 1 }, ['counter-library-only']],
    ]),
    withFacts('ledelse', 'ledelse', [
      ['en-enhet', { totalt: 1, hybrid: 0.5 }, ['leader-one-unit']],
      ['over-begge', { hybrid: 1 }, ['leader-one-over-both']],
      ['hver-sin', { ingen: 1, 'en-dor-inn': 1 }, ['leaders-separate']],
      ['bibliotekets', { 'pac-man': 1 }, ['leader-library-only']],
    ]),
    withFacts('budsjett', 'ledelse', [
      ['en-enhet', { totalt: 1 }, ['budget-one-unit']],
      ['felles-to', { hybrid: 1 }, ['budget-shared-two-departments']],
      ['hvert-sitt', { ingen: 1, 'en-dor-inn': 1 }, ['budget-separate']],
      ['bibliotekets', { 'pac-man': 1 }, ['budget-in-library']],
    ]),
    withFacts('lokaler', 'lokalisering', [
      ['samme-lokale', { totalt: 1 }, ['same-premises']],
      ['flerbrukshus', { 'en-dor-inn': 1 }, ['same-building-own-premises', 'multi-use-house']],
      ['hvert-sitt', { ingen: 1, hybrid: 1 }, ['separate-locations']],
    ]),
    withFacts('ansatte', 'ansatte', [
      ['en-gruppe', { totalt: 1 }, ['staff-one-group']],
      ['to-grupper', { hybrid: 1, ingen: 1 }, ['staff-separate-groups']],
    ]),
    withFacts('arbeidstid', 'ansatte', [
      ['harmonisert', { totalt: 1 }, ['hours-harmonised']],
      ['ulike', { totalt: 0.5, ingen: 0.5 }, ['hours-differ']],
    ]),
    withFacts('mal', 'samarbeid', [
      ['en-plan', { totalt: 1 }, ['goals-shared-plan']],
      ['noen-omrader', { hybrid: 1 }, ['goals-shared-some-areas']],
      ['ingen', { ingen: 1 }, ['goals-none-shared']],
    ]),
    withFacts('avhengighet', 'samarbeid', [
      ['ja', { totalt: 1, hybrid: 0.5 }, ['mutual-dependency']],
      ['nei', { ingen: 1 }, ['no-mutual-dependency']],
    ]),
    withFacts('samarbeid', 'samarbeid', [
      ['team', { hybrid: 1 }, ['cooperate-projects-teams']],
      ['internt', { hybrid: 0.5, ingen: 0.5 }, ['cooperate-internal-only']],
      ['ingen', { ingen: 1 }, ['cooperate-none']],
    ]),
    withFacts('husmoter', 'samarbeid', [
      ['ja', { 'en-dor-inn': 1 }, ['house-meetings', 'shared-meeting-lunch-rooms']],
      ['nei', { ingen: 1 }, []],
    ]),
  ],
);
