import type { AnswerFact } from '../domain/answer-facts';
import {
  catalogueSchema,
  type Catalogue,
  type CatalogueInput,
  type DimensionId,
} from '../domain/catalogue-schema';
import type { ReferenceId } from '../domain/references';

// A small catalogue whose options declare facts, so narrative and tension tests do not depend on
// the real catalogue's ids or wording.
const text = (s: string) => ({ nb: s, nn: s, en: s });

function profile(weights: Partial<Record<ReferenceId, number>>) {
  return { ingen: 0, 'en-dor-inn': 0, hybrid: 0, totalt: 0, 'pac-man': 0, ...weights };
}

type Option = [id: string, weights: Partial<Record<ReferenceId, number>>, facts: AnswerFact[]];

function scored(id: string, dimension: DimensionId, options: Option[]) {
  return {
    kind: 'scored' as const,
    id,
    dimension,
    text: text(`${id}?`),
    help: text('.'),
    options: options.map(([optionId, weights, facts]) => ({
      id: optionId,
      label: text(optionId),
      profile: profile(weights),
      facts,
    })),
  };
}

const input: CatalogueInput = {
  version: '0.0.1',
  context: { title: text('Kontekst'), intro: text('Intro') },
  dimensions: [
    { id: 'skranke', title: text('Skranke'), intro: text('.') },
    { id: 'ledelse', title: text('Ledelse'), intro: text('.') },
    { id: 'lokalisering', title: text('Lokaler og bygg'), intro: text('.') },
    { id: 'ansatte', title: text('Ansatte og kompetanse'), intro: text('.') },
    { id: 'samarbeid', title: text('Samarbeid i praksis'), intro: text('.') },
  ],
  questions: [
    {
      kind: 'context',
      id: 'kommune',
      purpose: 'municipality',
      input: 'text',
      text: text('Kommune'),
      help: text('.'),
    },
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
    scored('innbyggertorg', 'skranke', [
      ['egen', { ingen: 1, hybrid: 1 }, ['itorg-runs-separately']],
      ['samlet', { totalt: 1 }, ['itorg-merged-with-library']],
      ['biblioteket-overtok', { 'pac-man': 1 }, ['itorg-closed-library-took-over']],
      ['andre-overtok', { ingen: 1 }, ['itorg-closed-tasks-elsewhere']],
      ['aldri', { ingen: 1 }, ['itorg-never']],
    ]),
    scored('skranke', 'skranke', [
      ['felles', { totalt: 1 }, ['counter-shared']],
      ['hver-sin', { 'en-dor-inn': 1, hybrid: 1 }, ['counter-separate']],
      ['bibliotekets', { 'pac-man': 1 }, ['counter-library-only']],
    ]),
    scored('ledelse', 'ledelse', [
      ['en-enhet', { totalt: 1, hybrid: 0.5 }, ['leader-one-unit']],
      ['over-begge', { hybrid: 1 }, ['leader-one-over-both']],
      ['hver-sin', { ingen: 1, 'en-dor-inn': 1 }, ['leaders-separate']],
      ['bibliotekets', { 'pac-man': 1 }, ['leader-library-only']],
    ]),
    scored('budsjett', 'ledelse', [
      ['en-enhet', { totalt: 1 }, ['budget-one-unit']],
      ['felles-to', { hybrid: 1 }, ['budget-shared-two-departments']],
      ['hvert-sitt', { ingen: 1, 'en-dor-inn': 1 }, ['budget-separate']],
      ['bibliotekets', { 'pac-man': 1 }, ['budget-in-library']],
    ]),
    scored('lokaler', 'lokalisering', [
      ['samme-lokale', { totalt: 1 }, ['same-premises']],
      ['flerbrukshus', { 'en-dor-inn': 1 }, ['same-building-own-premises', 'multi-use-house']],
      ['hvert-sitt', { ingen: 1, hybrid: 1 }, ['separate-locations']],
    ]),
    scored('ansatte', 'ansatte', [
      ['en-gruppe', { totalt: 1 }, ['staff-one-group']],
      ['to-grupper', { hybrid: 1, ingen: 1 }, ['staff-separate-groups']],
    ]),
    scored('arbeidstid', 'ansatte', [
      ['harmonisert', { totalt: 1 }, ['hours-harmonised']],
      ['ulike', { totalt: 0.5, ingen: 0.5 }, ['hours-differ']],
    ]),
    scored('mal', 'samarbeid', [
      ['en-plan', { totalt: 1 }, ['goals-shared-plan']],
      ['noen-omrader', { hybrid: 1 }, ['goals-shared-some-areas']],
      ['ingen', { ingen: 1 }, ['goals-none-shared']],
    ]),
    scored('avhengighet', 'samarbeid', [
      ['ja', { totalt: 1, hybrid: 0.5 }, ['mutual-dependency']],
      ['nei', { ingen: 1 }, ['no-mutual-dependency']],
    ]),
    scored('samarbeid', 'samarbeid', [
      ['team', { hybrid: 1 }, ['cooperate-projects-teams']],
      ['internt', { hybrid: 0.5, ingen: 0.5 }, ['cooperate-internal-only']],
      ['ingen', { ingen: 1 }, ['cooperate-none']],
    ]),
    scored('husmoter', 'samarbeid', [
      ['ja', { 'en-dor-inn': 1 }, ['house-meetings', 'shared-meeting-lunch-rooms']],
      ['nei', { ingen: 1 }, []],
    ]),
  ],
};

export const FACTS_CATALOGUE: Catalogue = catalogueSchema.parse(input);
