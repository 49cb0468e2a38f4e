export const start = {
  title: 'Hvordan er bibliotek og innbyggertorg organisert hos dere?',
  lead: 'Modellkart hjelper kommuner med å se hvordan biblioteket og innbyggertorget er organisert sammen – og hvor dere kan gå videre. Dere svarer på spørsmål om skranke, budsjett, ledelse, lokaler, ansatte, digitale tjenester og samarbeid. Verktøyet plasserer dere på et modellkart som en blanding av fire modeller.',
  modelsTitle: 'De fire modellene',
  modelsIntro:
    'Modellene er utviklet i prosjektet «Beste praksis for bibliotek og innbyggertorg» og er inspirert av den danske rapporten «Bibliotek og borger – Du er altid velkommen!» (2015). Prosjektet skriver at mange kommuner vil kjenne igjen elementer fra flere av modellene.',
  warned: 'Prosjektet advarer mot denne modellen.',
  methodLink: 'Slik fungerer Modellkart: metode og kilder',
  time: 'Det tar 10–15 minutter. Du kan ta pauser og fortsette senere.',
  privacy:
    'Svarene blir bare lagret i denne nettleseren på denne enheten. Ingenting sendes til en server, og vi bruker ikke informasjonskapsler eller sporing.',
  begin: 'Start kartleggingen',
  continue: 'Fortsett der du slapp',
  continueHint: 'Du har svart på {answered} spørsmål så langt.',
  results: 'Se resultatet',
};
