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
      'Noen svar trekker i hver sin retning. Det er ikke feil – mange kommuner blander elementer fra flere modeller – men det er verdt å snakke om.',
    none: 'Vi fant ingen svar som trekker tydelig i hver sin retning.',
    pullsBetween: 'Trekker mellom {first} og {second}.',
    reflection: 'Fra prosjektet',
    rules: {
      'felles-skranke-atskilt-drift': {
        title: 'Felles skranke, men atskilt drift',
        explanation:
          'Dere har én felles skranke, men de ansatte eller budsjettet er fortsatt delt i to. Skranken peker mot Totalt samarbeid, resten mot to atskilte tjenester.',
        reflection:
          'I Totalt samarbeid er det særegne at alle ansatte er i samme ansattgruppe. Hvis skranken er felles mens gruppene eller budsjettene er hver for seg, hvem har da ansvaret for det innbyggeren møter?',
      },
      'felles-ledelse-uten-avhengighet': {
        title: 'Felles ledelse, men lite som bindes sammen',
        explanation:
          'Dere har felles leder, men tjenestene er ikke avhengige av hverandre, eller samarbeidet skjer bare i det indre arbeidet.',
        reflection:
          'I Drammen er intensjonen en helhetlig tjenesteutvikling, men prosjektet har erfart at avdelingene fungerer mer som autonome avdelinger, fordi det i liten grad er lagt opp til gjensidig avhengighet mellom bibliotek og innbyggertorg, og samarbeidet er i all hovedsak i det indre arbeidet. Hva kunne dere levere til innbyggerne bare sammen?',
      },
      'felles-budsjett-uten-felles-mal': {
        title: 'Felles budsjett, ingen felles mål',
        explanation: 'Budsjettet er felles, men tjenestene har ingen felles mål.',
        reflection:
          'Hybrid samarbeid handler om å skape synergier der man har felles mål og interesser, for eksempel digital veiledning, utskrift, skanning og kopi, utlån eller utdeling av utstyr og arrangementer. Hvilke mål kunne dere ha sammen?',
      },
      'samme-hus-uten-samarbeid': {
        title: 'Samme hus, men ikke noe samarbeid',
        explanation: 'Tjenestene holder til i samme hus, men samarbeider ikke.',
        reflection:
          'I En dør inn er husmøter viktige for å kjenne til hva som rører seg i huset, og de ansatte bør dele møterom og spiserom. Slik får man et fagmiljø på tvers.',
      },
      'felles-skranke-hvert-sitt-sted': {
        title: 'Felles skranke på hvert sitt sted?',
        explanation:
          'Dere svarer at skranken er felles, men at tjenestene holder til på hvert sitt sted. Kanskje gjelder den felles skranken bare ett av stedene?',
        reflection:
          'I Drammen er Svelvik bibliotek det eneste stedet der bibliotek og innbyggertorg er i samme bygning. Svar for det stedet som er typisk for dere, og skriv unntakene i en kommentar.',
      },
      'pac-man-med-eget-innbyggertorg': {
        title: 'Biblioteket har innbyggertorgets del, men innbyggertorget finnes fortsatt',
        explanation:
          'Dere svarer at innbyggertorget drives som egen tjeneste, men også at biblioteket alene har skranken, ledelsen eller budsjettet.',
        reflection:
          'I PAC-man, modellen prosjektet advarer mot, avvikles innbyggertorget og biblioteket overtar oppgavene. Så lenge innbyggertorget drives, er det verdt å avklare hvem som har ansvaret for hva.',
      },
      'en-dor-inn-spredt-bosetting': {
        title: 'En dør inn i en spredtbygd kommune',
        explanation:
          'Tjenestene holder til i samme hus, men kommunen har spredt bosetting og lange avstander.',
        reflection:
          'Prosjektet skriver at En dør inn passer for tettbefolkede steder der avstandene ikke er så store, slik at man kan få mye unnagjort på samme sted. Hvordan når dere dem som bor langt fra huset?',
      },
    },
  },
  nextSteps: {
    title: 'Forslag til neste steg',
    intro:
      'Tiltak fra prosjektet for dimensjonene der svarene ligger lengst fra {model}, den modellen dere ligner mest på.',
    introPacman:
      'Prosjektet advarer mot PAC-man. Stegene under er derfor tiltak fra prosjektet som leder mot {model}, den av prosjektets modeller dere ligner mest på etter PAC-man.',
    introOneService:
      'Dere oppgir at kommunen ikke har et innbyggertorg i dag. Prosjektets tiltak handler om samarbeid mellom bibliotek og innbyggertorg, så de passer ikke her. Dette steget gjelder uansett:',
    introBaseline:
      'Ingen samorganisering er vårt eget sammenligningspunkt, ikke en av prosjektets modeller, så prosjektet har ingen tiltak som leder dit. Vil dere samarbeide mer, kan dere fylle ut ønsket situasjon og se tiltakene for den veien. Dette steget gjelder uansett:',
    none: 'Alle dimensjonene dere har svart på, ligger allerede nær {model}, eller tiltakene er allerede gjort.',
    dimension: 'gjelder «{dimension}»',
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
      'Fyll ut kartleggingen en gang til for slik dere ønsker å ha det. Da ser dere avstanden fra i dag, hva som må endres og hva dere bør være oppmerksomme på.',
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
      'Områdene står i rekkefølge etter hvor langt det er fra i dag til ønsket situasjon, med tiltak fra prosjektet og det dere bør være oppmerksomme på.',
    gapsNone:
      'Ønsket situasjon er lik dagens. Endre svarene for ønsket situasjon for å se hva som skiller.',
    gapDistance: '{points} prosentpoeng av blandingen flytter seg, mest mot {model}.',
    changed: 'Endrede svar: {questions}',
    actions: 'Tiltak',
    risks: 'Vær oppmerksom på',
    overallRisks: 'Vær oppmerksom på dette',
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
      'Lag prosjekter og team på tvers av stedene: i Hybrid samarbeid har de ansatte ulike oppgaver og plassering, men jobber sammen i prosjekter og team.',
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
      'Bibliotekets uavhengighet: i prosjektets innbyggerundersøkelse mente 1 av 4 at det å slå sammen innbyggertorg og bibliotek utfordrer bibliotekets uavhengighet. I ansattundersøkelsen svarte 64 % av de ansatte at bibliotekets frie rolle er utfordret.',
    'pac-man':
      'PAC-man: prosjektet advarer mot modellen der innbyggertorget avvikles og biblioteket overtar oppgavene.',
    'autonome-avdelinger':
      'Autonome avdelinger: i Drammen fungerer avdelingene mer som autonome avdelinger, fordi det i liten grad er lagt opp til gjensidig avhengighet mellom bibliotek og innbyggertorg.',
    'ulike-avtaler':
      'Ulike avtaler: arbeidstid og avtaler bør samkjøres, men prosjektet skriver at det ikke er uvanlig at de er forskjellige for bibliotek- og innbyggertorgansatte.',
    avstander:
      'Avstander: prosjektet skriver at En dør inn passer for tettbefolkede steder der avstandene ikke er så store.',
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
