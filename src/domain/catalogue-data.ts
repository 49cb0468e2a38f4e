import type { CatalogueInput } from './catalogue-schema';
import type { ReferenceId } from './references';

/**
 * A full profile from the references an option points to; the rest get 0. Profiles are
 * normalised when scored, so only the ratios within one option matter.
 */
function profile(leans: Partial<Record<ReferenceId, number>>): Record<ReferenceId, number> {
  return { ingen: 0, 'en-dor-inn': 0, hybrid: 0, totalt: 0, 'pac-man': 0, ...leans };
}

/**
 * The question catalogue. Bump the version whenever a question, option, profile or weight
 * changes (a test holds the content hash of each version): it is stamped on every result and
 * export so scores stay comparable. docs/scoring.md gives the source of every question.
 *
 * Rules the data follows: only an answer that says the innbyggertorg is closed and the library
 * took over its tasks points to PAC-man; ordinary library work points nowhere near it. Options
 * are listed in a different model order from question to question, and help texts say why a
 * question matters, never which answer gives which model.
 */
export const catalogueData: CatalogueInput = {
  version: '2.0.0',
  context: {
    title: { nb: 'Om dere', nn: 'Om dykk', en: 'About you' },
    intro: {
      nb: 'Litt om kommunen og deg. Dette former teksten i resultatet, men ikke plasseringen på kartet.',
      nn: 'Litt om kommunen og deg. Dette formar teksten i resultatet, men ikkje plasseringa på kartet.',
      en: 'A little about the municipality and you. This shapes the wording of the result, not the position on the map.',
    },
  },
  dimensions: [
    {
      id: 'skranke',
      title: { nb: 'Skranke', nn: 'Skranke', en: 'Front desk' },
      intro: {
        nb: 'Finnes innbyggertorget, hvor møter innbyggerne tjenestene, og hva skjer når de spør om noe den andre tjenesten har ansvar for?',
        nn: 'Finst innbyggjartorget, kvar møter innbyggjarane tenestene, og kva skjer når dei spør om noko den andre tenesta har ansvar for?',
        en: 'Does the citizen service centre (innbyggertorg) exist, where do residents meet the services, and what happens when they ask about something the other service is responsible for?',
      },
    },
    {
      id: 'budsjett',
      title: { nb: 'Budsjett', nn: 'Budsjett', en: 'Budget' },
      intro: {
        nb: 'Hvem eier pengene, og kan de brukes på tvers? Budsjettet viser om tjenestene prioriteres sammen.',
        nn: 'Kven eig pengane, og kan dei brukast på tvers? Budsjettet viser om tenestene blir prioriterte saman.',
        en: 'Who holds the money, and can it be used across the services? The budget shows whether the services are prioritised together.',
      },
    },
    {
      id: 'ledelse',
      title: { nb: 'Ledelse', nn: 'Leiing', en: 'Leadership' },
      intro: {
        nb: 'Hvem leder tjenestene, hvor hører de hjemme i kommunen, og hvem setter målene?',
        nn: 'Kven leier tenestene, kvar høyrer dei heime i kommunen, og kven set måla?',
        en: 'Who leads the services, where do they sit in the municipality, and who sets the goals?',
      },
    },
    {
      id: 'lokalisering',
      title: { nb: 'Lokaler og bygg', nn: 'Lokale og bygg', en: 'Location and building' },
      intro: {
        nb: 'Hvor holder tjenestene til, og hva slags bygg er det? Dette er den fysiske aksen på kartet.',
        nn: 'Kvar held tenestene til, og kva slags bygg er det? Dette er den fysiske aksen på kartet.',
        en: 'Where are the services, and what kind of building are they in? This is the physical axis of the map.',
      },
    },
    {
      id: 'ansatte',
      title: {
        nb: 'Ansatte og kompetanse',
        nn: 'Tilsette og kompetanse',
        en: 'Staff and competence',
      },
      intro: {
        nb: 'Er de ansatte én gruppe eller to? Hvem svarer på hva, og hvordan planlegges arbeidstiden?',
        nn: 'Er dei tilsette éi gruppe eller to? Kven svarar på kva, og korleis blir arbeidstida planlagd?',
        en: 'Are the staff one group or two? Who answers what, and how are working hours planned?',
      },
    },
    {
      id: 'digitalt',
      title: { nb: 'Digitale tjenester', nn: 'Digitale tenester', en: 'Digital services' },
      intro: {
        nb: 'Digital veiledning, digitale henvendelser og utskrift, skanning og kopi er områder der tjenestene ofte møtes.',
        nn: 'Digital rettleiing, digitale førespurnader og utskrift, skanning og kopi er område der tenestene ofte møtest.',
        en: 'Digital guidance, digital inquiries and printing, scanning and copying are areas where the services often meet.',
      },
    },
    {
      id: 'samarbeid',
      title: {
        nb: 'Samarbeid i praksis',
        nn: 'Samarbeid i praksis',
        en: 'Cooperation in practice',
      },
      intro: {
        nb: 'Hva gjør dere faktisk sammen? Prosjekter, team, arrangementer, utstyr, møteplasser og avhengighet viser hvor tett samarbeidet er i hverdagen.',
        nn: 'Kva gjer de faktisk saman? Prosjekt, team, arrangement, utstyr, møteplassar og avhengnad viser kor tett samarbeidet er i kvardagen.',
        en: 'What do you actually do together? Projects, teams, events, equipment, meeting places and dependency show how close the cooperation is day to day.',
      },
    },
  ],
  questions: [
    // Context: shapes the narrative, never the score.
    {
      kind: 'context',
      id: 'kommune',
      purpose: 'municipality',
      input: 'text',
      text: {
        nb: 'Hvilken kommune gjelder kartleggingen?',
        nn: 'Kva kommune gjeld kartlegginga?',
        en: 'Which municipality is this assessment for?',
      },
      help: {
        nb: 'Navnet vises i resultatet og i det du eksporterer. Det lagres bare i denne nettleseren.',
        nn: 'Namnet blir vist i resultatet og i det du eksporterer. Det blir berre lagra i denne nettlesaren.',
        en: 'The name appears in the result and in anything you export. It is stored only in this browser.',
      },
    },
    {
      kind: 'context',
      id: 'rolle',
      purpose: 'respondent-role',
      input: 'choice',
      text: { nb: 'Hvilken rolle har du?', nn: 'Kva rolle har du?', en: 'What is your role?' },
      help: {
        nb: 'Biblioteket, innbyggertorget og kommuneledelsen ser ofte samarbeidet ulikt. Rollen hjelper når flere svarer sammen.',
        nn: 'Biblioteket, innbyggjartorget og kommuneleiinga ser ofte samarbeidet ulikt. Rolla hjelper når fleire svarar saman.',
        en: 'The library, the citizen service centre and the municipal management often see the cooperation differently. Your role helps when several people answer together.',
      },
      options: [
        {
          id: 'bibliotekansatt',
          group: 'bibliotek',
          label: {
            nb: 'Ansatt i biblioteket',
            nn: 'Tilsett i biblioteket',
            en: 'Library staff',
          },
        },
        {
          id: 'biblioteksjef',
          group: 'bibliotek',
          label: { nb: 'Biblioteksjef', nn: 'Biblioteksjef', en: 'Head librarian' },
        },
        {
          id: 'innbyggertorgansatt',
          group: 'innbyggertorg',
          label: {
            nb: 'Ansatt i innbyggertorget',
            nn: 'Tilsett i innbyggjartorget',
            en: 'Citizen service centre staff',
          },
        },
        {
          id: 'leder-innbyggertorg',
          group: 'innbyggertorg',
          label: {
            nb: 'Leder for innbyggertorget',
            nn: 'Leiar for innbyggjartorget',
            en: 'Head of the citizen service centre',
          },
        },
        {
          id: 'kommunalsjef',
          group: 'ledelse-og-politikk',
          label: {
            nb: 'Kommunalsjef eller annen leder',
            nn: 'Kommunalsjef eller annan leiar',
            en: 'Director (kommunalsjef) or other manager',
          },
        },
        {
          id: 'politiker',
          group: 'ledelse-og-politikk',
          label: { nb: 'Politiker', nn: 'Politikar', en: 'Elected politician' },
        },
        { id: 'annen', label: { nb: 'Annen rolle', nn: 'Anna rolle', en: 'Other role' } },
      ],
    },
    {
      kind: 'context',
      id: 'befolkning',
      purpose: 'density',
      input: 'choice',
      text: {
        nb: 'Hvordan bor innbyggerne i kommunen?',
        nn: 'Korleis bur innbyggjarane i kommunen?',
        en: 'How is the population spread across the municipality?',
      },
      help: {
        nb: 'Avstandene avgjør hvor mye innbyggerne kan få gjort på ett sted, og hvilke løsninger som er realistiske.',
        nn: 'Avstandane avgjer kor mykje innbyggjarane kan få gjort på éin stad, og kva løysingar som er realistiske.',
        en: 'Distances decide how much residents can get done in one place, and which arrangements are realistic.',
      },
      options: [
        {
          id: 'tett',
          facts: ['density-dense-short-distances'],
          label: {
            nb: 'Tett – de fleste bor nær sentrum',
            nn: 'Tett – dei fleste bur nær sentrum',
            en: 'Dense – most people live near the centre',
          },
        },
        {
          id: 'blandet',
          facts: ['density-mixed'],
          label: {
            nb: 'Blandet – et sentrum og spredt bosetting rundt',
            nn: 'Blanda – eit sentrum og spreidd busetnad rundt',
            en: 'Mixed – a centre with scattered settlement around it',
          },
        },
        {
          id: 'spredt',
          facts: ['density-sparse'],
          label: {
            nb: 'Spredt – lange avstander for mange',
            nn: 'Spreidd – lange avstandar for mange',
            en: 'Sparse – long distances for many',
          },
        },
      ],
    },
    {
      kind: 'context',
      id: 'andre-tjenester',
      purpose: 'services',
      input: 'multi',
      text: {
        nb: 'Hvilke andre tjenester holder til i samme bygg som biblioteket?',
        nn: 'Kva andre tenester held til i same bygg som biblioteket?',
        en: 'Which other services share the building with the library?',
      },
      help: {
        nb: 'Naboene i bygget viser hva innbyggerne kan få hjelp til på samme sted. Velg alle som passer.',
        nn: 'Naboane i bygget viser kva innbyggjarane kan få hjelp til på same stad. Vel alle som passar.',
        en: 'The neighbours in the building show what residents can get help with in one place. Choose all that apply.',
      },
      options: [
        { id: 'kino', label: { nb: 'Kino', nn: 'Kino', en: 'Cinema' } },
        { id: 'idrettshall', label: { nb: 'Idrettshall', nn: 'Idrettshall', en: 'Sports hall' } },
        { id: 'kafe', label: { nb: 'Kafé', nn: 'Kafé', en: 'Café' } },
        {
          id: 'helsestasjon',
          label: {
            nb: 'Helsestasjon',
            nn: 'Helsestasjon',
            en: 'Child health clinic (helsestasjon)',
          },
        },
        {
          id: 'ungdomshelsetjeneste',
          label: {
            nb: 'Ungdomshelsetjeneste',
            nn: 'Ungdomshelseteneste',
            en: 'Youth health service',
          },
        },
        { id: 'ungdomsklubb', label: { nb: 'Ungdomsklubb', nn: 'Ungdomsklubb', en: 'Youth club' } },
        {
          id: 'frivilligsentral',
          label: { nb: 'Frivilligsentral', nn: 'Frivilligsentral', en: 'Volunteer centre' },
        },
        {
          id: 'kulturskole',
          label: { nb: 'Kulturskole', nn: 'Kulturskule', en: 'Municipal arts school' },
        },
        {
          id: 'utstyrssentral',
          label: {
            nb: 'Utstyrssentral',
            nn: 'Utstyrssentral',
            en: 'Equipment library (free lending of sports and leisure gear)',
          },
        },
        { id: 'nav', label: { nb: 'NAV-kontor', nn: 'NAV-kontor', en: 'NAV office (welfare)' } },
        {
          id: 'annet',
          label: { nb: 'Andre tjenester', nn: 'Andre tenester', en: 'Other services' },
        },
        {
          id: 'ingen',
          label: {
            nb: 'Ingen andre tjenester',
            nn: 'Ingen andre tenester',
            en: 'No other services',
          },
        },
      ],
    },
    {
      kind: 'context',
      id: 'workshop',
      purpose: 'workshop-name',
      input: 'text',
      text: {
        nb: 'Navn på workshopen (valgfritt)',
        nn: 'Namn på workshopen (valfritt)',
        en: 'Workshop name (optional)',
      },
      help: {
        nb: 'Fyll ut hvis du svarer som en del av en workshop, så er det lettere å samle svarene etterpå.',
        nn: 'Fyll ut om du svarar som ein del av ein workshop, så er det lettare å samle svara etterpå.',
        en: 'Fill this in if you are answering as part of a workshop, so the answers are easier to gather afterwards.',
      },
    },

    // Skranke
    {
      kind: 'scored',
      id: 'innbyggertorg-finnes',
      dimension: 'skranke',
      weight: 2,
      text: {
        nb: 'Hvordan står det til med innbyggertorget (servicetorget) i kommunen i dag?',
        nn: 'Korleis står det til med innbyggjartorget (servicetorget) i kommunen i dag?',
        en: 'What is the state of the municipality’s citizen service centre (innbyggertorg, servicetorg) today?',
      },
      help: {
        nb: 'Om innbyggertorget finnes, og hvem som har tatt over oppgavene hvis det er lagt ned, avgjør hvilke av de andre spørsmålene som passer for dere.',
        nn: 'Om innbyggjartorget finst, og kven som har teke over oppgåvene om det er lagt ned, avgjer kva for nokre av dei andre spørsmåla som passar for dykk.',
        en: 'Whether the citizen service centre exists, and who took over its tasks if it closed, decides which of the other questions fit you.',
      },
      options: [
        {
          id: 'egen-tjeneste',
          facts: ['itorg-runs-separately'],
          label: {
            nb: 'Det drives som egen tjeneste, ved siden av biblioteket',
            nn: 'Det blir drive som eiga teneste, ved sida av biblioteket',
            en: 'It runs as a service of its own, alongside the library',
          },
          profile: profile({ ingen: 1, 'en-dor-inn': 1, hybrid: 1 }),
        },
        {
          id: 'lagt-ned',
          facts: ['itorg-closed-library-took-over'],
          label: {
            nb: 'Det er lagt ned, og biblioteket har tatt over oppgavene',
            nn: 'Det er lagt ned, og biblioteket har teke over oppgåvene',
            en: 'It has closed, and the library has taken over its tasks',
          },
          profile: profile({ 'pac-man': 1 }),
        },
        {
          id: 'samlet-med-biblioteket',
          facts: ['itorg-merged-with-library'],
          label: {
            nb: 'Det er slått sammen med biblioteket til én tjeneste',
            nn: 'Det er slått saman med biblioteket til éi teneste',
            en: 'It has merged with the library into one service',
          },
          profile: profile({ totalt: 1, hybrid: 0.2 }),
        },
        {
          id: 'lagt-ned-andre-kanaler',
          facts: ['itorg-closed-tasks-elsewhere'],
          label: {
            nb: 'Det er lagt ned, og oppgavene ligger hos kontaktsenter, NAV eller digitalt',
            nn: 'Det er lagt ned, og oppgåvene ligg hos kontaktsenter, NAV eller digitalt',
            en: 'It has closed, and its tasks went to a contact centre, NAV or digital channels',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'aldri-hatt',
          facts: ['itorg-never'],
          label: {
            nb: 'Kommunen har aldri hatt innbyggertorg',
            nn: 'Kommunen har aldri hatt innbyggjartorg',
            en: 'The municipality has never had a citizen service centre',
          },
          profile: profile({ ingen: 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'skranke-organisering',
      dimension: 'skranke',
      weight: 2,
      text: {
        nb: 'Hvordan er skrankene organisert?',
        nn: 'Korleis er skrankane organiserte?',
        en: 'How are the front desks organised?',
      },
      help: {
        nb: 'Skranken er der innbyggeren møter tjenestene. Hvor mange skranker det er, og hvor de står, avgjør hvor mange steder innbyggeren må spørre.',
        nn: 'Skranken er der innbyggjaren møter tenestene. Kor mange skrankar det er, og kvar dei står, avgjer kor mange stader innbyggjaren må spørje.',
        en: 'The front desk is where residents meet the services. How many front desks there are, and where, decides how many places a resident has to ask.',
      },
      options: [
        {
          id: 'egne-samme-bygg',
          facts: ['counter-separate'],
          label: {
            nb: 'Hver sin skranke i samme bygg, med felles inngang',
            nn: 'Kvar sin skranke i same bygg, med felles inngang',
            en: 'Separate front desks in the same building, one main entrance',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'bare-bibliotekets',
          facts: ['counter-library-only', 'itorg-closed-library-took-over'],
          label: {
            nb: 'Bare bibliotekets skranke – den har tatt over innbyggertorgets oppgaver',
            nn: 'Berre skranken til biblioteket – han har teke over oppgåvene til innbyggjartorget',
            en: 'Only the library’s front desk – it took over the citizen service centre’s tasks',
          },
          profile: profile({ 'pac-man': 1 }),
        },
        {
          id: 'egne-hvert-sted',
          facts: ['counter-separate', 'separate-locations'],
          label: {
            nb: 'Hver sin skranke på hvert sitt sted',
            nn: 'Kvar sin skranke på kvar sin stad',
            en: 'Separate front desks in separate places',
          },
          profile: profile({ ingen: 1, hybrid: 1 }),
        },
        {
          id: 'en-felles',
          facts: ['counter-shared', 'same-premises'],
          label: {
            nb: 'Én felles skranke for begge tjenestene',
            nn: 'Éin felles skranke for begge tenestene',
            en: 'One shared front desk serving both',
          },
          profile: profile({ totalt: 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'henvisning',
      dimension: 'skranke',
      text: {
        nb: 'Hva skjer når noen spør i skranken om noe den andre tjenesten har ansvar for?',
        nn: 'Kva skjer når nokon spør i skranken om noko den andre tenesta har ansvar for?',
        en: 'What happens when someone asks at the front desk about something the other service is responsible for?',
      },
      help: {
        nb: 'Hvordan innbyggeren blir tatt imot og vist videre, viser hvor tett tjenestene henger sammen i praksis.',
        nn: 'Korleis innbyggjaren blir teken imot og vist vidare, viser kor tett tenestene heng saman i praksis.',
        en: 'How residents are received and referred shows how closely the services are connected in practice.',
      },
      options: [
        {
          id: 'viser-til-annet-sted',
          label: {
            nb: 'Vi vet hvem som kan hjelpe, men det er et annet sted',
            nn: 'Vi veit kven som kan hjelpe, men det er ein annan stad',
            en: 'We know who can help, but they are somewhere else',
          },
          profile: profile({ hybrid: 1, ingen: 0.4 }),
        },
        {
          id: 'svarer-selv',
          facts: ['staff-generalist-and-specialist'],
          label: {
            nb: 'Vi svarer selv på det generelle og henviser til en spesialist ved behov',
            nn: 'Vi svarar sjølve på det generelle og viser vidare til ein spesialist ved behov',
            en: 'We answer general questions ourselves and refer to a specialist when needed',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'kjenner-lite',
          label: {
            nb: 'Vi kjenner lite til hva den andre tjenesten gjør',
            nn: 'Vi kjenner lite til kva den andre tenesta gjer',
            en: 'We know little about what the other service does',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'biblioteket-tar-alt',
          facts: ['itorg-closed-library-took-over'],
          label: {
            nb: 'Biblioteket tar det selv – det har tatt over innbyggertorgets oppgaver',
            nn: 'Biblioteket tek det sjølv – det har teke over oppgåvene til innbyggjartorget',
            en: 'The library handles it – it took over the citizen service centre’s tasks',
          },
          profile: profile({ 'pac-man': 1 }),
        },
        {
          id: 'folger-i-huset',
          facts: ['staff-specialists-refer'],
          label: {
            nb: 'Vi viser innbyggeren til rett skranke eller person i huset',
            nn: 'Vi viser innbyggjaren til rett skranke eller person i huset',
            en: 'We show the resident to the right front desk or person in the building',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
      ],
    },

    // Budsjett
    {
      kind: 'scored',
      id: 'budsjett-felles',
      dimension: 'budsjett',
      weight: 2,
      text: {
        nb: 'Har bibliotek og innbyggertorg felles budsjett?',
        nn: 'Har bibliotek og innbyggjartorg felles budsjett?',
        en: 'Do the library and the citizen service centre share a budget?',
      },
      help: {
        nb: 'Et felles budsjett gir felles prioriteringer. Det skiller det å være organisert sammen fra det å bare dele et bygg.',
        nn: 'Eit felles budsjett gir felles prioriteringar. Det skil det å vere organisert saman frå det å berre dele eit bygg.',
        en: 'A shared budget brings shared priorities. It separates being organised together from simply sharing a building.',
      },
      options: [
        {
          id: 'hvert-sitt',
          facts: ['budget-separate'],
          label: {
            nb: 'Hvert sitt budsjett, uten noe felles',
            nn: 'Kvart sitt budsjett, utan noko felles',
            en: 'Separate budgets, nothing shared',
          },
          profile: profile({ ingen: 1, 'en-dor-inn': 0.3 }),
        },
        {
          id: 'en-enhet',
          facts: ['budget-one-unit'],
          label: {
            nb: 'Ett budsjett for én samlet enhet',
            nn: 'Eitt budsjett for éi samla eining',
            en: 'One budget for one combined unit',
          },
          profile: profile({ totalt: 1, hybrid: 0.3 }),
        },
        {
          id: 'i-bibliotekets',
          facts: ['budget-in-library', 'itorg-closed-library-took-over'],
          label: {
            nb: 'Oppgavene biblioteket tok over fra innbyggertorget, ligger i bibliotekets budsjett',
            nn: 'Oppgåvene biblioteket tok over frå innbyggjartorget, ligg i budsjettet til biblioteket',
            en: 'The citizen service centre tasks the library took over are in the library’s budget',
          },
          profile: profile({ 'pac-man': 1 }),
        },
        {
          id: 'felles-to-avdelinger',
          facts: ['budget-shared-two-departments'],
          label: {
            nb: 'Ett budsjett fordelt på to avdelinger',
            nn: 'Eitt budsjett fordelt på to avdelingar',
            en: 'One budget split between two departments',
          },
          profile: profile({ hybrid: 1, totalt: 0.3 }),
        },
        {
          id: 'egne-felles-drift',
          facts: ['budget-separate'],
          label: {
            nb: 'Hvert sitt budsjett, men felles drift av huset',
            nn: 'Kvart sitt budsjett, men felles drift av huset',
            en: 'Separate budgets, but shared running costs for the building',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'budsjett-fellestiltak',
      dimension: 'budsjett',
      text: {
        nb: 'Hvordan finansieres tiltak dere gjør sammen, som arrangementer eller utstyr?',
        nn: 'Korleis blir tiltak de gjer saman, som arrangement eller utstyr, finansierte?',
        en: 'How are activities you do together, such as events or equipment, funded?',
      },
      help: {
        nb: 'Om felles tiltak har egne penger, sier noe om samarbeidet er en del av driften eller hviler på ildsjeler.',
        nn: 'Om felles tiltak har eigne pengar, seier noko om samarbeidet er ein del av drifta eller kviler på eldsjeler.',
        en: 'Whether joint activities have money of their own tells you if cooperation is part of operations or depends on enthusiasts.',
      },
      options: [
        {
          id: 'felles-satsing',
          label: {
            nb: 'Fra felles prosjekt- eller satsingsmidler som lederen fordeler',
            nn: 'Frå felles prosjekt- eller satsingsmidlar som leiaren fordeler',
            en: 'From shared project funds allocated by the leader',
          },
          profile: profile({ hybrid: 1, totalt: 0.2 }),
        },
        {
          id: 'ingen-felles',
          label: {
            nb: 'Vi har ingen felles tiltak',
            nn: 'Vi har ingen felles tiltak',
            en: 'We have no joint activities',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'spleiser',
          label: {
            nb: 'Tjenestene i huset spleiser fra sak til sak',
            nn: 'Tenestene i huset spleisar frå sak til sak',
            en: 'The services in the building chip in case by case',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'del-av-drift',
          label: {
            nb: 'Det er en naturlig del av den felles driften',
            nn: 'Det er ein naturleg del av den felles drifta',
            en: 'It is a natural part of our shared operations',
          },
          profile: profile({ totalt: 1, hybrid: 0.3 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'midler-flyttes',
      dimension: 'budsjett',
      text: {
        nb: 'Kan penger flyttes mellom bibliotek og innbyggertorg i løpet av året?',
        nn: 'Kan pengar flyttast mellom bibliotek og innbyggjartorg i løpet av året?',
        en: 'Can money be moved between the library and the citizen service centre during the year?',
      },
      help: {
        nb: 'Når midler kan flyttes uten forhandlinger, fungerer budsjettet i praksis som felles.',
        nn: 'Når midlar kan flyttast utan forhandlingar, fungerer budsjettet i praksis som felles.',
        en: 'When funds can move without negotiation, the budget works as a shared one in practice.',
      },
      options: [
        {
          id: 'etter-avtale',
          label: {
            nb: 'Bare etter avtale mellom lederne',
            nn: 'Berre etter avtale mellom leiarane',
            en: 'Only by agreement between the leaders',
          },
          profile: profile({ 'en-dor-inn': 1, ingen: 0.3 }),
        },
        {
          id: 'leder-avgjor',
          label: {
            nb: 'Ja, når felles leder bestemmer det',
            nn: 'Ja, når felles leiar avgjer det',
            en: 'Yes, when our shared leader decides so',
          },
          profile: profile({ hybrid: 1, totalt: 0.2 }),
        },
        {
          id: 'nei',
          label: {
            nb: 'Nei, det skjer ikke',
            nn: 'Nei, det skjer ikkje',
            en: 'No, that does not happen',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'fritt',
          label: {
            nb: 'Ja, fritt – det er ett budsjett',
            nn: 'Ja, fritt – det er eitt budsjett',
            en: 'Yes, freely – it is one budget',
          },
          profile: profile({ totalt: 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'okonomirapportering',
      dimension: 'budsjett',
      text: {
        nb: 'Hvordan rapporteres økonomien for bibliotek og innbyggertorg?',
        nn: 'Korleis blir økonomien for bibliotek og innbyggjartorg rapportert?',
        en: 'How are the library’s and the citizen service centre’s finances reported?',
      },
      help: {
        nb: 'Samlet rapportering viser at tjenestene styres og vurderes sammen, og gjør felles gevinster synlige.',
        nn: 'Samla rapportering viser at tenestene blir styrte og vurderte saman, og gjer felles vinstar synlege.',
        en: 'Joint reporting shows the services are managed and judged together, and makes shared gains visible.',
      },
      options: [
        {
          id: 'samlet-med-egne-tall',
          label: {
            nb: 'Samlet til felles leder, med egne tall for hver avdeling',
            nn: 'Samla til felles leiar, med eigne tal for kvar avdeling',
            en: 'Jointly to a shared leader, with figures for each department',
          },
          profile: profile({ hybrid: 1 }),
        },
        {
          id: 'samlet',
          label: {
            nb: 'Samlet, som én tjeneste',
            nn: 'Samla, som éi teneste',
            en: 'Jointly, as one service',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'hver-for-seg',
          label: { nb: 'Hver for seg', nn: 'Kvar for seg', en: 'Separately' },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'hver-for-seg-med-huset',
          label: {
            nb: 'Hver for seg, men driften av huset rapporteres felles',
            nn: 'Kvar for seg, men drifta av huset blir rapportert felles',
            en: 'Separately, but the running of the building is reported jointly',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
      ],
    },

    // Ledelse
    {
      kind: 'scored',
      id: 'leder',
      dimension: 'ledelse',
      weight: 2,
      text: {
        nb: 'Hvem leder bibliotek og innbyggertorg?',
        nn: 'Kven leier bibliotek og innbyggjartorg?',
        en: 'Who leads the library and the citizen service centre?',
      },
      help: {
        nb: 'Ledelsen avgjør hvem som kan prioritere på tvers. Den skiller det å være organisert sammen fra det å bare holde til på samme sted.',
        nn: 'Leiinga avgjer kven som kan prioritere på tvers. Ho skil det å vere organisert saman frå det å berre halde til på same stad.',
        en: 'Leadership decides who can set priorities across the services. It separates being organised together from simply being in the same place.',
      },
      options: [
        {
          id: 'hver-sin',
          facts: ['leaders-separate'],
          label: {
            nb: 'Hver sin leder, uten fast samordning',
            nn: 'Kvar sin leiar, utan fast samordning',
            en: 'Separate leaders with no regular coordination',
          },
          profile: profile({ ingen: 1, 'en-dor-inn': 0.3 }),
        },
        {
          id: 'en-leder-to-avdelinger',
          facts: ['leader-one-over-both'],
          label: {
            nb: 'Én leder over to avdelinger med hver sin avdelingsleder',
            nn: 'Éin leiar over to avdelingar med kvar sin avdelingsleiar',
            en: 'One leader over two departments, each with its own head',
          },
          profile: profile({ hybrid: 1, totalt: 0.2 }),
        },
        {
          id: 'biblioteksjefen',
          facts: ['leader-library-only', 'itorg-closed-library-took-over'],
          label: {
            nb: 'Biblioteksjefen, som også leder oppgavene biblioteket tok over',
            nn: 'Biblioteksjefen, som òg leier oppgåvene biblioteket tok over',
            en: 'The head librarian, who also leads the tasks the library took over',
          },
          profile: profile({ 'pac-man': 1 }),
        },
        {
          id: 'en-leder-direkte',
          facts: ['leader-one-over-both'],
          label: {
            nb: 'Én leder direkte over begge tjenestene, uten avdelingsledere',
            nn: 'Éin leiar direkte over begge tenestene, utan avdelingsleiarar',
            en: 'One leader directly over both services, with no department heads',
          },
          profile: profile({ totalt: 1, hybrid: 0.6 }),
        },
        {
          id: 'hver-sin-samme-hus',
          facts: ['leaders-separate'],
          label: {
            nb: 'Hver sin leder, som samordner seg med de andre lederne i huset',
            nn: 'Kvar sin leiar, som samordnar seg med dei andre leiarane i huset',
            en: 'Separate leaders who coordinate with the other leaders in the building',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'en-leder-en-enhet',
          facts: ['leader-one-unit'],
          label: {
            nb: 'Én leder for én samlet enhet',
            nn: 'Éin leiar for éi samla eining',
            en: 'One leader for one combined unit',
          },
          profile: profile({ totalt: 1, hybrid: 0.2 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'kommunalomrade',
      dimension: 'ledelse',
      text: {
        nb: 'Ligger tjenestene i samme kommunalområde eller sektor?',
        nn: 'Ligg tenestene i same kommunalområde eller sektor?',
        en: 'Do the services sit in the same division (sector) of the municipality?',
      },
      help: {
        nb: 'Når tjenestene rapporterer til samme kommunalsjef, er det lettere å prioritere dem sammen.',
        nn: 'Når tenestene rapporterer til same kommunalsjef, er det lettare å prioritere dei saman.',
        en: 'When both report to the same director, it is easier to set priorities for them together.',
      },
      options: [
        {
          id: 'samme-sektor-to-avdelinger',
          label: {
            nb: 'Ja, som to avdelinger i samme sektor',
            nn: 'Ja, som to avdelingar i same sektor',
            en: 'Yes, as two departments in the same division',
          },
          profile: profile({ hybrid: 1, totalt: 0.2 }),
        },
        {
          id: 'ulike-sektorer',
          label: {
            nb: 'Nei, de ligger i hver sin sektor',
            nn: 'Nei, dei ligg i kvar sin sektor',
            en: 'No, they are in different divisions',
          },
          profile: profile({ ingen: 1, 'en-dor-inn': 1 }),
        },
        {
          id: 'bare-biblioteket',
          facts: ['itorg-closed-library-took-over'],
          label: {
            nb: 'Bare biblioteket er igjen – det har tatt over innbyggertorgets oppgaver',
            nn: 'Berre biblioteket er att – det har teke over oppgåvene til innbyggjartorget',
            en: 'Only the library is left – it took over the citizen service centre’s tasks',
          },
          profile: profile({ 'pac-man': 1 }),
        },
        {
          id: 'samme-enhet',
          label: {
            nb: 'Ja, som én enhet',
            nn: 'Ja, som éi eining',
            en: 'Yes, as one unit',
          },
          profile: profile({ totalt: 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'felles-mal',
      dimension: 'ledelse',
      text: {
        nb: 'Har bibliotek og innbyggertorg felles mål?',
        nn: 'Har bibliotek og innbyggjartorg felles mål?',
        en: 'Do the library and the citizen service centre have shared goals?',
      },
      help: {
        nb: 'Felles mål gir en grunn til å samarbeide. Uten dem er det lett at tjenestene bare jobber side om side.',
        nn: 'Felles mål gir ein grunn til å samarbeide. Utan dei er det lett at tenestene berre arbeider side om side.',
        en: 'Shared goals give a reason to cooperate. Without them the services easily just work side by side.',
      },
      options: [
        {
          id: 'husets-mal',
          facts: ['goals-shared-some-areas'],
          label: {
            nb: 'Ja, for huset som helhet (vertskap, aktiviteter), ellers egne',
            nn: 'Ja, for huset som heilskap (vertskap, aktivitetar), elles eigne',
            en: 'Yes, for the building as a whole (hosting, activities), otherwise separate',
          },
          profile: profile({ 'en-dor-inn': 1, totalt: 0.2 }),
        },
        {
          id: 'en-plan',
          facts: ['goals-shared-plan'],
          label: {
            nb: 'Ja, ett sett mål og planer for hele tjenesten',
            nn: 'Ja, eitt sett mål og planar for heile tenesta',
            en: 'Yes, one set of goals and plans for the whole service',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'egne-mal',
          facts: ['goals-none-shared'],
          label: {
            nb: 'Nei, hver tjeneste har sine egne mål',
            nn: 'Nei, kvar teneste har sine eigne mål',
            en: 'No, each service has its own goals',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'felles-pa-noen-omrader',
          facts: ['goals-shared-some-areas'],
          label: {
            nb: 'Ja, på utvalgte områder, som digital veiledning',
            nn: 'Ja, på utvalde område, som digital rettleiing',
            en: 'Yes, in chosen areas, such as digital guidance',
          },
          profile: profile({ hybrid: 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'ansvar-for-samarbeidet',
      dimension: 'ledelse',
      text: {
        nb: 'Hvem har ansvaret for å utvikle samarbeidet?',
        nn: 'Kven har ansvaret for å utvikle samarbeidet?',
        en: 'Who is responsible for developing the cooperation?',
      },
      help: {
        nb: 'Samarbeid som ingen eier, forsvinner lett i en travel hverdag. Et tydelig ansvar gjør det til en del av driften.',
        nn: 'Samarbeid som ingen eig, forsvinn lett i ein travel kvardag. Eit tydeleg ansvar gjer det til ein del av drifta.',
        en: 'Cooperation that nobody owns easily fades in a busy week. Clear responsibility makes it part of operations.',
      },
      options: [
        {
          id: 'ingen',
          label: {
            nb: 'Ingen har et tydelig ansvar',
            nn: 'Ingen har eit tydeleg ansvar',
            en: 'Nobody has clear responsibility',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'husets-ledergruppe',
          label: {
            nb: 'Husets ledergruppe eller en husansvarlig',
            nn: 'Leiargruppa i huset eller ein husansvarleg',
            en: 'The building’s management group or a building coordinator',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'lederen-for-enheten',
          label: {
            nb: 'Lederen for den samlede enheten',
            nn: 'Leiaren for den samla eininga',
            en: 'The leader of the combined unit',
          },
          profile: profile({ totalt: 1, hybrid: 0.2 }),
        },
        {
          id: 'leder-og-team',
          label: {
            nb: 'Felles leder, med team eller koordinatorer på tvers',
            nn: 'Felles leiar, med team eller koordinatorar på tvers',
            en: 'The shared leader, with cross-service teams or coordinators',
          },
          profile: profile({ hybrid: 1 }),
        },
      ],
    },

    // Lokaler og bygg
    {
      kind: 'scored',
      id: 'lokaler',
      dimension: 'lokalisering',
      weight: 2,
      text: {
        nb: 'Hvor holder bibliotek og innbyggertorg til?',
        nn: 'Kvar held bibliotek og innbyggjartorg til?',
        en: 'Where are the library and the citizen service centre located?',
      },
      help: {
        nb: 'Hvor tjenestene holder til, avgjør om innbyggeren kan få hjelp med begge deler i samme besøk.',
        nn: 'Kvar tenestene held til, avgjer om innbyggjaren kan få hjelp med begge delar i same besøket.',
        en: 'Where the services are decides whether residents can get help with both in one visit.',
      },
      options: [
        {
          id: 'samme-hus-egne-lokaler',
          facts: ['same-building-own-premises'],
          label: {
            nb: 'I samme hus, men med egne lokaler',
            nn: 'I same hus, men med eigne lokale',
            en: 'In the same building, but with separate premises',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'hvert-sitt-sted',
          facts: ['separate-locations'],
          label: {
            nb: 'På hvert sitt sted',
            nn: 'På kvar sin stad',
            en: 'In separate places',
          },
          profile: profile({ ingen: 1, hybrid: 0.8 }),
        },
        {
          id: 'samme-lokale',
          facts: ['same-premises'],
          label: {
            nb: 'I samme lokale, som ett felles rom',
            nn: 'I same lokale, som eitt felles rom',
            en: 'In the same premises, as one shared space',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'mest-hvert-sitt',
          label: {
            nb: 'Stort sett hver for seg, men på ett av stedene i samme bygg',
            nn: 'Stort sett kvar for seg, men på éin av stadene i same bygg',
            en: 'Mostly apart, but in the same building at one of the sites',
          },
          profile: profile({ hybrid: 1, 'en-dor-inn': 0.2 }),
        },
        {
          id: 'bare-biblioteket',
          facts: ['itorg-closed-library-took-over'],
          label: {
            nb: 'Bare biblioteket – det har tatt over innbyggertorgets oppgaver',
            nn: 'Berre biblioteket – det har teke over oppgåvene til innbyggjartorget',
            en: 'Only the library – it took over the citizen service centre’s tasks',
          },
          profile: profile({ 'pac-man': 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'flerbrukshus',
      dimension: 'lokalisering',
      text: {
        nb: 'Er bygget et flerbrukshus med mange tjenester bak én inngang?',
        nn: 'Er bygget eit fleirbrukshus med mange tenester bak éin inngang?',
        en: 'Is the building a multi-use building with many services behind one entrance?',
      },
      help: {
        nb: 'I et flerbrukshus kan innbyggeren møte opp ett sted og få mye gjort, og de ansatte får et fagmiljø på tvers.',
        nn: 'I eit fleirbrukshus kan innbyggjaren møte opp éin stad og få mykje gjort, og dei tilsette får eit fagmiljø på tvers.',
        en: 'In a multi-use building residents can turn up in one place and get a lot done, and staff get a professional community across services.',
      },
      options: [
        {
          id: 'bygd-for-felles-tjeneste',
          label: {
            nb: 'Nei, bygget rommer først og fremst bibliotek og innbyggertorg',
            nn: 'Nei, bygget rommar først og fremst bibliotek og innbyggjartorg',
            en: 'No, the building mainly houses the library and the citizen service centre',
          },
          profile: profile({ totalt: 1, hybrid: 0.3 }),
        },
        {
          id: 'mange-tjenester',
          facts: ['multi-use-house'],
          label: {
            nb: 'Ja, mange tjenester deler inngangen',
            nn: 'Ja, mange tenester deler inngangen',
            en: 'Yes, many services share the entrance',
          },
          profile: profile({ 'en-dor-inn': 1, totalt: 0.5 }),
        },
        {
          id: 'ikke-samme-bygg',
          facts: ['separate-locations'],
          label: {
            nb: 'Nei, bibliotek og innbyggertorg er ikke i samme bygg',
            nn: 'Nei, bibliotek og innbyggjartorg er ikkje i same bygg',
            en: 'No, the library and the citizen service centre are not in the same building',
          },
          profile: profile({ ingen: 1, hybrid: 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'serviceoppgaver-sted',
      dimension: 'lokalisering',
      text: {
        nb: 'Hvor får innbyggerne hjelp med skjemaer og med å finne rett person i kommunen?',
        nn: 'Kvar får innbyggjarane hjelp med skjema og med å finne rett person i kommunen?',
        en: 'Where do residents get help with forms and with finding the right person in the municipality?',
      },
      help: {
        nb: 'Dette er kjerneoppgaver for et innbyggertorg. Hvor de løses, viser hvor innbyggeren faktisk møter kommunen.',
        nn: 'Dette er kjerneoppgåver for eit innbyggjartorg. Kvar dei blir løyste, viser kvar innbyggjaren faktisk møter kommunen.',
        en: 'These are core tasks of a citizen service centre. Where they are handled shows where residents actually meet the municipality.',
      },
      options: [
        {
          id: 'innbyggertorget-annet-sted',
          facts: ['separate-locations'],
          label: {
            nb: 'Hos innbyggertorget, et annet sted enn biblioteket',
            nn: 'Hos innbyggjartorget, ein annan stad enn biblioteket',
            en: 'At the citizen service centre, somewhere other than the library',
          },
          profile: profile({ ingen: 1, hybrid: 1 }),
        },
        {
          id: 'biblioteket',
          facts: ['itorg-closed-library-took-over'],
          label: {
            nb: 'På biblioteket, som tok over da innbyggertorget ble lagt ned',
            nn: 'På biblioteket, som tok over då innbyggjartorget blei lagt ned',
            en: 'At the library, which took over when the citizen service centre closed',
          },
          profile: profile({ 'pac-man': 1 }),
        },
        {
          id: 'innbyggertorget-i-huset',
          label: {
            nb: 'Hos innbyggertorget, i samme hus som biblioteket',
            nn: 'Hos innbyggjartorget, i same hus som biblioteket',
            en: 'At the citizen service centre, in the same building as the library',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'andre-kanaler',
          label: {
            nb: 'Hos kontaktsenter, NAV eller digitalt, ikke ved et innbyggertorg',
            nn: 'Hos kontaktsenter, NAV eller digitalt, ikkje ved eit innbyggjartorg',
            en: 'At a contact centre, NAV or online, not at a citizen service centre',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'felles-skranke',
          facts: ['counter-shared'],
          label: {
            nb: 'Ved den felles skranken for bibliotek og innbyggertorg',
            nn: 'Ved den felles skranken for bibliotek og innbyggjartorg',
            en: 'At the shared front desk of the library and the citizen service centre',
          },
          profile: profile({ totalt: 1 }),
        },
      ],
    },

    // Ansatte og kompetanse
    {
      kind: 'scored',
      id: 'ansattgruppe',
      dimension: 'ansatte',
      weight: 2,
      text: {
        nb: 'Er bibliotekansatte og innbyggertorgansatte én ansattgruppe?',
        nn: 'Er dei tilsette i biblioteket og innbyggjartorget éi gruppe?',
        en: 'Are library staff and citizen service centre staff one staff group?',
      },
      help: {
        nb: 'Om de ansatte er én gruppe eller flere, avgjør hvem som kan dekke for hverandre og svare innbyggeren.',
        nn: 'Om dei tilsette er éi gruppe eller fleire, avgjer kven som kan dekkje for kvarandre og svare innbyggjaren.',
        en: 'Whether staff are one group or several decides who can cover for each other and answer residents.',
      },
      options: [
        {
          id: 'bare-bibliotekansatte',
          facts: ['itorg-closed-library-took-over'],
          label: {
            nb: 'Bare bibliotekansatte – de har tatt over innbyggertorgets oppgaver',
            nn: 'Berre bibliotektilsette – dei har teke over oppgåvene til innbyggjartorget',
            en: 'Only library staff – they took over the citizen service centre’s tasks',
          },
          profile: profile({ 'pac-man': 1 }),
        },
        {
          id: 'to-grupper-samme-hus',
          facts: ['staff-separate-groups'],
          label: {
            nb: 'Nei, to grupper som kjenner hverandre godt fra huset',
            nn: 'Nei, to grupper som kjenner kvarandre godt frå huset',
            en: 'No, two groups who know each other well from the building',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'en-gruppe',
          facts: ['staff-one-group'],
          label: {
            nb: 'Ja, én gruppe med felles oppgaver',
            nn: 'Ja, éi gruppe med felles oppgåver',
            en: 'Yes, one group with shared tasks',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'helt-atskilt',
          facts: ['staff-separate-groups'],
          label: {
            nb: 'Nei, helt atskilte grupper',
            nn: 'Nei, heilt skilde grupper',
            en: 'No, completely separate groups',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'to-grupper-samme-leder',
          facts: ['staff-separate-groups'],
          label: {
            nb: 'Nei, to grupper under samme leder',
            nn: 'Nei, to grupper under same leiar',
            en: 'No, two groups under the same leader',
          },
          profile: profile({ hybrid: 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'generalist-spesialist',
      dimension: 'ansatte',
      text: {
        nb: 'Hvordan er oppgavene fordelt mellom generalister og spesialister?',
        nn: 'Korleis er oppgåvene fordelte mellom generalistar og spesialistar?',
        en: 'How are tasks divided between generalists and specialists?',
      },
      help: {
        nb: 'Fordelingen avgjør om innbyggeren får svar i første møte, eller må vises videre.',
        nn: 'Fordelinga avgjer om innbyggjaren får svar i det første møtet, eller må visast vidare.',
        en: 'The division decides whether residents get an answer from the first person they meet, or must be referred.',
      },
      options: [
        {
          id: 'spesialister-per-tjeneste',
          facts: ['staff-specialists-refer'],
          label: {
            nb: 'Spesialister for hver tjeneste, som vet hva resten av huset tilbyr',
            nn: 'Spesialistar for kvar teneste, som veit kva resten av huset tilbyr',
            en: 'Specialists for each service who know what the rest of the building offers',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'bibliotekansatte-alt',
          facts: ['itorg-closed-library-took-over'],
          label: {
            nb: 'Bibliotekansatte tar også oppgavene de tok over fra innbyggertorget',
            nn: 'Bibliotektilsette tek òg oppgåvene dei tok over frå innbyggjartorget',
            en: 'Library staff also do the tasks they took over from the citizen service centre',
          },
          profile: profile({ 'pac-man': 1 }),
        },
        {
          id: 'egne-oppgaver-noe-felles',
          label: {
            nb: 'Hver har sine oppgaver, men noe løses i felles team',
            nn: 'Kvar har sine oppgåver, men noko blir løyst i felles team',
            en: 'Each has their own tasks, but some are handled in joint teams',
          },
          profile: profile({ hybrid: 1 }),
        },
        {
          id: 'alle-begge-deler',
          facts: ['staff-generalist-and-specialist'],
          label: {
            nb: 'Alle tar generelle spørsmål og er i tillegg spesialister i sitt fag',
            nn: 'Alle tek generelle spørsmål og er i tillegg spesialistar i faget sitt',
            en: 'Everyone takes general questions and is also a specialist in their field',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'bare-egne',
          label: {
            nb: 'Hver gjør bare sine egne oppgaver',
            nn: 'Kvar gjer berre sine eigne oppgåver',
            en: 'Each does only their own tasks',
          },
          profile: profile({ ingen: 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'vaktplan',
      dimension: 'ansatte',
      text: {
        nb: 'Hvordan settes vaktene i skranken opp?',
        nn: 'Korleis blir vaktene i skranken sette opp?',
        en: 'How are the front desk shifts planned?',
      },
      help: {
        nb: 'En felles vaktplan gjør at innbyggeren møter den samme tjenesten uansett hvem som er på jobb.',
        nn: 'Ein felles vaktplan gjer at innbyggjaren møter den same tenesta same kven som er på jobb.',
        en: 'A shared rota means residents meet the same service whoever is on duty.',
      },
      options: [
        {
          id: 'samordnet-i-huset',
          label: {
            nb: 'Hver sin vaktplan, samordnet med åpningstiden i huset',
            nn: 'Kvar sin vaktplan, samordna med opningstida i huset',
            en: 'Separate rotas, coordinated with the building’s opening hours',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'hver-for-seg',
          label: {
            nb: 'Hver tjeneste setter opp sine egne vakter',
            nn: 'Kvar teneste set opp sine eigne vakter',
            en: 'Each service plans its own shifts',
          },
          profile: profile({ ingen: 1, hybrid: 0.3 }),
        },
        {
          id: 'en-vaktplan',
          label: {
            nb: 'Én felles vaktplan for alle som står i skranken',
            nn: 'Éin felles vaktplan for alle som står i skranken',
            en: 'One shared rota for everyone at the front desk',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'samordnet-av-leder',
          label: {
            nb: 'Hver sin vaktplan, men felles leder samordner dem',
            nn: 'Kvar sin vaktplan, men felles leiar samordnar dei',
            en: 'Separate rotas, but a shared leader coordinates them',
          },
          profile: profile({ hybrid: 1, totalt: 0.2 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'avtaler',
      dimension: 'ansatte',
      weight: 0.5,
      text: {
        nb: 'Er arbeidstidsordninger og avtaler samkjørt mellom bibliotek- og innbyggertorgansatte?',
        nn: 'Er arbeidstidsordningar og avtalar samkøyrde mellom bibliotek- og innbyggjartorgtilsette?',
        en: 'Are working-time arrangements and agreements aligned between library and citizen service centre staff?',
      },
      help: {
        nb: 'Ulike ordninger gjør det vanskeligere å dele vakter. Det er likevel ikke uvanlig at de er ulike, også der tjenestene er slått sammen.',
        nn: 'Ulike ordningar gjer det vanskelegare å dele vakter. Det er likevel ikkje uvanleg at dei er ulike, også der tenestene er slått saman.',
        en: 'Different arrangements make it harder to share shifts. Even so, it is not unusual for them to differ, also where the services have merged.',
      },
      options: [
        {
          id: 'under-arbeid',
          facts: ['hours-differ'],
          label: {
            nb: 'Ikke ennå, men vi arbeider med å samkjøre dem',
            nn: 'Ikkje enno, men vi arbeider med å samkøyre dei',
            en: 'Not yet, but we are working on aligning them',
          },
          profile: profile({ totalt: 1, hybrid: 1 }),
        },
        {
          id: 'harmonisert',
          facts: ['hours-harmonised'],
          label: {
            nb: 'Ja, de er samkjørt',
            nn: 'Ja, dei er samkøyrde',
            en: 'Yes, they are aligned',
          },
          profile: profile({ totalt: 1, hybrid: 0.3 }),
        },
        {
          id: 'ulike',
          facts: ['hours-differ'],
          label: {
            nb: 'Nei, de er ulike',
            nn: 'Nei, dei er ulike',
            en: 'No, they differ',
          },
          profile: profile({ ingen: 1, 'en-dor-inn': 1, hybrid: 1, totalt: 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'kompetansedeling',
      dimension: 'ansatte',
      text: {
        nb: 'Hvordan deler de ansatte kompetanse på tvers av tjenestene?',
        nn: 'Korleis deler dei tilsette kompetanse på tvers av tenestene?',
        en: 'How do staff share competence across the services?',
      },
      help: {
        nb: 'Felles opplæring gjør at innbyggeren oftere får svar i første møte.',
        nn: 'Felles opplæring gjer at innbyggjaren oftare får svar i det første møtet.',
        en: 'Joint training means residents more often get an answer at the first contact.',
      },
      options: [
        {
          id: 'felles-opplaering',
          label: {
            nb: 'Alle får opplæring i begge tjenestenes oppgaver',
            nn: 'Alle får opplæring i oppgåvene til begge tenestene',
            en: 'Everyone is trained in both services’ tasks',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'lite',
          label: {
            nb: 'Lite eller ingenting',
            nn: 'Lite eller ingenting',
            en: 'Little or not at all',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'fagmiljo-i-huset',
          label: {
            nb: 'Gjennom et fagmiljø på tvers i huset, men hver har sitt fag',
            nn: 'Gjennom eit fagmiljø på tvers i huset, men kvar har sitt fag',
            en: 'Through a shared professional community in the building, each in their own field',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'bibliotekansatte-laert-opp',
          facts: ['itorg-closed-library-took-over'],
          label: {
            nb: 'Bibliotekansatte er lært opp i oppgavene biblioteket tok over',
            nn: 'Bibliotektilsette er lærte opp i oppgåvene biblioteket tok over',
            en: 'Library staff have been trained in the tasks the library took over',
          },
          profile: profile({ 'pac-man': 1 }),
        },
        {
          id: 'team-pa-tvers',
          label: {
            nb: 'Vi lærer av hverandre i team på utvalgte områder',
            nn: 'Vi lærer av kvarandre i team på utvalde område',
            en: 'We learn from each other in teams on chosen topics',
          },
          profile: profile({ hybrid: 1 }),
        },
      ],
    },

    // Digitale tjenester
    {
      kind: 'scored',
      id: 'digital-veiledning',
      dimension: 'digitalt',
      text: {
        nb: 'Hvem gir innbyggerne digital veiledning, for eksempel hjelp med innlogging, skjemaer og apper?',
        nn: 'Kven gir innbyggjarane digital rettleiing, til dømes hjelp med innlogging, skjema og appar?',
        en: 'Who gives residents digital guidance, such as help with logging in, forms and apps?',
      },
      help: {
        nb: 'Mange innbyggere trenger hjelp med digitale tjenester. Hvem som gir den, og om de gjør det sammen, avgjør hvor innbyggeren må gå.',
        nn: 'Mange innbyggjarar treng hjelp med digitale tenester. Kven som gir ho, og om dei gjer det saman, avgjer kvar innbyggjaren må gå.',
        en: 'Many residents need help with digital services. Who gives it, and whether they do so together, decides where residents have to go.',
      },
      options: [
        {
          id: 'felles-team',
          facts: ['digital-guidance-joint'],
          label: {
            nb: 'Et felles team med folk fra begge tjenestene',
            nn: 'Eit felles team med folk frå begge tenestene',
            en: 'A joint team with people from both services',
          },
          profile: profile({ hybrid: 1, totalt: 0.2 }),
        },
        {
          id: 'hver-for-seg',
          label: {
            nb: 'Hver for seg, eller bare den ene tjenesten, uten samordning',
            nn: 'Kvar for seg, eller berre den eine tenesta, utan samordning',
            en: 'Separately, or only one of the services, without coordination',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'biblioteket-overtatt',
          facts: ['digital-guidance-library-only', 'itorg-closed-library-took-over'],
          label: {
            nb: 'Biblioteket, som tok over oppgaven fra innbyggertorget',
            nn: 'Biblioteket, som tok over oppgåva frå innbyggjartorget',
            en: 'The library, which took the task over from the citizen service centre',
          },
          profile: profile({ 'pac-man': 1 }),
        },
        {
          id: 'felles-skranke',
          facts: ['digital-guidance-joint', 'counter-shared'],
          label: {
            nb: 'Vi gjør det sammen i den felles skranken',
            nn: 'Vi gjer det saman i den felles skranken',
            en: 'We do it together at the shared front desk',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'hver-for-seg-i-huset',
          label: {
            nb: 'Begge, hver for seg, og vi viser til hverandre i huset',
            nn: 'Begge, kvar for seg, og vi viser til kvarandre i huset',
            en: 'Both, separately, referring people to each other in the building',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'digitale-henvendelser',
      dimension: 'digitalt',
      text: {
        nb: 'Hvem svarer på kommunens digitale henvendelser, som e-post, chat og kontaktskjema?',
        nn: 'Kven svarar på dei digitale førespurnadene til kommunen, som e-post, chat og kontaktskjema?',
        en: 'Who answers the municipality’s digital inquiries, such as email, chat and contact forms?',
      },
      help: {
        nb: 'Digitale henvendelser er en stor del av kommunens service. Hvem som svarer, viser om de fysiske og digitale kanalene henger sammen.',
        nn: 'Digitale førespurnader er ein stor del av servicen til kommunen. Kven som svarar, viser om dei fysiske og digitale kanalane heng saman.',
        en: 'Digital inquiries are a large part of the municipality’s service. Who answers them shows whether the physical and digital channels are connected.',
      },
      options: [
        {
          id: 'andre-i-kommunen',
          facts: ['digital-inquiries-elsewhere'],
          label: {
            nb: 'Andre i kommunen, for eksempel et kontaktsenter',
            nn: 'Andre i kommunen, til dømes eit kontaktsenter',
            en: 'Others in the municipality, such as a contact centre',
          },
          profile: profile({ ingen: 1, hybrid: 0.3 }),
        },
        {
          id: 'felles-tjeneste',
          label: {
            nb: 'Den felles tjenesten vår, de samme som står i skranken',
            nn: 'Den felles tenesta vår, dei same som står i skranken',
            en: 'Our joint service, the same people who staff the front desk',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'innbyggertorget-med-hjelp',
          label: {
            nb: 'Innbyggertorget, med hjelp fra biblioteket på noen områder',
            nn: 'Innbyggjartorget, med hjelp frå biblioteket på nokre område',
            en: 'The citizen service centre, with help from the library in some areas',
          },
          profile: profile({ hybrid: 1 }),
        },
        {
          id: 'innbyggertorget-alene',
          label: {
            nb: 'Innbyggertorget alene',
            nn: 'Innbyggjartorget åleine',
            en: 'The citizen service centre alone',
          },
          profile: profile({ ingen: 1, 'en-dor-inn': 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'utskrift-skanning',
      dimension: 'digitalt',
      text: {
        nb: 'Hvor kan innbyggerne skrive ut, skanne og kopiere selv?',
        nn: 'Kvar kan innbyggjarane skrive ut, skanne og kopiere sjølve?',
        en: 'Where can residents print, scan and copy for themselves?',
      },
      help: {
        nb: 'Utskrift, skanning og kopi er et praktisk område der tjenestene lett kan dele utstyr og hjelpe hverandre.',
        nn: 'Utskrift, skanning og kopi er eit praktisk område der tenestene lett kan dele utstyr og hjelpe kvarandre.',
        en: 'Printing, scanning and copying is a practical area where the services can easily share equipment and help each other.',
      },
      options: [
        {
          id: 'samme-losning-begge-steder',
          label: {
            nb: 'Begge steder, med samme løsning og avtale',
            nn: 'Begge stader, med same løysing og avtale',
            en: 'At both sites, with the same system and contract',
          },
          profile: profile({ hybrid: 1 }),
        },
        {
          id: 'felles-i-huset',
          label: {
            nb: 'På en løsning i huset som alle tjenestene bruker',
            nn: 'På ei løysing i huset som alle tenestene brukar',
            en: 'At machines in the building that all services use',
          },
          profile: profile({ 'en-dor-inn': 1, totalt: 0.3 }),
        },
        {
          id: 'hver-sin-losning',
          label: {
            nb: 'Hver tjeneste for seg, eller bare på biblioteket',
            nn: 'Kvar teneste for seg, eller berre på biblioteket',
            en: 'Each service on its own, or only at the library',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'felles-losning',
          label: {
            nb: 'På én løsning i det felles lokalet',
            nn: 'På éi løysing i det felles lokalet',
            en: 'At one set of machines in our shared premises',
          },
          profile: profile({ totalt: 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'digital-utvikling',
      dimension: 'digitalt',
      text: {
        nb: 'Hvordan jobber dere med å utvikle digitale tjenester og nye løsninger?',
        nn: 'Korleis arbeider de med å utvikle digitale tenester og nye løysingar?',
        en: 'How do you work on developing digital services and new solutions?',
      },
      help: {
        nb: 'Felles utvikling viser om samarbeidet er mer enn å dele bygg.',
        nn: 'Felles utvikling viser om samarbeidet er meir enn å dele bygg.',
        en: 'Joint development shows whether cooperation goes beyond sharing a building.',
      },
      options: [
        {
          id: 'husets-prosjekter',
          label: {
            nb: 'I prosjekter med de andre tjenestene i huset',
            nn: 'I prosjekt med dei andre tenestene i huset',
            en: 'In projects with the other services in the building',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'som-en-tjeneste',
          label: {
            nb: 'Som én tjeneste, med felles planer',
            nn: 'Som éi teneste, med felles planar',
            en: 'As one service, with joint plans',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'hver-for-seg',
          label: {
            nb: 'Hver tjeneste for seg',
            nn: 'Kvar teneste for seg',
            en: 'Each service on its own',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'faste-team',
          label: {
            nb: 'I faste team på tvers av tjenestene',
            nn: 'I faste team på tvers av tenestene',
            en: 'In standing teams across the services',
          },
          profile: profile({ hybrid: 1, totalt: 0.3 }),
        },
      ],
    },

    // Samarbeid i praksis
    {
      kind: 'scored',
      id: 'prosjekter-team',
      dimension: 'samarbeid',
      text: {
        nb: 'Jobber bibliotek og innbyggertorg sammen i prosjekter eller team?',
        nn: 'Arbeider bibliotek og innbyggjartorg saman i prosjekt eller team?',
        en: 'Do the library and the citizen service centre work together in projects or teams?',
      },
      help: {
        nb: 'Prosjekter og team er der tjenestene lærer hverandre å kjenne og finner ut hva de kan gjøre bedre sammen.',
        nn: 'Prosjekt og team er der tenestene lærer kvarandre å kjenne og finn ut kva dei kan gjere betre saman.',
        en: 'Projects and teams are where the services get to know each other and find out what they can do better together.',
      },
      options: [
        {
          id: 'faste-team',
          facts: ['cooperate-projects-teams'],
          label: {
            nb: 'Ja, i faste team på områder med felles mål',
            nn: 'Ja, i faste team på område med felles mål',
            en: 'Yes, in standing teams where we share goals',
          },
          profile: profile({ hybrid: 1 }),
        },
        {
          id: 'ett-team',
          label: {
            nb: 'Vi er ett team, så alt arbeid er felles',
            nn: 'Vi er eitt team, så alt arbeid er felles',
            en: 'We are one team, so all work is joint',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'ingen-partner',
          facts: ['itorg-closed-library-took-over'],
          label: {
            nb: 'Ikke aktuelt – biblioteket har tatt over innbyggertorgets oppgaver',
            nn: 'Ikkje aktuelt – biblioteket har teke over oppgåvene til innbyggjartorget',
            en: 'Not relevant – the library took over the citizen service centre’s tasks',
          },
          profile: profile({ 'pac-man': 1 }),
        },
        {
          id: 'enkeltprosjekter',
          facts: ['cooperate-projects-teams'],
          label: {
            nb: 'Ja, i enkeltprosjekter når det passer',
            nn: 'Ja, i einskilde prosjekt når det passar',
            en: 'Yes, in one-off projects when it suits',
          },
          profile: profile({ 'en-dor-inn': 1, hybrid: 0.2 }),
        },
        {
          id: 'sjelden',
          facts: ['cooperate-none'],
          label: {
            nb: 'Sjelden eller aldri',
            nn: 'Sjeldan eller aldri',
            en: 'Rarely or never',
          },
          profile: profile({ ingen: 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'arrangementer',
      dimension: 'samarbeid',
      text: {
        nb: 'Samarbeider bibliotek og innbyggertorg om arrangementer?',
        nn: 'Samarbeider bibliotek og innbyggjartorg om arrangement?',
        en: 'Do the library and the citizen service centre cooperate on events?',
      },
      help: {
        nb: 'Arrangementer er et konkret område der tjenestene kan nå innbyggere sammen som de ikke når hver for seg.',
        nn: 'Arrangement er eit konkret område der tenestene kan nå innbyggjarar saman som dei ikkje når kvar for seg.',
        en: 'Events are a concrete area where the services can together reach residents they do not reach alone.',
      },
      options: [
        {
          id: 'hver-for-seg',
          label: {
            nb: 'Nei, hver for seg',
            nn: 'Nei, kvar for seg',
            en: 'No, separately',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'med-huset',
          label: {
            nb: 'Ja, sammen med andre tjenester i huset',
            nn: 'Ja, saman med andre tenester i huset',
            en: 'Yes, together with other services in the building',
          },
          profile: profile({ 'en-dor-inn': 1, totalt: 0.4 }),
        },
        {
          id: 'planlagt-pa-tvers',
          label: {
            nb: 'Ja, planlagt og fast, på tvers av stedene',
            nn: 'Ja, planlagt og fast, på tvers av stadene',
            en: 'Yes, planned and regular, across the sites',
          },
          profile: profile({ hybrid: 1 }),
        },
        {
          id: 'felles-oppgave',
          label: {
            nb: 'Ja, det er en felles oppgave for alle ansatte',
            nn: 'Ja, det er ei felles oppgåve for alle tilsette',
            en: 'Yes, it is a shared task for all staff',
          },
          profile: profile({ totalt: 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'utstyr',
      dimension: 'samarbeid',
      text: {
        nb: 'Samarbeider bibliotek og innbyggertorg om utlån eller utdeling av utstyr?',
        nn: 'Samarbeider bibliotek og innbyggjartorg om utlån eller utdeling av utstyr?',
        en: 'Do the library and the citizen service centre cooperate on lending or handing out equipment?',
      },
      help: {
        nb: 'Utstyr er noe innbyggerne henter på ett sted. Samarbeid om utlån og utdeling kan spare dem for en ekstra tur.',
        nn: 'Utstyr er noko innbyggjarane hentar på éin stad. Samarbeid om utlån og utdeling kan spare dei for ein ekstra tur.',
        en: 'Equipment is something residents collect in one place. Cooperating on lending and handing it out can save them an extra trip.',
      },
      options: [
        {
          id: 'felles-oppgave',
          label: {
            nb: 'Ja, alle ansatte låner ut og deler ut alt',
            nn: 'Ja, alle tilsette lånar ut og deler ut alt',
            en: 'Yes, all staff lend out and hand out everything',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'planlagt-pa-tvers',
          label: {
            nb: 'Ja, etter faste avtaler på tvers av stedene',
            nn: 'Ja, etter faste avtalar på tvers av stadene',
            en: 'Yes, by standing agreement across the sites',
          },
          profile: profile({ hybrid: 1 }),
        },
        {
          id: 'hver-for-seg',
          label: {
            nb: 'Nei, hver for seg',
            nn: 'Nei, kvar for seg',
            en: 'No, separately',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'med-huset',
          label: {
            nb: 'Ja, gjennom en ordning for hele huset',
            nn: 'Ja, gjennom ei ordning for heile huset',
            en: 'Yes, through an arrangement for the whole building',
          },
          profile: profile({ 'en-dor-inn': 1, totalt: 0.4 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'moteplasser',
      dimension: 'samarbeid',
      text: {
        nb: 'Har de ansatte felles møteplasser, som husmøter, møterom og spiserom?',
        nn: 'Har dei tilsette felles møteplassar, som husmøte, møterom og spiserom?',
        en: 'Do staff share meeting places, such as house meetings, meeting rooms and lunch rooms?',
      },
      help: {
        nb: 'Der de ansatte møtes i hverdagen, blir de kjent med hva de andre gjør, og kan vise innbyggeren videre.',
        nn: 'Der dei tilsette møtest i kvardagen, blir dei kjende med kva dei andre gjer, og kan vise innbyggjaren vidare.',
        en: 'Where staff meet day to day, they learn what the others do and can refer residents onwards.',
      },
      options: [
        {
          id: 'en-arbeidsplass',
          facts: ['shared-meeting-lunch-rooms'],
          label: {
            nb: 'Ja, vi er én arbeidsplass med felles personalmøter',
            nn: 'Ja, vi er éin arbeidsplass med felles personalmøte',
            en: 'Yes, we are one workplace with joint staff meetings',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'samlinger',
          label: {
            nb: 'Felles samlinger og møter, men hver har sitt sted',
            nn: 'Felles samlingar og møte, men kvar har sin stad',
            en: 'Joint gatherings and meetings, but each at its own site',
          },
          profile: profile({ hybrid: 1 }),
        },
        {
          id: 'husmoter',
          facts: ['house-meetings', 'shared-meeting-lunch-rooms'],
          label: {
            nb: 'Ja, husmøter og felles rom med de andre tjenestene i huset',
            nn: 'Ja, husmøte og felles rom med dei andre tenestene i huset',
            en: 'Yes, house meetings and shared rooms with the other services',
          },
          profile: profile({ 'en-dor-inn': 1, totalt: 0.4 }),
        },
        {
          id: 'nei',
          label: { nb: 'Nei', nn: 'Nei', en: 'No' },
          profile: profile({ ingen: 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'gjensidig-avhengighet',
      dimension: 'samarbeid',
      text: {
        nb: 'Er tjenestene avhengige av hverandre for å hjelpe innbyggerne?',
        nn: 'Er tenestene avhengige av kvarandre for å hjelpe innbyggjarane?',
        en: 'Do the services depend on each other to help residents?',
      },
      help: {
        nb: 'I Drammen er det erfart at avdelingene fungerer mer som autonome avdelinger når det ikke er lagt opp til gjensidig avhengighet.',
        nn: 'I Drammen er det erfart at avdelingane fungerer meir som autonome avdelingar når det ikkje er lagt opp til gjensidig avhengnad.',
        en: 'Drammen found that the departments work more as autonomous departments when little mutual dependency is built in.',
      },
      options: [
        {
          id: 'nei',
          facts: ['no-mutual-dependency'],
          label: {
            nb: 'Nei, vi klarer oss uten hverandre',
            nn: 'Nei, vi klarar oss utan kvarandre',
            en: 'No, we manage without each other',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'pa-avtalte-omrader',
          facts: ['mutual-dependency'],
          label: {
            nb: 'Ja, på områder vi har avtalt',
            nn: 'Ja, på område vi har avtalt',
            en: 'Yes, in areas we have agreed on',
          },
          profile: profile({ hybrid: 1, 'en-dor-inn': 0.2 }),
        },
        {
          id: 'henviser',
          facts: ['no-mutual-dependency'],
          label: {
            nb: 'Lite, men vi sender innbyggere til hverandre',
            nn: 'Lite, men vi sender innbyggjarar til kvarandre',
            en: 'Little, but we send residents to each other',
          },
          profile: profile({ 'en-dor-inn': 1, hybrid: 0.4 }),
        },
        {
          id: 'biblioteket-alene',
          facts: ['itorg-closed-library-took-over'],
          label: {
            nb: 'Ikke aktuelt – biblioteket har tatt over innbyggertorgets oppgaver',
            nn: 'Ikkje aktuelt – biblioteket har teke over oppgåvene til innbyggjartorget',
            en: 'Not relevant – the library took over the citizen service centre’s tasks',
          },
          profile: profile({ 'pac-man': 1 }),
        },
        {
          id: 'en-tjeneste',
          facts: ['mutual-dependency'],
          label: {
            nb: 'Ja, vi leverer én tjeneste sammen',
            nn: 'Ja, vi leverer éi teneste saman',
            en: 'Yes, we deliver one service together',
          },
          profile: profile({ totalt: 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'hvor-samarbeidet-skjer',
      dimension: 'samarbeid',
      text: {
        nb: 'Hvor merkes samarbeidet mest?',
        nn: 'Kvar merkar ein samarbeidet mest?',
        en: 'Where is the cooperation most noticeable?',
      },
      help: {
        nb: 'Samarbeid som bare skjer internt, merker innbyggerne lite til. Samarbeid i møtet med innbyggeren endrer tjenesten.',
        nn: 'Samarbeid som berre skjer internt, merkar innbyggjarane lite til. Samarbeid i møtet med innbyggjaren endrar tenesta.',
        en: 'Cooperation that happens only behind the scenes is barely noticed by residents. Cooperation where residents are served changes the service.',
      },
      options: [
        {
          id: 'i-huset',
          label: {
            nb: 'I fellesarealer og arrangementer i huset',
            nn: 'I fellesareal og arrangement i huset',
            en: 'In shared spaces and events in the building',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'lite-samarbeid',
          facts: ['cooperate-none'],
          label: {
            nb: 'Det er lite samarbeid',
            nn: 'Det er lite samarbeid',
            en: 'There is little cooperation',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'i-skranken',
          label: {
            nb: 'I skranken, i møtet med innbyggerne hver dag',
            nn: 'I skranken, i møtet med innbyggjarane kvar dag',
            en: 'At the front desk, serving residents every day',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'internt',
          facts: ['cooperate-internal-only'],
          label: {
            nb: 'Mest internt: planlegging, prosjekter og kompetanse',
            nn: 'Mest internt: planlegging, prosjekt og kompetanse',
            en: 'Mostly internally: planning, projects and competence',
          },
          profile: profile({ hybrid: 1 }),
        },
      ],
    },
  ],
};
