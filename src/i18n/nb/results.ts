export const results = {
  heading: 'Dere ligner mest på {model}',
  headingDesired: 'Ønsket situasjon: nærmest {model}',
  lead: '{model} har {share} av modellblandingen. Resten fordeler seg på de andre modellene, slik blandingen og kartet under viser.',
  leadWhole: '{model} har hele modellblandingen ({share}).',
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
      'Hver dimensjon kan trekke mot en annen modell. Det er her blandingen blir synlig. Følg lenken for å endre svarene.',
    reflections: 'Refleksjoner',
    context: 'Lokale forhold',
  },
  certainty: {
    title: 'Sikkerhet',
    high: 'Høy sikkerhet',
    medium: 'Middels sikkerhet',
    low: 'Lav sikkerhet',
    answered: '{answered} av {total} spørsmål har et svar som teller med.',
    dontKnow_one: '{count} er besvart med «Vet ikke».',
    dontKnow_other: '{count} er besvart med «Vet ikke».',
    open_one: '{count} står åpent.',
    open_other: '{count} står åpne.',
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
      arrow: 'Pil',
    },
    arrows: {
      change: 'Fra i dag til ønsket situasjon',
      'what-if': 'Fra før til etter endringen',
      trajectory: 'Fra ett øyeblikksbilde til det neste',
    },
    mixTitle: 'Modellblandingen',
    mixSummaryWhole: 'Hele blandingen, {firstShare}, er {first}.',
    mixSummary:
      'Størst andel har {first} med {firstShare}, deretter {second} med {secondShare}. Andelene summerer til 100 %.',
    mixTable: {
      caption: 'Andel per modell',
      model: 'Modell',
      share: 'Andel',
    },
  },
  narrative: {
    closest: 'Svarene plasserer dere nærmest {model}, som har {share} av modellblandingen.',
    closestNamed:
      'Svarene for {municipality} plasserer dere nærmest {model}, som har {share} av modellblandingen.',
    meaning: {
      ingen:
        '{model} betyr at bibliotek og innbyggertorg er to atskilte tjenester, med hver sin ledelse, hvert sitt budsjett og hvert sitt sted.',
      'en-dor-inn':
        'I modellen {model} møter tjenestene innbyggerne i et flerbrukshus med én dør inn, men med hver sin skranke, egne lokaler og ofte hver sin ledelse. De ansatte vet hvilke oppgaver huset løser, og sender innbyggeren til rett person.',
      hybrid:
        'I modellen {model} har bibliotek og innbyggertorg samme budsjett og ledelse, men egne fysiske lokasjoner og ulike oppgaver. De ansatte jobber sammen i prosjekter og team på områder der tjenestene har felles mål og interesser.',
      totalt:
        'I modellen {model} er bibliotek og innbyggertorg én tjeneste med felles skranke, og alle ansatte er i samme ansattgruppe. Alle svarer på generelle spørsmål og henviser til spesialistene ved behov.',
      'pac-man':
        'I modellen {model} avvikles innbyggertorget, og biblioteket overtar de fysiske servicetjenestene kommunen har behov for. Digitale henvendelser til kommunen håndteres av noen andre.',
    },
    closeCall:
      'Svarene ligger mellom to modeller: {model} og {second} har nesten like store andeler av blandingen.',
    pull: 'Men svarene om {dimensions} trekker mot {model}.',
    pullIngen: 'Svarene om {dimensions} peker mot to atskilte tjenester.',
    pullNone: 'Alle dimensjonene dere har svart på, trekker mot {model}.',
    example: {
      ingen:
        '{model} er ikke en av prosjektets fire modeller. Vi har lagt den til som sammenligningspunkt, så en kommune som ikke samarbeider om noe, ikke må plasseres i en modell.',
      'en-dor-inn':
        'Eksempel fra prosjektet: Krona i Kongsberg, et flerbrukshus med én dør inn til mange tjenester.',
      hybrid:
        'Eksempel fra prosjektet: Drammen kommune. Intensjonen er en helhetlig tjenesteutvikling, men prosjektet har erfart at avdelingene fungerer mer som autonome avdelinger, fordi det i liten grad er lagt opp til gjensidig avhengighet mellom bibliotek og innbyggertorg. Samarbeidet er i all hovedsak i det indre arbeidet. Svelvik bibliotek er det eneste stedet der bibliotek og innbyggertorg er i samme bygning.',
      totalt:
        'Eksempel fra prosjektet: Indre Østfold er organisert slik, med noen lokale tilpasninger.',
      'pac-man': 'Prosjektet gir ikke noe eksempel på denne modellen.',
    },
    itorgNever:
      'Dere oppgir at kommunen aldri har hatt innbyggertorg. Det er ikke PAC-man: i PAC-man legges et innbyggertorg ned, og biblioteket overtar oppgavene. De fire modellene beskriver bibliotek og innbyggertorg organisert sammen, så resultatet viser bare hvor mye svarene deres ligner på dem.',
    itorgTasksElsewhere:
      'Dere oppgir at innbyggertorget er lagt ned, og at oppgavene nå ligger hos et kontaktsenter, NAV eller i digitale kanaler. Det er ikke PAC-man: i PAC-man er det biblioteket som overtar de fysiske serviceoppgavene.',
    itorgLibraryTookOver:
      'Dere oppgir at innbyggertorget er lagt ned, og at biblioteket har overtatt oppgavene. Det er kjennetegnet på PAC-man.',
    warningPacman:
      'Prosjektet «Beste praksis for bibliotek og innbyggertorg» anbefaler ingen enkelt modell, men erfaringsrapporten advarer mot PAC-man, modellen der innbyggertorget avvikles og biblioteket overtar oppgavene (Bok og bibliotek, 2023).',
    contextDense:
      'Dere oppgir at kommunen er tettbygd med korte avstander. Prosjektet skriver at {model} passer for tettbefolkede steder der avstandene ikke er så store, for der kan innbyggerne få mye unnagjort på samme sted.',
    contextDenseOther:
      'Dere oppgir at kommunen er tettbygd med korte avstander. Prosjektet skriver at En dør inn passer for slike steder, der innbyggerne kan få mye unnagjort på samme sted.',
    contextSparse:
      'Dere oppgir at kommunen har spredt bosetting og lange avstander. Prosjektet skriver at En dør inn passer for tettbefolkede steder der avstandene ikke er så store.',
    contextServices:
      'Dere oppgir at bygget også har {services}. Prosjektet skriver at husmøter er viktige i modellen En dør inn for å kjenne til hva som rører seg i huset, og at de ansatte bør dele møterom og spiserom.',
    reflection: {
      workingHours:
        'Avklar arbeidstid og avtaler. I Totalt samarbeid bør arbeidstidene harmoniseres og arbeidstid og avtaler samkjøres, men prosjektet skriver at det ikke er uvanlig at de er forskjellige for bibliotek- og innbyggertorgansatte.',
      houseMeetings:
        'Hold husmøter og del møterom og spiserom. I En dør inn må de ansatte vite hvilke oppgaver huset løser, for å sende innbyggeren til rett ressursperson.',
      mutualDependency:
        'Bygg inn gjensidig avhengighet. I Drammen fungerer avdelingene mer som autonome avdelinger, fordi det i liten grad er lagt opp til gjensidig avhengighet mellom bibliotek og innbyggertorg for å levere tjenester til innbyggerne.',
      crossSiteTeams:
        'Lag prosjekter og team på tvers av stedene. I Hybrid samarbeid har de ansatte ulike oppgaver og plassering, men jobber sammen i prosjekter og team.',
      sharedTasks:
        'Finn felles oppgaver. Prosjektet nevner digital veiledning, utskrift, skanning og kopi, utlån eller utdeling av utstyr og arrangementer som eksempler på samarbeidsområder.',
      independence:
        'Ta vare på bibliotekets uavhengighet. I prosjektets innbyggerundersøkelse mente 1 av 4 at det å slå sammen innbyggertorg og bibliotek utfordrer bibliotekets uavhengighet. I ansattundersøkelsen svarte 64 % av de ansatte at bibliotekets frie rolle er utfordret.',
      keepService:
        'Avklar hvem som skal ta imot innbyggere som trenger hjelp ansikt til ansikt, og hvem som svarer på digitale henvendelser til kommunen. I PAC-man overtar biblioteket de fysiske serviceoppgavene, mens digitale henvendelser håndteres av noen andre.',
      discuss:
        'Ta resultatet med til en samtale mellom ledere og ansatte: Hvor står dere i dag, og hvor vil dere?',
    },
  },
};
