export const insight = {
  common: {
    points: '{points} prosentpoeng',
    today: 'I dag',
    desired: 'Ønsket',
    dontKnow: 'Vet ikke',
    unanswered: 'Ikke besvart',
    questionsLabel: 'Svarene det gjelder',
  },
  whyHere: {
    title: 'Hvorfor her?',
    intro:
      'Hvert svar trekker plasseringen mot én eller flere modeller. Her er svarene som trekker mest mot hver modell. Tallet viser hvor mange prosentpoeng av blandingen svaret står for; til sammen blir det modellens andel.',
    model: '{model} – {share}',
    answer: 'Svar: {answer}',
    more: 'Ytterligere {count} svar trekker litt mot denne modellen.',
    edit: 'Endre svaret',
    editLabel: 'Endre svaret på «{question}»',
  },
  tensions: {
    title: 'Spenninger i svarene',
    intro:
      'Noen svar trekker i hver sin retning. Det er ikke feil – de fleste kommuner er hybrider – men det er verdt å snakke om.',
    none: 'Vi fant ingen svar som trekker tydelig i hver sin retning.',
    pullsBetween: 'Trekker mellom {first} og {second}.',
    reflection: 'Fra prosjektet',
    rules: {
      'felles-skranke-atskilt-drift': {
        title: 'Felles skranke, men atskilt drift',
        explanation:
          'Dere har én felles skranke, men ansatte, budsjett eller begge deler er fortsatt delt i to. Skranken peker mot Totalt samarbeid, resten mot to atskilte tjenester.',
        reflection:
          'I Totalt samarbeid er det særegne at alle ansatte er i samme ansattgruppe. Hvis skranken er felles mens gruppene og budsjettene er hver for seg, hvem har da ansvaret for det innbyggeren møter?',
      },
      'en-gruppe-ulike-avtaler': {
        title: 'Én tjeneste, ulike avtaler',
        explanation: 'Dere jobber som én tjeneste, men arbeidstid og avtaler er ikke samkjørt.',
        reflection:
          'Prosjektet anbefaler å harmonisere arbeidstid og samkjøre avtaler i Totalt samarbeid, men erfarer at det ofte fortsatt er forskjeller mellom bibliotek- og innbyggertorgansatte. Hvilke forskjeller merker innbyggerne, og hvilke merker bare de ansatte?',
      },
      'felles-ledelse-uten-avhengighet': {
        title: 'Felles ledelse, men lite som bindes sammen',
        explanation:
          'Dere har felles leder, men tjenestene er lite avhengige av hverandre eller jobber sjelden sammen.',
        reflection:
          'Drammen har felles budsjett og ledelse, men har erfart at avdelingene fungerer som autonome avdelinger fordi det i liten grad er lagt opp til gjensidig avhengighet, og samarbeidet skjer mest i det indre arbeidet. Hva kunne dere levere til innbyggerne bare sammen?',
      },
      'felles-budsjett-uten-felles-mal': {
        title: 'Felles budsjett, egne mål',
        explanation: 'Pengene er felles, men hver tjeneste har sine egne mål.',
        reflection:
          'Hybrid samarbeid handler om å skape synergier der man har felles mål og interesser, for eksempel digital veiledning, utskrift, skanning og kopi, utstyr og arrangementer. Hvilke to eller tre mål kunne dere eie sammen?',
      },
      'samme-hus-uten-moteplasser': {
        title: 'Samme hus, men ingen møteplasser',
        explanation:
          'Dere holder til i samme hus, men de ansatte møtes ikke i husmøter eller felles rom.',
        reflection:
          'I En dør inn er husmøter viktige for å vite hva som rører seg i huset, og de ansatte bør dele møterom og spiserom. Slik blir huset et fagmiljø på tvers og ikke bare en felles inngang.',
      },
      'samme-hus-kjenner-lite': {
        title: 'Tett på hverandre, men kjenner lite til hverandre',
        explanation:
          'Tjenestene er i samme hus eller deler skranke, men de ansatte kjenner lite til hva den andre tjenesten gjør.',
        reflection:
          'En dør inn forutsetter at de ansatte vet godt hvilke oppgaver huset løser og kan sende innbyggeren til rett person. Hvordan lærer en ny ansatt hva de andre i huset gjør?',
      },
      'felles-skranke-hvert-sitt-sted': {
        title: 'Felles skranke på hvert sitt sted?',
        explanation:
          'Dere svarer at skranken er felles, men at tjenestene holder til på hvert sitt sted. Kanskje gjelder den felles skranken bare ett av stedene?',
        reflection:
          'I Drammen er Svelvik bibliotek det eneste stedet der bibliotek og innbyggertorg er i samme bygning. Mange kommuner har slike lokale unntak. Det kan være lurt å svare for det stedet som er typisk, og skrive unntakene i en kommentar.',
      },
      'pac-man-med-eget-innbyggertorg': {
        title: 'Biblioteket tar over, men innbyggertorget finnes fortsatt',
        explanation:
          'Biblioteket har tatt over serviceoppgaver, samtidig som innbyggertorget drives som egen tjeneste ved siden av.',
        reflection:
          'Prosjektet fraråder PAC-man-modellen, der innbyggertorget avvikles og biblioteket overtar. Når biblioteket tar over deler av oppgavene mens innbyggertorget består, blir det uklart hvem som har ansvaret – og bibliotekets rolle som fritt rom kan komme under press.',
      },
      'en-dor-inn-spredt-bosetting': {
        title: 'En dør inn i en spredtbygd kommune',
        explanation: 'Dere har et flerbrukshus med én inngang, men mange innbyggere har lang vei.',
        reflection:
          'En dør inn passer best der folk bor tett og avstandene er korte, slik at man kan få gjort mye på ett sted. Hvordan når dere dem som bor langt fra huset?',
      },
    },
  },
  certainty: {
    title: 'Hvor sikker er plasseringen?',
    intro:
      '{count} av spørsmålene er besvart med «Vet ikke» eller ikke besvart. Det skraverte området viser hvor punktet kan havne når de blir besvart.',
    narrow:
      'Området er så lite at det ligger nesten helt under punktet: svarene som mangler, kan bare flytte punktet litt.',
    mapTitle: 'Mulig område for plasseringen',
    mapSummary:
      'Punktet kan havne mellom {minX} og {maxX} på samorganisering og mellom {minY} og {maxY} på samlokalisering.',
    region: 'Mulig område',
    you: 'Dere nå',
    listTitle: 'Spørsmål uten svar',
    answer: 'Svar på spørsmålet',
    answerLabel: 'Svar på «{question}»',
  },
  whatIf: {
    title: 'Hva om …?',
    intro:
      'Prøv andre svar og se hvordan plasseringen, blandingen og områdene endrer seg. De lagrede svarene endres ikke.',
    questionsTitle: 'Endre svar',
    unchangedSuffix: '(som nå)',
    changedCount: '{count} svar endret',
    noChanges: 'Ingen svar er endret ennå.',
    mapTitle: 'Plasseringen med endrede svar',
    mapSummary: 'Punktet flytter seg fra ({fromX}, {fromY}) til ({toX}, {toY}).',
    mapSummarySame: 'Punktet står på ({x}, {y}).',
    original: 'Nå',
    changed: 'Hva om',
    mixTitle: 'Blandingen med endrede svar',
    dimensionsCaption: 'Hvilken modell hvert område heller mot, nå og med endrede svar',
    dimension: 'Område',
    now: 'Nå',
    then: 'Hva om',
    none: 'Ingen svar',
    reset: 'Tilbakestill',
    save: 'Lagre som ønsket situasjon',
    saved: 'Lagret som ønsket situasjon. Se «I dag og ønsket situasjon».',
    noResult: 'Med disse svarene er det ingenting å plassere.',
  },
  desired: {
    title: 'I dag og ønsket situasjon',
    intro:
      'Fyll ut kartleggingen en gang til for slik dere ønsker å ha det. Da ser dere avstanden fra i dag, hva som må endres og hva dere bør være obs på.',
    none: 'Dere har ikke fylt ut ønsket situasjon ennå. Den starter som en kopi av svarene for i dag.',
    start: 'Fyll ut ønsket situasjon',
    edit: 'Endre ønsket situasjon',
    editToday: 'Endre dagens situasjon',
    remove: 'Slett ønsket situasjon',
    removeBody:
      'Svarene for ønsket situasjon slettes fra denne enheten. Svarene for i dag beholdes.',
    showingDesired:
      'Resultatet øverst på siden viser ønsket situasjon, fordi det er den dere redigerer nå.',
    showToday: 'Vis og rediger dagens situasjon',
    showDesired: 'Vis og rediger ønsket situasjon',
    mapTitle: 'Fra i dag til ønsket situasjon',
    mapSummary: 'Pilen går fra i dag ({fromX}, {fromY}) til ønsket situasjon ({toX}, {toY}).',
    mapSummarySame: 'Ønsket situasjon gir samme plassering som i dag ({x}, {y}).',
    mixToday: 'Blandingen i dag',
    mixDesired: 'Ønsket blanding',
    noScore: 'Ønsket situasjon har ingen svar som kan plasseres ennå.',
    gapsTitle: 'Hva må endres?',
    gapsIntro:
      'Områdene står i rekkefølge etter hvor langt det er fra i dag til ønsket situasjon, med tiltak fra prosjektet og det dere bør være obs på.',
    gapsNone:
      'Ønsket situasjon er lik dagens. Endre svarene for ønsket situasjon for å se hva som skiller.',
    gapDistance: '{points} prosentpoeng av blandingen flytter seg, mest mot {model}.',
    changed: 'Endrede svar: {questions}',
    actions: 'Tiltak',
    risks: 'Vær obs på',
    overallRisks: 'Vær obs på dette',
    unchangedTitle: 'Uten endring',
  },
  actions: {
    'felles-skranke':
      'Lag én felles skranke der innbyggerne får hjelp med både bibliotek- og servicespørsmål.',
    henvisning:
      'Sørg for at alle ansatte kjenner hverandres oppgaver og vet hvem de skal sende innbyggeren videre til.',
    'generalist-spesialist':
      'Del oppgavene i generalist- og spesialistoppgaver: alle svarer på generelle spørsmål, og hver er spesialist i sitt fag.',
    'felles-ansattgruppe': 'Samle de ansatte i én ansattgruppe med felles oppgaver.',
    'harmoniser-arbeidstid': 'Harmoniser arbeidstid og samkjør arbeidstidsordninger og avtaler.',
    husmoter: 'Innfør faste husmøter, så alle vet hva som rører seg i huset.',
    'felles-rom': 'Del møterom og spiserom – det er der folk blir kjent på tvers.',
    'prosjekter-team': 'Start felles prosjekter og team på områder der dere har felles mål.',
    'digital-veiledning': 'Lag et felles tilbud om digital veiledning.',
    'print-skann': 'Samle utskrift, skanning og kopi i én løsning innbyggerne kan bruke.',
    utstyrsutlan: 'Samarbeid om utlån og utdeling av utstyr.',
    arrangementer: 'Planlegg arrangementer sammen.',
    'tverrgaende-team':
      'Lag team på tvers av stedene, slik Indre Østfold har gjort med innbyggerdialog, opplevelser og digitalisering og innovasjon.',
    'felles-budsjett': 'Samle budsjettet og bli enige om hva som prioriteres sammen.',
    'felles-ledelse': 'Samle tjenestene under én leder med ansvar for helheten.',
    'gjensidig-avhengighet':
      'Bygg inn gjensidig avhengighet: oppgaver dere bare kan levere til innbyggerne sammen.',
    samlokalisering: 'Planlegg samlokalisering: samme bygg, én inngang.',
    'avklar-ansvar':
      'Avklar hvem som har ansvar for hva, og hvordan innbyggerne blir sendt videre mellom tjenestene.',
  },
  risks: {
    'bibliotekets-frihet':
      'Bibliotekets uavhengighet: i prosjektets undersøkelser mente 1 av 4 innbyggere at samlokalisering truer bibliotekets uavhengighet som fritt rom, og 64 % av de ansatte mente bibliotekets frie rolle utfordres.',
    'pac-man':
      'PAC-man: prosjektet fraråder modellen der innbyggertorget avvikles og biblioteket overtar oppgavene.',
    'autonome-avdelinger':
      'Autonome avdelinger: Drammen erfarte at felles ledelse ikke er nok – uten gjensidig avhengighet fungerer avdelingene hver for seg.',
    'ulike-avtaler':
      'Ulike avtaler: arbeidstid og avtaler er ofte forskjellige for bibliotek- og innbyggertorgansatte, og det tar tid å samkjøre dem.',
    avstander: 'Avstander: En dør inn passer best i tettbygde strøk med korte avstander.',
  },
  snapshots: {
    title: 'Øyeblikksbilder',
    intro:
      'Lagre et øyeblikksbilde av svarene, for eksempel før og etter en endring. Kartet viser hvordan plasseringen har flyttet seg over tid.',
    label: 'Navn på øyeblikksbildet',
    labelHint: 'For eksempel «Før omorganiseringen» eller «Høsten 2025».',
    save: 'Lagre øyeblikksbilde',
    defaultLabel: 'Øyeblikksbilde {number}',
    saved: 'Øyeblikksbildet «{label}» er lagret.',
    deleted: 'Øyeblikksbildet «{label}» er slettet.',
    undo: 'Angre',
    undoLabel: 'Angre slettingen av «{label}»',
    restored: 'Øyeblikksbildet «{label}» er tilbake.',
    limit: 'Dere kan ha opptil {max} øyeblikksbilder. Når dere lagrer flere, slettes det eldste.',
    none: 'Ingen øyeblikksbilder ennå.',
    caption: 'Lagrede øyeblikksbilder, eldste først',
    name: 'Navn',
    date: 'Dato',
    variant: 'Gjelder',
    closest: 'Nærmest',
    delete: 'Slett',
    deleteLabel: 'Slett øyeblikksbildet «{label}»',
    noScore: 'Ingen plassering',
    mapTitle: 'Utviklingen over tid',
    mapSummary:
      'Pilene viser hvordan plasseringen har flyttet seg gjennom {count} øyeblikksbilder, fra «{first}» til «{last}».',
    mapSummaryOne:
      'Øyeblikksbildet «{label}» står på ({x}, {y}). Lagre flere for å se utviklingen.',
    markerLabel: '{number}. {label}',
  },
};
