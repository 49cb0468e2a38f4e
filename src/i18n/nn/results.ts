import type { Messages } from '../messages';

export const results: Messages['results'] = {
  heading: 'De liknar mest på {model}',
  headingDesired: 'Ønskt situasjon: nærast {model}',
  lead: '{share} av svara peikar mot {model}. Resten fordeler seg på dei andre modellane, slik blandinga og kartet nedanfor viser.',
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
      'Kvar dimensjon kan trekkje mot ein annan modell. Det er her hybriden blir synleg. Følg lenkja for å endre svara.',
    reflections: 'Refleksjonar og neste steg',
    context: 'Lokale tilhøve',
  },
  certainty: {
    title: 'Sikkerheit',
    high: 'Høg sikkerheit',
    medium: 'Middels sikkerheit',
    low: 'Låg sikkerheit',
    detail:
      '{answered} av {total} spørsmål er svarte på. {dontKnow} er svarte med «Veit ikkje», og {unanswered} står opne.',
    lowHint:
      'Mange spørsmål manglar svar. Punktet på kartet kan flytte seg mykje når dei blir svarte på.',
  },
  dimensions: {
    caption: 'Kva modell kvar dimensjon trekkjer mot',
    dimension: 'Dimensjon',
    leaning: 'Trekkjer mot',
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
      snapshot: 'Augeblinksbilete',
      participant: 'Deltakar',
      group: 'Midtpunktet for gruppa',
      role: 'Midtpunktet for ei rolle',
      uncertainty: 'Uvisse',
      spread: 'Spreiing',
    },
    mixTitle: 'Hybridblandinga',
    mixSummary:
      'Størst del har {first} med {firstShare}, deretter {second} med {secondShare}. Delane blir til saman 100 %.',
    mixTable: {
      caption: 'Del per modell',
      model: 'Modell',
      share: 'Del',
    },
  },
  narrative: {
    closest: 'Svara plasserer dykk nærmast {model}: {share} av svara peikar dit.',
    closestNamed:
      'Svara for {municipality} plasserer dykk nærmast {model}: {share} av svara peikar dit.',
    meaning: {
      ingen:
        'Det tyder at bibliotek og innbyggjartorg i hovudsak er to skilde tenester, med kvar si leiing, kvart sitt budsjett og kvar sin stad.',
      'en-dor-inn':
        'Det tyder at tenestene møter innbyggjarane under same tak med éin inngang, men med kvar sin skranke, eigne lokale og ofte kvar si leiing. Dei tilsette kjenner huset og sender innbyggjaren vidare til rett person.',
      hybrid:
        'Det tyder at bibliotek og innbyggjartorg har same budsjett og leiing, men held til på kvar sin stad og har ulike oppgåver. Samarbeidet skjer i prosjekt og team der de har felles mål.',
      totalt:
        'Det tyder at bibliotek og innbyggjartorg fungerer som éi teneste: felles skranke, felles leiing og éi gruppe tilsette der alle svarar på generelle spørsmål og viser vidare til spesialistane ved behov.',
      'pac-man':
        'Det tyder at innbyggjartorget i stor grad er avvikla, og at biblioteket har teke over dei fysiske serviceoppgåvene, medan digitale førespurnader blir handterte ein annan stad i kommunen.',
    },
    closeCall: 'De er ein tydeleg hybrid: {model} og {second} er nesten like sterke i svara.',
    pull: 'Men {dimensions} trekkjer mot {model}.',
    pullIngen: 'For {dimensions} er bibliotek og innbyggjartorg framleis heilt skilde.',
    pullNone:
      'Alle dimensjonane de har svart på, trekkjer mot {model}. Organiseringa er uvanleg heilskapleg.',
    example: {
      ingen:
        'Dei danske kartleggingane (2009–2014) kalla dette «Intet samarbejde». Mange kommunar startar her og tek små felles tiltak som første steg.',
      'en-dor-inn':
        'Døme frå prosjektet: Krona i Kongsberg, eit fleirbrukshus der mange tenester deler inngang, men har eigne lokale.',
      hybrid:
        'Døme frå prosjektet: Drammen kommune. Målet var ei heilskapleg tenesteutvikling, men avdelingane har fungert meir som sjølvstendige einingar, og samarbeidet skjer mest i det indre arbeidet. Berre i Svelvik held bibliotek og innbyggjartorg til i same bygning.',
      totalt:
        'Døme frå prosjektet: Indre Østfold, der innbyggjartorg og bibliotek er organiserte slik, med nokre lokale tilpassingar.',
      'pac-man':
        'Prosjektet har ikkje noko døme på denne modellen, og det er den einaste av dei fire modellane prosjektet åtvarar mot.',
    },
    warningPacman:
      '{share} av svara peikar mot PAC-man, modellen prosjektet åtvarar mot. Når innbyggjartorget blir lagt ned og biblioteket tek over oppgåvene, kjem rolla til biblioteket som eit fritt og ope rom under press.',
    contextDense:
      'De oppgir at kommunen er tettbygd med korte avstandar. Det er nettopp der Ei dør inn passar best: innbyggjarane kan få gjort mykje på éin stad.',
    contextDenseOther:
      'De oppgir at kommunen er tettbygd med korte avstandar. Då kan òg Ei dør inn vere verd å vurdere, for modellen passar best der innbyggjarane kan få gjort mykje på éin stad.',
    contextSparse:
      'De oppgir at kommunen har spreidd busetnad og lange avstandar. Ei dør inn er laga for tettbygde stader; hjå dykk kan team og felles oppgåver på tvers av stadene gje meir.',
    contextServices:
      'Bygget blir òg delt med {services}. Det er eit godt utgangspunkt for husmøte, felles møterom og eit fagmiljø på tvers.',
    reflection: {
      workingHours:
        'Samordne arbeidstid og avtalar. I ei felles teneste bør arbeidstidene harmoniserast, men det er vanleg at bibliotek- og innbyggjartorgtilsette framleis har ulike ordningar. Avklar kva som skal vere likt.',
      houseMeetings:
        'Hald husmøte og del møterom og spiserom. I eit hus med éi dør inn må dei tilsette vite kva huset tilbyr for å sende innbyggjaren til rett person.',
      mutualDependency:
        'Byggj inn gjensidig avhengnad. Erfaringa frå Drammen er at felles leiing og budsjett ikkje er nok: utan oppgåver som krev begge tenestene, fungerer avdelingane som sjølvstendige einingar.',
      crossSiteTeams:
        'Lag team på tvers av stadene. Indre Østfold arbeider i team for innbyggjardialog, opplevingar og digitalisering og innovasjon.',
      sharedTasks:
        'Finn felles oppgåver. Digital rettleiing, utskrift, skanning og kopi, utlån eller utdeling av utstyr og arrangement er område der samarbeid gjev synergiar.',
      startSmall:
        'Start med små felles tiltak. Dei danske kartleggingane viser at mange kommunar byrjar med einskildtiltak, som felles arrangement eller digital rettleiing, før dei flyttar saman.',
      independence:
        'Ta vare på sjølvstendet til biblioteket. I undersøkingane i prosjektet meinte 1 av 4 innbyggjarar at samlokalisering trugar rolla til biblioteket som fritt rom, og 64 % av dei tilsette sa at den frie rolla til biblioteket blir utfordra.',
      keepService:
        'Avklar kven som skal ta imot innbyggjarar som treng hjelp andlet til andlet. Prosjektet tilrår ingen einskild modell, men det åtvarar mot PAC-man.',
      discuss:
        'Ta resultatet med til ein samtale mellom leiarar og tilsette i begge tenestene: Kvar står de i dag, og kvar vil de?',
    },
  },
};
