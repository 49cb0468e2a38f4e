import { catalogueSchema, type Catalogue, type CatalogueInput } from '../domain/catalogue-schema';
import type { ReferenceId } from '../domain/references';

// A small, stable catalogue for domain tests, so they do not break when the real one changes.
const text = (s: string) => ({ nb: s, nn: s, en: s });

function profile(weights: Partial<Record<ReferenceId, number>>) {
  return { ingen: 0, 'en-dor-inn': 0, hybrid: 0, totalt: 0, 'pac-man': 0, ...weights };
}

const input: CatalogueInput = {
  version: '1.0.0',
  context: { title: text('Kontekst'), intro: text('Intro') },
  dimensions: [
    { id: 'skranke', title: text('Skranke'), intro: text('.') },
    { id: 'ledelse', title: text('Ledelse'), intro: text('.') },
    { id: 'lokalisering', title: text('Lokalisering'), intro: text('.') },
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
      kind: 'scored',
      id: 'skranke',
      dimension: 'skranke',
      weight: 2,
      text: text('Skranke?'),
      help: text('.'),
      options: [
        { id: 'felles', label: text('Felles'), profile: profile({ totalt: 1 }) },
        {
          id: 'hver-sin',
          label: text('Hver sin'),
          profile: profile({ 'en-dor-inn': 1, hybrid: 1 }),
        },
        { id: 'bibliotekets', label: text('Bibliotekets'), profile: profile({ 'pac-man': 1 }) },
      ],
    },
    {
      kind: 'scored',
      id: 'ledelse',
      dimension: 'ledelse',
      text: text('Ledelse?'),
      help: text('.'),
      options: [
        { id: 'felles', label: text('Felles'), profile: profile({ hybrid: 1, totalt: 1 }) },
        {
          id: 'hver-sin',
          label: text('Hver sin'),
          profile: profile({ ingen: 1, 'en-dor-inn': 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'bygg',
      dimension: 'lokalisering',
      text: text('Bygg?'),
      help: text('.'),
      options: [
        { id: 'samme', label: text('Samme'), profile: profile({ 'en-dor-inn': 1, totalt: 0.5 }) },
        { id: 'hver-sitt', label: text('Hver sitt'), profile: profile({ ingen: 1, hybrid: 1 }) },
      ],
    },
    {
      kind: 'scored',
      id: 'husmoter',
      dimension: 'lokalisering',
      text: text('Husmøter?'),
      help: text('.'),
      options: [
        { id: 'ja', label: text('Ja'), profile: profile({ 'en-dor-inn': 1 }) },
        { id: 'nei', label: text('Nei'), profile: profile({ ingen: 1 }) },
      ],
    },
  ],
};

export const TEST_CATALOGUE: Catalogue = catalogueSchema.parse(input);
