import type { Messages } from '../messages';

export const insight: Messages['insight'] = {
  common: {
    points: '{points} prosentpoeng',
    today: 'I dag',
    desired: 'Ønskt',
    dontKnow: 'Veit ikkje',
    unanswered: 'Ikkje svart på',
    questionsLabel: 'Svara det gjeld',
  },
  whyHere: {
    title: 'Kvifor her?',
    intro:
      'Kvart svar dreg plasseringa mot éin eller fleire modellar. Her er svara som dreg mest mot kvar modell. Talet viser kor mange prosentpoeng av blandinga svaret står for; til saman blir det delen til modellen.',
    model: '{model} – {share}',
    answer: 'Svar: {answer}',
    more: 'Ytterlegare {count} svar dreg litt mot denne modellen.',
    edit: 'Endre svaret',
    editLabel: 'Endre svaret på «{question}»',
  },
  tensions: {
    title: 'Spenningar i svara',
    intro:
      'Nokre svar dreg i kvar si retning. Det er ikkje feil – mange kommunar blandar element frå fleire modellar – men det er verdt å snakke om.',
    none: 'Vi fann ingen svar som dreg tydeleg i kvar si retning.',
    pullsBetween: 'Dreg mellom {first} og {second}.',
    reflection: 'Frå prosjektet',
    rules: {
      'felles-skranke-atskilt-drift': {
        title: 'Felles skranke, men skild drift',
        explanation:
          'De har éin felles skranke, men dei tilsette eller budsjettet er framleis delte i to. Skranken peikar mot Totalt samarbeid, resten mot to skilde tenester.',
        reflection:
          'I Totalt samarbeid er det særeigne at alle tilsette er i same gruppe. Når skranken er felles medan gruppene eller budsjetta er kvar for seg, kven har då ansvaret for det innbyggjaren møter?',
      },
      'felles-ledelse-uten-avhengighet': {
        title: 'Felles leiing, men lite som bind saman',
        explanation:
          'De har felles leiar, men tenestene er ikkje avhengige av kvarandre, eller samarbeidet skjer berre i det indre arbeidet.',
        reflection:
          'I Drammen er intensjonen ei heilskapleg tenesteutvikling, men prosjektet har erfart at avdelingane fungerer meir som autonome avdelingar, fordi det i liten grad er lagt opp til gjensidig avhengnad mellom bibliotek og innbyggjartorg, og samarbeidet er i all hovudsak i det indre arbeidet. Kva kunne de levere til innbyggjarane berre saman?',
      },
      'felles-budsjett-uten-felles-mal': {
        title: 'Felles budsjett, ingen felles mål',
        explanation: 'Budsjettet er felles, men tenestene har ingen felles mål.',
        reflection:
          'Hybrid samarbeid handlar om å skape synergiar der ein har felles mål og interesser, til dømes digital rettleiing, utskrift, skanning og kopi, utlån eller utdeling av utstyr og arrangement. Kva mål kunne de ha saman?',
      },
      'samme-hus-uten-samarbeid': {
        title: 'Same hus, men ikkje noko samarbeid',
        explanation: 'Tenestene held til i same hus, men samarbeider ikkje.',
        reflection:
          'I Ei dør inn er husmøte viktige for å kjenne til kva som rører seg i huset, og dei tilsette bør dele møterom og spiserom. Slik får ein eit fagmiljø på tvers.',
      },
      'felles-skranke-hvert-sitt-sted': {
        title: 'Felles skranke på kvar sin stad?',
        explanation:
          'De svarar at skranken er felles, men at tenestene held til på kvar sin stad. Kanskje gjeld den felles skranken berre ein av stadene?',
        reflection:
          'I Drammen er Svelvik bibliotek den einaste staden der bibliotek og innbyggjartorg er i same bygning. Svar for den staden som er typisk for dykk, og skriv unntaka i ein kommentar.',
      },
      'pac-man-med-eget-innbyggertorg': {
        title: 'Biblioteket har delen til innbyggjartorget, men innbyggjartorget finst framleis',
        explanation:
          'De svarar at innbyggjartorget blir drive som eiga teneste, men òg at biblioteket åleine har skranken, leiinga eller budsjettet.',
        reflection:
          'I PAC-man, modellen prosjektet åtvarar mot, blir innbyggjartorget avvikla og biblioteket tek over oppgåvene. Så lenge innbyggjartorget blir drive, er det verdt å avklare kven som har ansvaret for kva.',
      },
      'en-dor-inn-spredt-bosetting': {
        title: 'Ei dør inn i ein spreiddbygd kommune',
        explanation:
          'Tenestene held til i same hus, men kommunen har spreidd busetnad og lange avstandar.',
        reflection:
          'Prosjektet skriv at Ei dør inn passar for tettbefolka stader der avstandane ikkje er så store, slik at ein kan få gjort mykje på same stad. Korleis når de dei som bur langt frå huset?',
      },
    },
  },
  nextSteps: {
    title: 'Forslag til neste steg',
    intro:
      'Tiltak frå prosjektet for dimensjonane der svara ligg lengst frå {model}, den modellen de liknar mest på.',
    introPacman:
      'Prosjektet åtvarar mot PAC-man. Stega nedanfor er difor tiltak frå prosjektet som leier mot {model}, den av modellane i prosjektet de liknar mest på etter PAC-man.',
    introOneService:
      'De oppgir at kommunen ikkje har noko innbyggjartorg i dag. Tiltaka i prosjektet handlar om samarbeid mellom bibliotek og innbyggjartorg, så dei passar ikkje her. Dette steget gjeld uansett:',
    introBaseline:
      'Ingen samorganisering er vårt eige samanlikningspunkt, ikkje ein av modellane i prosjektet, så prosjektet har ingen tiltak som leier dit. Vil de samarbeide meir, kan de fylle ut ønskt situasjon og sjå tiltaka for den vegen. Dette steget gjeld uansett:',
    none: 'Alle dimensjonane de har svart på, ligg alt nær {model}, eller tiltaka er alt gjorde.',
    dimension: 'gjeld «{dimension}»',
  },
  certainty: {
    title: 'Kor sikker er plasseringa?',
    intro:
      '{count} av spørsmåla har fått svaret «Veit ikkje» eller står utan svar. Det skraverte området viser kvar punktet kan hamne når dei blir svarte på.',
    narrow:
      'Området er så lite at det ligg nesten heilt under punktet: svara som manglar, kan berre flytte punktet litt.',
    mapTitle: 'Mogleg område for plasseringa',
    mapSummary:
      'Punktet kan hamne mellom {minX} og {maxX} på samorganisering og mellom {minY} og {maxY} på samlokalisering.',
    region: 'Mogleg område',
    you: 'De no',
    listTitle: 'Spørsmål utan svar',
    answer: 'Svar på spørsmålet',
    answerLabel: 'Svar på «{question}»',
  },
  whatIf: {
    title: 'Kva om …?',
    intro:
      'Prøv andre svar og sjå korleis plasseringa, blandinga og områda endrar seg. Dei lagra svara blir ikkje endra.',
    questionsTitle: 'Endre svar',
    unchangedSuffix: '(som no)',
    changedCount: '{count} svar endra',
    noChanges: 'Ingen svar er endra enno.',
    mapTitle: 'Plasseringa med endra svar',
    mapSummary: 'Punktet flyttar seg frå ({fromX}, {fromY}) til ({toX}, {toY}).',
    mapSummarySame: 'Punktet står på ({x}, {y}).',
    original: 'No',
    changed: 'Kva om',
    mixTitle: 'Blandinga med endra svar',
    dimensionsCaption: 'Kva for modell kvart område heller mot, no og med endra svar',
    dimension: 'Område',
    now: 'No',
    then: 'Kva om',
    none: 'Ingen svar',
    reset: 'Tilbakestill',
    save: 'Lagre som ønskt situasjon',
    saved: 'Lagra som ønskt situasjon. Sjå «I dag og ønskt situasjon».',
    noResult: 'Med desse svara er det ingenting å plassere.',
  },
  desired: {
    title: 'I dag og ønskt situasjon',
    intro:
      'Fyll ut kartlegginga ein gong til for slik de ønskjer å ha det. Då ser de avstanden frå i dag, kva som må endrast og kva de bør vere merksame på.',
    none: 'De har ikkje fylt ut ønskt situasjon enno. Han startar som ein kopi av svara for i dag.',
    start: 'Fyll ut ønskt situasjon',
    edit: 'Endre ønskt situasjon',
    editToday: 'Endre situasjonen i dag',
    remove: 'Slett ønskt situasjon',
    removeBody:
      'Svara for ønskt situasjon blir sletta frå denne eininga. Svara for i dag blir verande.',
    showingDesired:
      'Resultatet øvst på sida viser ønskt situasjon, fordi det er den de redigerer no.',
    showToday: 'Vis og rediger situasjonen i dag',
    showDesired: 'Vis og rediger ønskt situasjon',
    mapTitle: 'Frå i dag til ønskt situasjon',
    mapSummary: 'Pila går frå i dag ({fromX}, {fromY}) til ønskt situasjon ({toX}, {toY}).',
    mapSummarySame: 'Ønskt situasjon gir same plassering som i dag ({x}, {y}).',
    mixToday: 'Blandinga i dag',
    mixDesired: 'Ønskt blanding',
    noScore: 'Ønskt situasjon har ingen svar som kan plasserast enno.',
    gapsTitle: 'Kva må endrast?',
    gapsIntro:
      'Områda står i rekkjefølgje etter kor langt det er frå i dag til ønskt situasjon, med tiltak frå prosjektet og det de bør vere merksame på.',
    gapsNone:
      'Ønskt situasjon er lik situasjonen i dag. Endre svara for ønskt situasjon for å sjå kva som skil.',
    gapDistance: '{points} prosentpoeng av blandinga flyttar seg, mest mot {model}.',
    changed: 'Endra svar: {questions}',
    actions: 'Tiltak',
    risks: 'Ver merksam på',
    overallRisks: 'Ver merksam på dette',
    unchangedTitle: 'Utan endring',
  },
  actions: {
    'felles-skranke':
      'Lag éin felles skranke der innbyggjarane får hjelp med både bibliotek- og servicespørsmål.',
    henvisning:
      'Sørg for at alle tilsette kjenner oppgåvene til kvarandre og veit kven dei skal sende innbyggjaren vidare til.',
    'generalist-spesialist':
      'Del oppgåvene i generalist- og spesialistoppgåver: alle svarar på generelle spørsmål, og kvar er spesialist i sitt fag.',
    'felles-ansattgruppe': 'Samle dei tilsette i éi gruppe med felles oppgåver.',
    'harmoniser-arbeidstid': 'Harmoniser arbeidstida og samkøyr arbeidstidsordningar og avtalar.',
    husmoter: 'Innfør faste husmøte, så alle veit kva som rører seg i huset.',
    'felles-rom': 'Del møterom og spiserom – det er der folk blir kjende på tvers.',
    'prosjekter-team': 'Start felles prosjekt og team på område der de har felles mål.',
    'digital-veiledning': 'Lag eit felles tilbod om digital rettleiing.',
    'print-skann': 'Samle utskrift, skanning og kopi i éi løysing som innbyggjarane kan bruke.',
    utstyrsutlan: 'Samarbeid om utlån og utdeling av utstyr.',
    arrangementer: 'Planlegg arrangement saman.',
    'tverrgaende-team':
      'Lag prosjekt og team på tvers av stadene: i Hybrid samarbeid har dei tilsette ulike oppgåver og plassering, men arbeider saman i prosjekt og team.',
    'felles-budsjett': 'Samle budsjettet og bli samde om kva de skal prioritere saman.',
    'felles-ledelse': 'Samle tenestene under éin leiar med ansvar for heilskapen.',
    'gjensidig-avhengighet':
      'Byggj inn gjensidig avhengnad: oppgåver de berre kan levere til innbyggjarane saman.',
    samlokalisering: 'Planlegg samlokalisering: same bygg, éin inngang.',
    'avklar-ansvar':
      'Avklar kven som har ansvar for kva, og korleis innbyggjarane blir sende vidare mellom tenestene.',
  },
  risks: {
    'bibliotekets-frihet':
      'Sjølvstendet til biblioteket: i innbyggjarundersøkinga i prosjektet meinte 1 av 4 at det å slå saman innbyggjartorg og bibliotek utfordrar sjølvstendet til biblioteket. I undersøkinga blant dei tilsette svarte 64 % at den frie rolla til biblioteket er utfordra.',
    'pac-man':
      'PAC-man: prosjektet åtvarar mot modellen der innbyggjartorget blir avvikla og biblioteket tek over oppgåvene.',
    'autonome-avdelinger':
      'Autonome avdelingar: i Drammen fungerer avdelingane meir som autonome avdelingar, fordi det i liten grad er lagt opp til gjensidig avhengnad mellom bibliotek og innbyggjartorg.',
    'ulike-avtaler':
      'Ulike avtalar: arbeidstid og avtalar bør samordnast, men prosjektet skriv at det ikkje er uvanleg at dei er ulike for bibliotek- og innbyggjartorgtilsette.',
    avstander:
      'Avstandar: prosjektet skriv at Ei dør inn passar for tettbefolka stader der avstandane ikkje er så store.',
  },
  snapshots: {
    title: 'Augneblinksbilete',
    intro:
      'Lagre eit augneblinksbilete av svara, til dømes før og etter ei endring. Kartet viser korleis plasseringa har flytt seg over tid.',
    label: 'Namn på augneblinksbiletet',
    labelHint: 'Til dømes «Før omorganiseringa» eller «Hausten 2025».',
    save: 'Lagre augneblinksbilete',
    defaultLabel: 'Augneblinksbilete {number}',
    saved: 'Augneblinksbiletet «{label}» er lagra.',
    deleted: 'Augneblinksbiletet «{label}» er sletta.',
    undo: 'Angre',
    undoLabel: 'Angre slettinga av «{label}»',
    restored: 'Augneblinksbiletet «{label}» er tilbake.',
    limit:
      'De kan ha opptil {max} augneblinksbilete. Når de lagrar fleire, blir det eldste sletta.',
    none: 'Ingen augneblinksbilete enno.',
    caption: 'Lagra augneblinksbilete, eldste først',
    name: 'Namn',
    date: 'Dato',
    variant: 'Gjeld',
    closest: 'Nærast',
    delete: 'Slett',
    deleteLabel: 'Slett augneblinksbiletet «{label}»',
    noScore: 'Inga plassering',
    mapTitle: 'Utviklinga over tid',
    mapSummary:
      'Pilene viser korleis plasseringa har flytt seg gjennom {count} augneblinksbilete, frå «{first}» til «{last}».',
    mapSummaryOne:
      'Augneblinksbiletet «{label}» står på ({x}, {y}). Lagre fleire for å sjå utviklinga.',
    markerLabel: '{number}. {label}',
  },
};
