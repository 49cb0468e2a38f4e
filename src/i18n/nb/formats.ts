// Notes shown when answers, files or links made with an older catalogue are opened, and what a
// workshop file's check put right.
export const formats = {
  carried: {
    title: 'Svarene er flyttet til et nyere spørsmålssett',
    body: 'Svarene ble gitt med spørsmålssett {from}. De er flyttet til spørsmålssett {to}, som verktøyet bruker nå.',
    changed:
      'Disse spørsmålene er endret, så svaret er tatt bort eller betyr mindre enn før. Se over dem:',
    dropped: 'Spørsmål som ikke stilles lenger: {count}.',
    unchanged: 'Ingen av svarene ble endret.',
    dismiss: 'Lukk meldingen',
  },
  repairs: {
    heading: 'Dette ble rettet da filen ble lest:',
    'duplicate-id': 'Deltaker {number} hadde samme id som en annen deltaker og fikk en ny.',
    'duplicate-number': 'Nummer {was} var brukt to ganger: den ene er nå deltaker {number}.',
    'unknown-role': 'Deltaker {number} hadde en rolle verktøyet ikke kjenner. Rollen er tatt bort.',
    'unknown-answers':
      'Deltaker {number} hadde {count} svar på spørsmål eller alternativer verktøyet ikke kjenner. De er utelatt.',
    'next-number': 'Neste nye deltaker får nummer {number}.',
  },
  /** Answers from a file or link that name a question or option this question set lacks. */
  leftOut: {
    summary_one: '{count} svar kunne ikke brukes og er utelatt:',
    summary_other: '{count} svar kunne ikke brukes og er utelatt:',
    unknownQuestion_one: 'et spørsmål som ikke finnes i dette spørsmålssettet',
    unknownQuestion_other: '{count} spørsmål som ikke finnes i dette spørsmålssettet',
    unknownOption_one: 'et ukjent svaralternativ på «{question}»',
    unknownOption_other: '{count} ukjente svaralternativer på «{question}»',
  },
};
