import type { Messages } from '../messages';

export const results: Messages['results'] = {
  heading: 'De liknar mest på {model}',
  headingDesired: 'Ønskt situasjon: nærast {model}',
  lead: '{model} har {share} av modellblandinga. Resten fordeler seg på dei andre modellane, slik blandinga og kartet nedanfor viser.',
  leadWhole: '{model} har heile modellblandinga ({share}).',
  loading: 'Hentar svara …',
  empty: {
    title: 'Ikkje noko resultat enno',
    body: 'Du har ikkje svart på nokon spørsmål enno. Når du har svart på minst eitt spørsmål, ser du her kvar de står på modellkartet.',
    action: 'Gå til kartlegginga',
  },
  actionsLabel: 'Del og lagre resultatet',
  sections: {
    summary: 'Kva resultatet tyder',
    charts: 'Blandinga og kartet',
    dimensions: 'Dimensjon for dimensjon',
    dimensionsIntro:
      'Kvar dimensjon kan dra mot ein annan modell. Det er her blandinga blir synleg. Følg lenka for å endre svara.',
    reflections: 'Refleksjonar',
    context: 'Lokale tilhøve',
  },
  certainty: {
    title: 'Sikkerheit',
    high: 'Høg sikkerheit',
    medium: 'Middels sikkerheit',
    low: 'Låg sikkerheit',
    answered: '{answered} av {total} spørsmål har eit svar som tel med.',
    dontKnow_one: '{count} har fått svaret «Veit ikkje».',
    dontKnow_other: '{count} har fått svaret «Veit ikkje».',
    open_one: '{count} står ope.',
    open_other: '{count} står opne.',
    lowHint:
      'Mange spørsmål manglar svar. Punktet på kartet kan flytte seg mykje når dei blir svarte på.',
  },
  dimensions: {
    caption: 'Kva modell kvar dimensjon dreg mot',
    dimension: 'Dimensjon',
    leaning: 'Dreg mot',
    share: 'Styrke',
    answered: 'Svart på',
    answeredOf: '{answered} av {total}',
    none: 'Ingen svar enno',
    edit: 'Endre',
    editLabel: 'Endre svara om {dimension}',
  },
  charts: {
    showTable: 'Vis som tabell',
    warned: 'åtvara mot',
    mapTitle: 'Modellkartet',
    mapSummary:
      'Punktet dykkar ligg på {x} av 100 for samorganisering og {y} av 100 for samlokalisering. Nærmaste modell er {model}.',
    xAxis: 'Samorganisering',
    yAxis: 'Samlokalisering',
    xAxisHint: '0 = to skilde organisasjonar, 100 = éin organisasjon',
    yAxisHint: '0 = kvar sin stad, 100 = eitt felles servicepunkt',
    you: 'De er her',
    youDesired: 'Ønskt situasjon',
    mapTable: {
      caption: 'Punkta på modellkartet (0–100)',
      point: 'Punkt',
      kind: 'Type',
      x: 'Samorganisering',
      y: 'Samlokalisering',
    },
    kinds: {
      reference: 'Modell',
      referenceWarned: 'Modell – prosjektet åtvarar mot denne',
      current: 'Organisasjonen dykkar',
      desired: 'Ønskt situasjon',
      ghost: 'Før endringa',
      snapshot: 'Augneblinksbilete',
      participant: 'Deltakar',
      group: 'Midtpunktet for gruppa',
      role: 'Midtpunktet for ei rolle',
      uncertainty: 'Uvisse',
      spread: 'Spreiing',
      arrow: 'Pil',
    },
    arrows: {
      change: 'Frå i dag til ønskt situasjon',
      'what-if': 'Frå før til etter endringa',
      trajectory: 'Frå eitt augneblinksbilete til det neste',
    },
    mixTitle: 'Modellblandinga',
    mixSummaryWhole: 'Heile blandinga, {firstShare}, er {first}.',
    mixSummary:
      'Størst del har {first} med {firstShare}, deretter {second} med {secondShare}. Delane blir til saman 100 %.',
    mixTable: {
      caption: 'Del per modell',
      model: 'Modell',
      share: 'Del',
    },
  },
  narrative: {
    closest: 'Svara plasserer dykk nærast {model}, som har {share} av modellblandinga.',
    closestNamed:
      'Svara for {municipality} plasserer dykk nærast {model}, som har {share} av modellblandinga.',
    meaning: {
      ingen:
        '{model} tyder at bibliotek og innbyggjartorg er to skilde tenester, med kvar si leiing, kvart sitt budsjett og kvar sin stad.',
      'en-dor-inn':
        'I modellen {model} møter tenestene innbyggjarane i eit fleirbrukshus med éi dør inn, men med kvar sin skranke, eigne lokale og ofte kvar si leiing. Dei tilsette veit kva oppgåver huset løyser, og sender innbyggjaren til rett person.',
      hybrid:
        'I modellen {model} har bibliotek og innbyggjartorg same budsjett og leiing, men eigne fysiske lokasjonar og ulike oppgåver. Dei tilsette arbeider saman i prosjekt og team på område der tenestene har felles mål og interesser.',
      totalt:
        'I modellen {model} er bibliotek og innbyggjartorg éi teneste med felles skranke, og alle dei tilsette høyrer til same gruppe. Alle svarar på generelle spørsmål og viser vidare til spesialistane ved behov.',
      'pac-man':
        'I modellen {model} blir innbyggjartorget avvikla, og biblioteket tek over dei fysiske serviceoppgåvene kommunen treng. Digitale førespurnader til kommunen blir handterte av nokon andre.',
    },
    closeCall:
      'Svara ligg mellom to modellar: {model} og {second} har nesten like store delar av blandinga.',
    pull: 'Men svara om {dimensions} dreg mot {model}.',
    pullIngen: 'Svara om {dimensions} peikar mot to skilde tenester.',
    pullNone: 'Alle dimensjonane de har svart på, dreg mot {model}.',
    example: {
      ingen:
        '{model} er ikkje ein av dei fire modellane i prosjektet. Vi har lagt det til som samanlikningspunkt, så ein kommune som ikkje samarbeider om noko, ikkje må plasserast i ein modell.',
      'en-dor-inn':
        'Døme frå prosjektet: Krona i Kongsberg, eit fleirbrukshus med éi dør inn til mange tenester.',
      hybrid:
        'Døme frå prosjektet: Drammen kommune. Intensjonen er ei heilskapleg tenesteutvikling, men prosjektet har erfart at avdelingane fungerer meir som autonome avdelingar, fordi det i liten grad er lagt opp til gjensidig avhengnad mellom bibliotek og innbyggjartorg. Samarbeidet er i all hovudsak i det indre arbeidet. Svelvik bibliotek er den einaste staden der bibliotek og innbyggjartorg er i same bygning.',
      totalt:
        'Døme frå prosjektet: Indre Østfold er organisert slik, med nokre lokale tilpassingar.',
      'pac-man': 'Prosjektet gir ikkje noko døme på denne modellen.',
    },
    itorgNever:
      'De oppgir at kommunen aldri har hatt innbyggjartorg. Det er ikkje PAC-man: i PAC-man blir eit innbyggjartorg lagt ned, og biblioteket tek over oppgåvene. Dei fire modellane skildrar bibliotek og innbyggjartorg organiserte saman, så resultatet viser berre kor mykje svara dykkar liknar på dei.',
    itorgTasksElsewhere:
      'De oppgir at innbyggjartorget er lagt ned, og at oppgåvene no ligg hos eit kontaktsenter, NAV eller i digitale kanalar. Det er ikkje PAC-man: i PAC-man er det biblioteket som tek over dei fysiske serviceoppgåvene.',
    itorgLibraryTookOver:
      'De oppgir at innbyggjartorget er lagt ned, og at biblioteket har teke over oppgåvene. Det er kjenneteiknet på PAC-man.',
    warningPacman:
      'Prosjektet «Beste praksis for bibliotek og innbyggertorg» tilrår ingen einskild modell, men erfaringsrapporten åtvarar mot PAC-man, modellen der innbyggjartorget blir avvikla og biblioteket tek over oppgåvene (Bok og bibliotek, 2023).',
    contextDense:
      'De oppgir at kommunen er tettbygd med korte avstandar. Prosjektet skriv at {model} passar for tettbefolka stader der avstandane ikkje er så store, for der kan innbyggjarane få gjort mykje på same stad.',
    contextDenseOther:
      'De oppgir at kommunen er tettbygd med korte avstandar. Prosjektet skriv at Ei dør inn passar for slike stader, der innbyggjarane kan få gjort mykje på same stad.',
    contextSparse:
      'De oppgir at kommunen har spreidd busetnad og lange avstandar. Prosjektet skriv at Ei dør inn passar for tettbefolka stader der avstandane ikkje er så store.',
    contextServices:
      'De oppgir at bygget òg har {services}. Prosjektet skriv at husmøte er viktige i modellen Ei dør inn for å kjenne til kva som rører seg i huset, og at dei tilsette bør dele møterom og spiserom.',
    reflection: {
      workingHours:
        'Avklar arbeidstid og avtalar. I Totalt samarbeid bør arbeidstidene harmoniserast og arbeidstid og avtalar samordnast, men prosjektet skriv at det ikkje er uvanleg at dei er ulike for bibliotek- og innbyggjartorgtilsette.',
      houseMeetings:
        'Hald husmøte og del møterom og spiserom. I Ei dør inn må dei tilsette vite kva oppgåver huset løyser, for å sende innbyggjaren til rett ressursperson.',
      mutualDependency:
        'Byggj inn gjensidig avhengnad. I Drammen fungerer avdelingane meir som autonome avdelingar, fordi det i liten grad er lagt opp til gjensidig avhengnad mellom bibliotek og innbyggjartorg for å levere tenester til innbyggjarane.',
      crossSiteTeams:
        'Lag prosjekt og team på tvers av stadene. I Hybrid samarbeid har dei tilsette ulike oppgåver og plassering, men arbeider saman i prosjekt og team.',
      sharedTasks:
        'Finn felles oppgåver. Prosjektet nemner digital rettleiing, utskrift, skanning og kopi, utlån eller utdeling av utstyr og arrangement som døme på samarbeidsområde.',
      independence:
        'Ta vare på sjølvstendet til biblioteket. I innbyggjarundersøkinga i prosjektet meinte 1 av 4 at det å slå saman innbyggjartorg og bibliotek utfordrar sjølvstendet til biblioteket. I undersøkinga blant dei tilsette svarte 64 % at den frie rolla til biblioteket er utfordra.',
      keepService:
        'Avklar kven som skal ta imot innbyggjarar som treng hjelp andlet til andlet, og kven som svarar på digitale førespurnader til kommunen. I PAC-man tek biblioteket over dei fysiske serviceoppgåvene, medan digitale førespurnader blir handterte av nokon andre.',
      discuss:
        'Ta resultatet med til ein samtale mellom leiarar og tilsette: Kvar står de i dag, og kvar vil de?',
    },
  },
};
