export const results = {
  heading: 'Dere ligner mest på {model}',
  headingDesired: 'Ønsket situasjon: nærmest {model}',
  lead: '{share} av svarene peker mot {model}. Resten fordeler seg på de andre modellene, slik blandingen og kartet under viser.',
  loading: 'Henter svarene …',
  empty: {
    title: 'Ingen resultat ennå',
    body: 'Du har ikke svart på noen spørsmål ennå. Når du har svart på minst ett spørsmål, ser du her hvor dere står på modellkartet.',
    action: 'Gå til kartleggingen',
  },
  actionsLabel: 'Del og lagre resultatet',
  sections: {
    summary: 'Hva resultatet betyr',
    charts: 'Blandingen og kartet',
    dimensions: 'Dimensjon for dimensjon',
    dimensionsIntro:
      'Hver dimensjon kan trekke mot en annen modell. Det er her hybriden blir synlig. Følg lenken for å endre svarene.',
    reflections: 'Refleksjoner og neste steg',
    context: 'Lokale forhold',
  },
  certainty: {
    title: 'Sikkerhet',
    high: 'Høy sikkerhet',
    medium: 'Middels sikkerhet',
    low: 'Lav sikkerhet',
    detail:
      '{answered} av {total} spørsmål er besvart. {dontKnow} er besvart med «Vet ikke», og {unanswered} står åpne.',
    lowHint:
      'Mange spørsmål mangler svar. Punktet på kartet kan flytte seg mye når de blir besvart.',
  },
  dimensions: {
    caption: 'Hvilken modell hver dimensjon trekker mot',
    dimension: 'Dimensjon',
    leaning: 'Trekker mot',
    share: 'Styrke',
    answered: 'Besvart',
    answeredOf: '{answered} av {total}',
    none: 'Ingen svar ennå',
    edit: 'Endre',
    editLabel: 'Endre svarene om {dimension}',
  },
  charts: {
    showTable: 'Vis som tabell',
    warned: 'advart mot',
    mapTitle: 'Modellkartet',
    mapSummary:
      'Punktet deres ligger på {x} av 100 for samorganisering og {y} av 100 for samlokalisering. Nærmeste modell er {model}.',
    xAxis: 'Samorganisering',
    yAxis: 'Samlokalisering',
    xAxisHint: '0 = to atskilte organisasjoner, 100 = én organisasjon',
    yAxisHint: '0 = hvert sitt sted, 100 = ett felles servicepunkt',
    you: 'Dere er her',
    youDesired: 'Ønsket situasjon',
    mapTable: {
      caption: 'Punktene på modellkartet (0–100)',
      point: 'Punkt',
      kind: 'Type',
      x: 'Samorganisering',
      y: 'Samlokalisering',
    },
    kinds: {
      reference: 'Modell',
      referenceWarned: 'Modell – prosjektet advarer mot den',
      current: 'Organisasjonen deres',
      desired: 'Ønsket situasjon',
      ghost: 'Før endringen',
      snapshot: 'Øyeblikksbilde',
      participant: 'Deltaker',
      group: 'Gruppens sentrum',
      role: 'Sentrum for en rolle',
      uncertainty: 'Usikkerhet',
      spread: 'Spredning',
    },
    mixTitle: 'Hybridblandingen',
    mixSummary:
      'Størst andel har {first} med {firstShare}, deretter {second} med {secondShare}. Andelene summerer til 100 %.',
    mixTable: {
      caption: 'Andel per modell',
      model: 'Modell',
      share: 'Andel',
    },
  },
  narrative: {
    closest: 'Svarene plasserer dere nærmest {model}: {share} av svarene peker dit.',
    closestNamed:
      'Svarene for {municipality} plasserer dere nærmest {model}: {share} av svarene peker dit.',
    meaning: {
      ingen:
        'Det betyr at bibliotek og innbyggertorg i hovedsak er to atskilte tjenester, med hver sin ledelse, hvert sitt budsjett og hvert sitt sted.',
      'en-dor-inn':
        'Det betyr at tjenestene møter innbyggerne under samme tak med én inngang, men med hver sin skranke, egne lokaler og ofte hver sin ledelse. De ansatte kjenner huset og sender innbyggeren videre til rett person.',
      hybrid:
        'Det betyr at bibliotek og innbyggertorg har samme budsjett og ledelse, men holder til på hvert sitt sted og har ulike oppgaver. Samarbeidet skjer i prosjekter og team der dere har felles mål.',
      totalt:
        'Det betyr at bibliotek og innbyggertorg fungerer som én tjeneste: felles skranke, felles ledelse og én ansattgruppe der alle svarer på generelle spørsmål og henviser til spesialistene ved behov.',
      'pac-man':
        'Det betyr at innbyggertorget i stor grad er avviklet, og at biblioteket har overtatt de fysiske servicetjenestene, mens digitale henvendelser håndteres et annet sted i kommunen.',
    },
    closeCall: 'Dere er en tydelig hybrid: {model} og {second} er nesten like sterke i svarene.',
    pull: 'Men {dimensions} trekker mot {model}.',
    pullIngen: 'For {dimensions} er bibliotek og innbyggertorg fortsatt helt atskilt.',
    pullNone:
      'Alle dimensjonene dere har svart på, trekker mot {model}. Organiseringen er uvanlig helhetlig.',
    example: {
      ingen:
        'De danske kartleggingene (2009–2014) kalte dette «Intet samarbejde». Mange kommuner starter her og tar små felles tiltak som første steg.',
      'en-dor-inn':
        'Eksempel fra prosjektet: Krona i Kongsberg, et flerbrukshus der mange tjenester deler inngang, men har egne lokaler.',
      hybrid:
        'Eksempel fra prosjektet: Drammen kommune. Målet var en helhetlig tjenesteutvikling, men avdelingene har fungert mer som selvstendige enheter, og samarbeidet skjer mest i det indre arbeidet. Bare i Svelvik holder bibliotek og innbyggertorg til i samme bygning.',
      totalt:
        'Eksempel fra prosjektet: Indre Østfold, der innbyggertorg og bibliotek er organisert slik, med noen lokale tilpasninger.',
      'pac-man':
        'Prosjektet har ikke noe eksempel på denne modellen, og det er den eneste av de fire modellene prosjektet advarer mot.',
    },
    warningPacman:
      '{share} av svarene peker mot PAC-man, modellen prosjektet advarer mot. Når innbyggertorget legges ned og biblioteket tar over oppgavene, kommer bibliotekets rolle som et fritt og åpent rom under press.',
    contextDense:
      'Dere oppgir at kommunen er tettbygd med korte avstander. Det er nettopp der En dør inn passer best: innbyggerne kan få gjort mye på ett sted.',
    contextDenseOther:
      'Dere oppgir at kommunen er tettbygd med korte avstander. Da kan også En dør inn være verdt å vurdere, for modellen passer best der innbyggerne kan få gjort mye på ett sted.',
    contextSparse:
      'Dere oppgir at kommunen har spredt bosetting og lange avstander. En dør inn er laget for tettbygde steder; hos dere kan team og felles oppgaver på tvers av stedene gi mer.',
    contextServices:
      'Bygget deles også med {services}. Det er et godt utgangspunkt for husmøter, felles møterom og et fagmiljø på tvers.',
    reflection: {
      workingHours:
        'Samkjør arbeidstid og avtaler. I en felles tjeneste bør arbeidstidene harmoniseres, men det er vanlig at bibliotek- og innbyggertorgansatte fortsatt har ulike ordninger. Avklar hva som skal være likt.',
      houseMeetings:
        'Hold husmøter og del møterom og spiserom. I et hus med én dør inn må de ansatte vite hva huset tilbyr for å sende innbyggeren til rett person.',
      mutualDependency:
        'Bygg inn gjensidig avhengighet. Drammens erfaring er at felles ledelse og budsjett ikke er nok: uten oppgaver som krever begge tjenestene, fungerer avdelingene som selvstendige enheter.',
      crossSiteTeams:
        'Lag team på tvers av stedene. Indre Østfold arbeider i team for innbyggerdialog, opplevelser og digitalisering og innovasjon.',
      sharedTasks:
        'Finn felles oppgaver. Digital veiledning, utskrift, skanning og kopi, utlån eller utdeling av utstyr og arrangementer er områder der samarbeid gir synergier.',
      startSmall:
        'Start med små felles tiltak. De danske kartleggingene viser at mange kommuner begynner med enkelttiltak, som felles arrangementer eller digital veiledning, før de flytter sammen.',
      independence:
        'Ta vare på bibliotekets uavhengighet. I prosjektets undersøkelser mente 1 av 4 innbyggere at samlokalisering truer bibliotekets rolle som fritt rom, og 64 % av de ansatte sa at bibliotekets frie rolle blir utfordret.',
      keepService:
        'Avklar hvem som skal ta imot innbyggere som trenger hjelp ansikt til ansikt. Prosjektet anbefaler ingen enkelt modell, men det advarer mot PAC-man.',
      discuss:
        'Ta resultatet med til en samtale mellom ledere og ansatte i begge tjenestene: Hvor står dere i dag, og hvor vil dere?',
    },
  },
};
