export const method = {
  title: 'Metode og kilder',
  intro:
    'Her står hvordan Modellkart kommer fram til resultatet, hva som kommer fra kildene, og hva som er vår egen tolkning.',
  modelsTitle: 'De fire modellene',
  models:
    'Modellene kommer fra prosjektet «Beste praksis for bibliotek og innbyggertorg», der Drammen bibliotek og Indre Østfold bibliotek ser på samorganisering og samlokalisering av bibliotek og innbyggertorg. De fire modellene er inspirert av den danske rapporten «Bibliotek og borger – Du er altid velkommen!» (2015).',
  warned: 'Prosjektet advarer mot denne modellen.',
  mixed:
    'Prosjektet skriver at modellene er skisser, og at det mange kommuner har, plukker elementer fra flere av modellene. Derfor viser Modellkart en blanding av modellene, ikke én merkelapp.',
  baselineTitle: 'Vårt eget sammenligningspunkt: {model}',
  baseline:
    '{model} er ikke en av prosjektets modeller. Vi har lagt den til som sammenligningspunkt: bibliotek og innbyggertorg som to atskilte organisasjoner på hvert sitt sted. Uten den måtte en kommune som ikke samarbeider om noe, plasseres i en av modellene.',
  scoringTitle: 'Fra svar til blanding og punkt på kartet',
  scoring: {
    profiles:
      'Hvert svaralternativ har en profil som sier hvor sterkt det peker mot hver av de fem referansene: de fire modellene og {baseline}. Et svar kan peke mot flere modeller.',
    mix: 'Modellblandingen er gjennomsnittet av profilene til svarene deres. Noen spørsmål veier mer enn andre. Andelene summerer til 100 %.',
    map: 'Modellkartet har to akser: samorganisering (0 = to atskilte organisasjoner, 100 = én organisasjon) og samlokalisering (0 = hvert sitt sted, 100 = ett felles servicepunkt). Hver referanse har en fast plass på kartet. Punktet deres er gjennomsnittet av disse plassene, vektet med blandingen, så kartet og blandingen sier alltid det samme.',
    dimensions:
      'For hver dimensjon, som skranke eller ledelse, viser resultatet hvilken modell svarene der trekker mot. Det er der blandingen blir synlig.',
    context:
      'Spørsmålene om kommunen, rollen deres, bosettingen og andre tjenester i bygget flytter ikke punktet. Noen av svarene brukes i teksten.',
  },
  dontKnowTitle: '«Vet ikke» og sikkerhet',
  dontKnow:
    'Et «Vet ikke»-svar peker ikke mot noen modell og flytter ikke punktet. Sikkerheten er høy, middels eller lav etter hvor stor del av spørsmålene som har et svar som teller med. Når spørsmål står åpne eller er besvart med «Vet ikke», viser resultatsiden også et område der punktet kan havne når de blir besvart.',
  warningTitle: 'Når vises advarselen mot PAC-man?',
  warning:
    'Prosjektet anbefaler ingen enkelt modell, men erfaringsrapporten advarer mot PAC-man, modellen der innbyggertorget avvikles og biblioteket overtar oppgavene (Bok og bibliotek, 2023). Modellkart viser advarselen bare når dere oppgir at innbyggertorget er lagt ned og biblioteket har tatt over oppgavene, eller når PAC-man er modellen dere ligner mest på. Den vises aldri når dere oppgir at innbyggertorget fortsatt drives, alene eller slått sammen med biblioteket, at kommunen aldri har hatt innbyggertorg, eller at oppgavene ligger hos et kontaktsenter, NAV eller i digitale kanaler.',
  warningNotPacman:
    'Vanlig bibliotekarbeid, som digital veiledning, utskrift eller arrangementer, peker ikke mot PAC-man. En kommune som aldri har hatt innbyggertorg, eller der oppgavene har gått til andre, får vite at det ikke er PAC-man.',
  textsTitle: 'Tekstene og neste steg',
  texts:
    'En setning om kommunen deres vises bare når svarene deres sier det setningen handler om. Forslagene til neste steg bygger på modellbeskrivelsene i prosjektet, og hvilke som vises, er beregnet fra svarene. Nærmest PAC-man leder stegene mot den av prosjektets modeller dere ligner mest på etter PAC-man.',
  ownTitle: 'Dette er vår egen tolkning',
  own: {
    intro: 'Dette står ikke i kildene. Det er vårt arbeid, bygd på modellbeskrivelsene:',
    baseline: 'Sammenligningspunktet {baseline}.',
    questions: 'Spørsmålene, svaralternativene og hjelpetekstene.',
    profiles: 'Profilene til svaralternativene, og hvor mye hvert spørsmål veier.',
    map: 'De to aksene og plassene til modellene på kartet. Prosjektet viser en skisse av hvordan modellene står i forhold til hverandre; kartet i Modellkart er vår egen versjon, ikke den skissen.',
  },
  sourcesTitle: 'Kilder',
  sourcesIntro: 'Modellkart bruker disse kildene, og bare dem, for fakta og tall:',
  uses: 'Det vi bruker fra kilden:',
  publishers: {
    seed: 'Prosjektet «Beste praksis for bibliotek og innbyggertorg» (Drammen bibliotek og Indre Østfold bibliotek).',
    danishReport:
      'Dansk rapport. Vi kjenner den bare gjennom prosjektets tekst, som oppgir den som inspirasjon for modellene.',
    bokOgBibliotek2023: 'Bok og bibliotek.',
    offentligService2022: 'Offentlig Service.',
    vartLand2022: 'Vårt Land.',
  },
  year: '({year})',
};
