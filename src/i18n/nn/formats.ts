import type { Messages } from '../messages';

export const formats: Messages['formats'] = {
  carried: {
    title: 'Svara er flytte til eit nyare spørsmålssett',
    body: 'Svara vart gitt med spørsmålssett {from}. Dei er flytte til spørsmålssett {to}, som verktøyet brukar no.',
    changed:
      'Desse spørsmåla er endra, så svaret er teke bort eller tyder mindre enn før. Sjå over dei:',
    dropped: 'Spørsmål som ikkje blir stilte lenger: {count}.',
    unchanged: 'Ingen av svara vart endra.',
    dismiss: 'Lukk meldinga',
  },
  repairs: {
    heading: 'Dette vart retta då fila vart lesen:',
    'duplicate-id': 'Deltakar {number} hadde same id som ein annan deltakar og fekk ein ny.',
    'duplicate-number': 'Nummer {was} var brukt to gonger: den eine er no deltakar {number}.',
    'unknown-role':
      'Deltakar {number} hadde ei rolle verktøyet ikkje kjenner. Rolla er teken bort.',
    'unknown-answers':
      'Deltakar {number} hadde {count} svar på spørsmål eller alternativ verktøyet ikkje kjenner. Dei er utelatne.',
    'next-number': 'Neste nye deltakar får nummer {number}.',
  },
  leftOut: {
    summary_one: '{count} svar kunne ikkje brukast og er utelatne:',
    summary_other: '{count} svar kunne ikkje brukast og er utelatne:',
    unknownQuestion_one: 'eit spørsmål som ikkje finst i dette spørsmålssettet',
    unknownQuestion_other: '{count} spørsmål som ikkje finst i dette spørsmålssettet',
    unknownOption_one: 'eit ukjent svaralternativ på «{question}»',
    unknownOption_other: '{count} ukjende svaralternativ på «{question}»',
  },
};
