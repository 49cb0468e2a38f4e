import type { Messages } from '../messages';

export const method: Messages['method'] = {
  title: 'Metode og kjelder',
  intro:
    'Her står korleis Modellkart kjem fram til resultatet, kva som kjem frå kjeldene, og kva som er vår eiga tolking.',
  modelsTitle: 'Dei fire modellane',
  models:
    'Modellane kjem frå prosjektet «Beste praksis for bibliotek og innbyggertorg», der Drammen bibliotek og Indre Østfold bibliotek ser på samorganisering og samlokalisering av bibliotek og innbyggjartorg. Dei fire modellane er inspirerte av den danske rapporten «Bibliotek og borger – Du er altid velkommen!» (2015).',
  warned: 'Prosjektet åtvarar mot denne modellen.',
  mixed:
    'Prosjektet skriv at modellane er skisser, og at det mange kommunar har, plukkar element frå fleire av modellane. Difor viser Modellkart ei blanding av modellane, ikkje éin merkelapp.',
  baselineTitle: 'Vårt eige samanlikningspunkt: {model}',
  baseline:
    '{model} er ikkje ein av modellane i prosjektet. Vi har lagt det til som samanlikningspunkt: bibliotek og innbyggjartorg som to skilde organisasjonar på kvar sin stad. Utan det måtte ein kommune som ikkje samarbeider om noko, plasserast i ein av modellane.',
  scoringTitle: 'Frå svar til blanding og punkt på kartet',
  scoring: {
    profiles:
      'Kvart svaralternativ har ein profil som seier kor sterkt det peikar mot kvar av dei fem referansane: dei fire modellane og {baseline}. Eit svar kan peike mot fleire modellar.',
    mix: 'Modellblandinga er gjennomsnittet av profilane til svara dykkar. Nokre spørsmål veg meir enn andre. Delane blir til saman 100 %.',
    map: 'Modellkartet har to aksar: samorganisering (0 = to skilde organisasjonar, 100 = éin organisasjon) og samlokalisering (0 = kvar sin stad, 100 = eitt felles servicepunkt). Kvar referanse har ein fast plass på kartet. Punktet dykkar er gjennomsnittet av desse plassane, vege med blandinga, så kartet og blandinga seier alltid det same.',
    dimensions:
      'For kvar dimensjon, som skranke eller leiing, viser resultatet kva modell svara der dreg mot. Det er der blandinga blir synleg.',
    context:
      'Spørsmåla om kommunen, rolla dykkar, busetnaden og andre tenester i bygget flyttar ikkje punktet. Nokre av svara blir brukte i teksten.',
  },
  dontKnowTitle: '«Veit ikkje» og sikkerheit',
  dontKnow:
    'Eit «Veit ikkje»-svar peikar ikkje mot nokon modell og flyttar ikkje punktet. Sikkerheita er høg, middels eller låg etter kor stor del av spørsmåla som har eit svar som tel med. Når spørsmål står opne eller har fått svaret «Veit ikkje», viser resultatsida òg eit område der punktet kan hamne når dei blir svarte på.',
  warningTitle: 'Når blir åtvaringa mot PAC-man vist?',
  warning:
    'Prosjektet tilrår ingen einskild modell, men erfaringsrapporten åtvarar mot PAC-man, modellen der innbyggjartorget blir avvikla og biblioteket tek over oppgåvene (Bok og bibliotek, 2023). Modellkart viser åtvaringa berre når de oppgir at innbyggjartorget er lagt ned og biblioteket har teke over oppgåvene, eller når PAC-man er modellen de liknar mest på. Ho blir aldri vist når de oppgir at innbyggjartorget framleis er i drift, åleine eller slått saman med biblioteket, at kommunen aldri har hatt innbyggjartorg, eller at oppgåvene ligg hos eit kontaktsenter, NAV eller i digitale kanalar.',
  warningNotPacman:
    'Vanleg biblioteksarbeid, som digital rettleiing, utskrift eller arrangement, peikar ikkje mot PAC-man. Ein kommune som aldri har hatt innbyggjartorg, eller der oppgåvene har gått til andre, får vite at det ikkje er PAC-man.',
  textsTitle: 'Tekstane og neste steg',
  texts:
    'Ei setning om kommunen dykkar blir berre vist når svara dykkar seier det setninga handlar om. Forslaga til neste steg byggjer på modellskildringane i prosjektet, og kva for nokre som blir viste, er rekna ut frå svara. Nærast PAC-man leier stega mot den av modellane i prosjektet de liknar mest på etter PAC-man.',
  ownTitle: 'Dette er vår eiga tolking',
  own: {
    intro: 'Dette står ikkje i kjeldene. Det er vårt arbeid, bygd på modellskildringane:',
    baseline: 'Samanlikningspunktet {baseline}.',
    questions: 'Spørsmåla, svaralternativa og hjelpetekstane.',
    profiles: 'Profilane til svaralternativa, og kor mykje kvart spørsmål veg.',
    map: 'Dei to aksane og plassane til modellane på kartet. Prosjektet viser ei skisse av korleis modellane står i forhold til kvarandre; kartet i Modellkart er vår eiga utgåve, ikkje den skissa.',
  },
  sourcesTitle: 'Kjelder',
  sourcesIntro: 'Modellkart brukar desse kjeldene, og berre dei, for fakta og tal:',
  uses: 'Det vi brukar frå kjelda:',
  publishers: {
    seed: 'Prosjektet «Beste praksis for bibliotek og innbyggertorg» (Drammen bibliotek og Indre Østfold bibliotek).',
    danishReport:
      'Dansk rapport. Vi kjenner han berre gjennom teksten til prosjektet, som oppgir han som inspirasjon for modellane.',
    bokOgBibliotek2023: 'Bok og bibliotek.',
    offentligService2022: 'Offentlig Service.',
    vartLand2022: 'Vårt Land.',
  },
  year: '({year})',
};
