import type { CatalogueInput } from './catalogue-schema';

// Placeholder catalogue: replaced by the full question set.
export const catalogueData: CatalogueInput = {
  version: '0.1.0',
  context: {
    title: { nb: 'Om dere', nn: 'Om dykk', en: 'About you' },
    intro: {
      nb: 'Litt om kommunen og deg. Dette former teksten i resultatet, men ikke plasseringen.',
      nn: 'Litt om kommunen og deg. Dette formar teksten i resultatet, men ikkje plasseringa.',
      en: 'A little about the municipality and you. This shapes the text of the result, not the position.',
    },
  },
  dimensions: [
    {
      id: 'skranke',
      title: { nb: 'Skranke', nn: 'Skranke', en: 'Front desk' },
      intro: { nb: 'Skranke.', nn: 'Skranke.', en: 'Front desk.' },
    },
  ],
  questions: [
    {
      kind: 'context',
      id: 'kommune',
      input: 'text',
      text: { nb: 'Kommune', nn: 'Kommune', en: 'Municipality' },
      help: {
        nb: 'Navnet vises i resultatet.',
        nn: 'Namnet vert vist i resultatet.',
        en: 'Shown in the result.',
      },
    },
    {
      kind: 'scored',
      id: 'felles-skranke',
      dimension: 'skranke',
      text: {
        nb: 'Har dere felles skranke?',
        nn: 'Har de felles skranke?',
        en: 'Do you share a counter?',
      },
      help: { nb: 'Hjelp.', nn: 'Hjelp.', en: 'Help.' },
      options: [
        {
          id: 'felles',
          label: { nb: 'Ja', nn: 'Ja', en: 'Yes' },
          profile: {
            ingen: 0,
            'en-dor-inn': 0,
            hybrid: 0,
            totalt: 1,
            'pac-man': 0,
          },
        },
        {
          id: 'hver-sin',
          label: { nb: 'Nei', nn: 'Nei', en: 'No' },
          profile: {
            ingen: 1,
            'en-dor-inn': 0,
            hybrid: 0,
            totalt: 0,
            'pac-man': 0,
          },
        },
      ],
    },
  ],
};
