import type { Messages } from '../messages';

export const start: Messages['start'] = {
  title: 'Korleis er bibliotek og innbyggjartorg organiserte hos dykk?',
  lead: 'Modellkart hjelper kommunar med å sjå korleis biblioteket og innbyggjartorget er organiserte saman – og kvar de kan gå vidare. De svarar på spørsmål om skranke, budsjett, leiing, lokale, tilsette, digitale tenester og samarbeid. Verktøyet plasserer dykk på eit modellkart som ei blanding av fire modellar.',
  modelsTitle: 'Dei fire modellane',
  modelsIntro:
    'Modellane er utvikla i prosjektet «Beste praksis for bibliotek og innbyggertorg» og er inspirerte av den danske rapporten «Bibliotek og borger – Du er altid velkommen!» (2015). Prosjektet skriv at mange kommunar vil kjenne att element frå fleire av modellane.',
  warned: 'Prosjektet åtvarar mot denne modellen.',
  methodLink: 'Slik fungerer Modellkart: metode og kjelder',
  time: 'Det tek 10–15 minutt. Du kan ta pausar og halde fram seinare.',
  privacy:
    'Svara blir berre lagra i denne nettlesaren på denne eininga. Ingenting blir sendt til ein tenar, og vi brukar ikkje informasjonskapslar eller sporing.',
  begin: 'Start kartlegginga',
  continue: 'Hald fram der du slapp',
  continueHint: 'Du har svart på {answered} spørsmål så langt.',
  results: 'Sjå resultatet',
};
