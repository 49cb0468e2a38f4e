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
 * changes: it is stamped on every result and export so scores stay comparable.
 * Options are written so each model has a clearly typical answer; see docs/scoring.md.
 */
export const catalogueData: CatalogueInput = {
  version: '1.0.0',
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
        nb: 'Hvor møter innbyggerne bibliotek og innbyggertorg, og hvem står i skranken? En felles skranke er det tydeligste kjennetegnet på totalt samarbeid.',
        nn: 'Kvar møter innbyggjarane bibliotek og innbyggjartorg, og kven står i skranken? Ein felles skranke er det tydelegaste kjenneteiknet på totalt samarbeid.',
        en: 'Where do residents meet the library and the innbyggertorg (the municipality’s citizen service centre), and who staffs the desk? A shared desk is the clearest sign of full cooperation.',
      },
    },
    {
      id: 'budsjett',
      title: { nb: 'Budsjett', nn: 'Budsjett', en: 'Budget' },
      intro: {
        nb: 'Felles budsjett betyr felles prioriteringer. Det skiller samorganisering fra det å bare dele et bygg.',
        nn: 'Felles budsjett tyder felles prioriteringar. Det skil samorganisering frå det å berre dele eit bygg.',
        en: 'A shared budget means shared priorities. It is what separates joint organisation from simply sharing a building.',
      },
    },
    {
      id: 'ledelse',
      title: { nb: 'Ledelse', nn: 'Leiing', en: 'Leadership' },
      intro: {
        nb: 'Hvem leder tjenestene, og hvem setter målene? Én leder finner vi i både totalt og hybrid samarbeid, mens En dør inn ofte har hver sin.',
        nn: 'Kven leier tenestene, og kven set måla? Éin leiar finn vi i både totalt og hybrid samarbeid, medan Ei dør inn ofte har kvar sin.',
        en: 'Who leads the services, and who sets the goals? Full and hybrid cooperation have one leader; One door in often has two.',
      },
    },
    {
      id: 'lokalisering',
      title: { nb: 'Lokaler og bygg', nn: 'Lokale og bygg', en: 'Location and building' },
      intro: {
        nb: 'Hvor holder tjenestene til? Samme lokaler, samme hus med egne lokaler eller hvert sitt sted er den fysiske aksen på kartet.',
        nn: 'Kvar held tenestene til? Same lokale, same hus med eigne lokale eller kvar sin stad er den fysiske aksen på kartet.',
        en: 'Where are the services? The same premises, the same building with separate premises, or separate places: this is the physical axis of the map.',
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
        nb: 'Er de ansatte én gruppe eller to? Hvem svarer på hva, og er arbeidstid og avtaler samkjørt?',
        nn: 'Er dei tilsette éi gruppe eller to? Kven svarar på kva, og er arbeidstid og avtalar samkøyrde?',
        en: 'Are the staff one group or two? Who answers what, and are working hours and agreements aligned?',
      },
    },
    {
      id: 'digitalt',
      title: { nb: 'Digitale tjenester', nn: 'Digitale tenester', en: 'Digital services' },
      intro: {
        nb: 'Digital veiledning, digitale henvendelser og utskrift, skanning og kopi er områder der tjenestene ofte møtes, eller der den ene overtar.',
        nn: 'Digital rettleiing, digitale førespurnader og utskrift, skanning og kopi er område der tenestene ofte møtest, eller der den eine tek over.',
        en: 'Digital guidance, digital inquiries and printing, scanning and copying are areas where the services often meet, or where one takes over.',
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
        nb: 'Hva gjør dere faktisk sammen? Prosjekter, team, arrangementer, utstyr, husmøter og felles rom viser hvor tett samarbeidet er i hverdagen.',
        nn: 'Kva gjer de faktisk saman? Prosjekt, team, arrangement, utstyr, husmøte og felles rom viser kor tett samarbeidet er i kvardagen.',
        en: 'What do you actually do together? Projects, teams, events, equipment, house meetings and shared rooms show how close the cooperation is day to day.',
      },
    },
  ],
  questions: [
    // Context: shapes the narrative, never the score.
    {
      kind: 'context',
      id: 'kommune',
      input: 'text',
      text: {
        nb: 'Hvilken kommune gjelder kartleggingen?',
        nn: 'Kva kommune gjeld kartlegginga?',
        en: 'Which municipality is this assessment for?',
      },
      help: {
        nb: 'Navnet vises i resultatet og i det du eksporterer. Det lagres bare i denne nettleseren.',
        nn: 'Namnet vert vist i resultatet og i det du eksporterer. Det vert berre lagra i denne nettlesaren.',
        en: 'The name appears in the result and in anything you export. It is stored only in this browser.',
      },
    },
    {
      kind: 'context',
      id: 'rolle',
      input: 'choice',
      text: { nb: 'Hvilken rolle har du?', nn: 'Kva rolle har du?', en: 'What is your role?' },
      help: {
        nb: 'Ledere og ansatte ser ofte samarbeidet ulikt. Rollen hjelper når flere svarer sammen.',
        nn: 'Leiarar og tilsette ser ofte samarbeidet ulikt. Rolla hjelper når fleire svarar saman.',
        en: 'Managers and staff often see the cooperation differently. Your role helps when several people answer together.',
      },
      options: [
        { id: 'leder', label: { nb: 'Leder', nn: 'Leiar', en: 'Manager' } },
        {
          id: 'bibliotekansatt',
          label: {
            nb: 'Ansatt i biblioteket',
            nn: 'Tilsett i biblioteket',
            en: 'Library staff',
          },
        },
        {
          id: 'innbyggertorgansatt',
          label: {
            nb: 'Ansatt i innbyggertorget',
            nn: 'Tilsett i innbyggjartorget',
            en: 'Innbyggertorg staff',
          },
        },
        {
          id: 'politiker',
          label: { nb: 'Politiker', nn: 'Politikar', en: 'Elected politician' },
        },
        { id: 'annen', label: { nb: 'Annen rolle', nn: 'Anna rolle', en: 'Other role' } },
      ],
    },
    {
      kind: 'context',
      id: 'befolkning',
      input: 'choice',
      text: {
        nb: 'Hvordan bor innbyggerne i kommunen?',
        nn: 'Korleis bur innbyggjarane i kommunen?',
        en: 'How is the population spread across the municipality?',
      },
      help: {
        nb: 'En dør inn passer best der folk bor tett og avstandene er korte.',
        nn: 'Ei dør inn passar best der folk bur tett og avstandane er korte.',
        en: 'One door in suits best where people live close together and distances are short.',
      },
      options: [
        {
          id: 'tett',
          label: {
            nb: 'Tett – de fleste bor nær sentrum',
            nn: 'Tett – dei fleste bur nær sentrum',
            en: 'Dense – most people live near the centre',
          },
        },
        {
          id: 'blandet',
          label: {
            nb: 'Blandet – et sentrum og spredt bosetting rundt',
            nn: 'Blanda – eit sentrum og spreidd busetnad rundt',
            en: 'Mixed – a centre with scattered settlement around it',
          },
        },
        {
          id: 'spredt',
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
      input: 'multi',
      text: {
        nb: 'Hvilke andre tjenester holder til i samme bygg?',
        nn: 'Kva andre tenester held til i same bygg?',
        en: 'Which other services share the building?',
      },
      help: {
        nb: 'Mange tjenester under samme tak er kjernen i En dør inn. Velg alle som passer.',
        nn: 'Mange tenester under same tak er kjernen i Ei dør inn. Vel alle som passar.',
        en: 'Many services under one roof is the core of One door in. Choose all that apply.',
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
            en: 'Child and youth health clinic',
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
      id: 'skranke-organisering',
      dimension: 'skranke',
      weight: 2,
      text: {
        nb: 'Hvordan er skrankene organisert?',
        nn: 'Korleis er skrankane organiserte?',
        en: 'How are the front desks organised?',
      },
      help: {
        nb: 'Skranken er der innbyggeren møter tjenesten. Én felles skranke kjennetegner totalt samarbeid, mens egne skranker i samme hus er typisk for En dør inn.',
        nn: 'Skranken er der innbyggjaren møter tenesta. Éin felles skranke kjenneteiknar totalt samarbeid, medan eigne skrankar i same hus er typisk for Ei dør inn.',
        en: 'The desk is where residents meet the service. One shared desk marks full cooperation; separate desks in the same building are typical of One door in.',
      },
      options: [
        {
          id: 'en-felles',
          label: {
            nb: 'Én felles skranke for begge tjenestene',
            nn: 'Éin felles skranke for begge tenestene',
            en: 'One shared desk serving both',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'egne-samme-bygg',
          label: {
            nb: 'Hver sin skranke i samme bygg, med felles inngang',
            nn: 'Kvar sin skranke i same bygg, med felles inngang',
            en: 'Separate desks in the same building, one main entrance',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'egne-hvert-sted',
          label: {
            nb: 'Hver sin skranke på hvert sitt sted',
            nn: 'Kvar sin skranke på kvar sin stad',
            en: 'Separate desks in separate places',
          },
          profile: profile({ ingen: 1, hybrid: 1 }),
        },
        {
          id: 'bare-bibliotekets',
          label: {
            nb: 'Bare bibliotekets skranke – den tar også serviceoppgavene',
            nn: 'Berre skranken til biblioteket, som òg tek serviceoppgåvene',
            en: 'Only the library’s desk – it also handles the service tasks',
          },
          profile: profile({ 'pac-man': 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'innbyggertorg-finnes',
      dimension: 'skranke',
      weight: 2,
      text: {
        nb: 'Driver kommunen fortsatt et innbyggertorg (servicetorg) som egen tjeneste?',
        nn: 'Driv kommunen framleis eit innbyggjartorg (servicetorg) som eiga teneste?',
        en: 'Does the municipality still run an innbyggertorg (citizen service centre) as a service of its own?',
      },
      help: {
        nb: 'I PAC-man legges innbyggertorget ned, og biblioteket overtar de fysiske serviceoppgavene. Prosjektet advarer mot den modellen.',
        nn: 'I PAC-man vert innbyggjartorget lagt ned, og biblioteket tek over dei fysiske serviceoppgåvene. Prosjektet åtvarar mot den modellen.',
        en: 'In PAC-man the innbyggertorg is closed and the library takes over the physical service tasks. The project warns against that model.',
      },
      options: [
        {
          id: 'egen-tjeneste',
          label: {
            nb: 'Ja, som egen tjeneste ved siden av biblioteket',
            nn: 'Ja, som eiga teneste ved sida av biblioteket',
            en: 'Yes, as a separate service alongside the library',
          },
          profile: profile({ ingen: 1, 'en-dor-inn': 1, hybrid: 0.6 }),
        },
        {
          id: 'samlet-med-biblioteket',
          label: {
            nb: 'Ja, men slått sammen med biblioteket til én tjeneste',
            nn: 'Ja, men slått saman med biblioteket til éi teneste',
            en: 'Yes, but merged with the library into one service',
          },
          profile: profile({ totalt: 1, hybrid: 0.4 }),
        },
        {
          id: 'lagt-ned',
          label: {
            nb: 'Nei, det er lagt ned, og biblioteket har overtatt oppgavene',
            nn: 'Nei, det er lagt ned, og biblioteket har teke over oppgåvene',
            en: 'No, it has closed and the library has taken over its tasks',
          },
          profile: profile({ 'pac-man': 1 }),
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
        en: 'What happens when someone asks at the desk about something the other service is responsible for?',
      },
      help: {
        nb: 'Hvordan innbyggeren blir tatt imot og vist videre, viser hvor tett tjenestene henger sammen i praksis.',
        nn: 'Korleis innbyggjaren vert teken imot og vist vidare, viser kor tett tenestene heng saman i praksis.',
        en: 'How residents are received and referred shows how closely the services are connected in practice.',
      },
      options: [
        {
          id: 'svarer-selv',
          label: {
            nb: 'Vi svarer selv og henviser til en spesialist ved behov',
            nn: 'Vi svarar sjølve og viser vidare til ein spesialist ved behov',
            en: 'We answer ourselves and refer to a specialist when needed',
          },
          profile: profile({ totalt: 1, 'pac-man': 0.3 }),
        },
        {
          id: 'folger-i-huset',
          label: {
            nb: 'Vi følger innbyggeren til rett skranke i huset',
            nn: 'Vi følgjer innbyggjaren til rett skranke i huset',
            en: 'We take the resident to the right desk in the building',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
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
          label: {
            nb: 'Biblioteket tar det selv – det finnes ingen andre å sende til',
            nn: 'Biblioteket tek det sjølv – det finst ingen andre å sende til',
            en: 'The library handles it – there is no one else to send them to',
          },
          profile: profile({ 'pac-man': 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'apningstider',
      dimension: 'skranke',
      text: {
        nb: 'Har bibliotek og innbyggertorg de samme åpningstidene?',
        nn: 'Har bibliotek og innbyggjartorg dei same opningstidene?',
        en: 'Do the library and the innbyggertorg have the same opening hours?',
      },
      help: {
        nb: 'Felles åpningstider gjør det enklere for innbyggerne og viser at tjenestene planlegger som én.',
        nn: 'Felles opningstider gjer det enklare for innbyggjarane og viser at tenestene planlegg som éi.',
        en: 'Shared opening hours make things easier for residents and show that the services plan as one.',
      },
      options: [
        {
          id: 'felles',
          label: {
            nb: 'Ja, vi har felles åpningstider',
            nn: 'Ja, vi har felles opningstider',
            en: 'Yes, we have shared opening hours',
          },
          profile: profile({ totalt: 1, 'pac-man': 0.2 }),
        },
        {
          id: 'samordnet-i-huset',
          label: {
            nb: 'Delvis – de er samordnet med resten av huset',
            nn: 'Delvis – dei er samordna med resten av huset',
            en: 'Partly – they are coordinated with the rest of the building',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'samordnet-av-leder',
          label: {
            nb: 'Delvis – felles leder samordner dem, men stedene er ulike',
            nn: 'Delvis – felles leiar samordnar dei, men stadene er ulike',
            en: 'Partly – a shared leader coordinates them, but the sites differ',
          },
          profile: profile({ hybrid: 1 }),
        },
        {
          id: 'hver-for-seg',
          label: {
            nb: 'Nei, hver tjeneste bestemmer sine egne',
            nn: 'Nei, kvar teneste bestemmer sine eigne',
            en: 'No, each service sets its own',
          },
          profile: profile({ ingen: 1, hybrid: 0.3 }),
        },
        {
          id: 'bare-bibliotekets',
          label: {
            nb: 'Bare bibliotekets åpningstider gjelder',
            nn: 'Berre opningstidene til biblioteket gjeld',
            en: 'Only the library’s opening hours apply',
          },
          profile: profile({ 'pac-man': 1 }),
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
        en: 'Do the library and the innbyggertorg share a budget?',
      },
      help: {
        nb: 'Et felles budsjett gir felles prioriteringer. Det kjennetegner både totalt og hybrid samarbeid, også når tjenestene ligger på ulike steder.',
        nn: 'Eit felles budsjett gir felles prioriteringar. Det kjenneteiknar både totalt og hybrid samarbeid, også når tenestene ligg på ulike stader.',
        en: 'A shared budget brings shared priorities. It marks both full and hybrid cooperation, even when the services are in different places.',
      },
      options: [
        {
          id: 'en-enhet',
          label: {
            nb: 'Ja, ett budsjett for én samlet enhet',
            nn: 'Ja, eitt budsjett for éi samla eining',
            en: 'Yes, one budget for one combined unit',
          },
          profile: profile({ totalt: 1, hybrid: 0.3 }),
        },
        {
          id: 'felles-to-avdelinger',
          label: {
            nb: 'Ja, ett budsjett fordelt på to avdelinger',
            nn: 'Ja, eitt budsjett fordelt på to avdelingar',
            en: 'Yes, one budget split between two departments',
          },
          profile: profile({ hybrid: 1, totalt: 0.3 }),
        },
        {
          id: 'egne-felles-drift',
          label: {
            nb: 'Hvert sitt budsjett, men felles drift av huset',
            nn: 'Kvart sitt budsjett, men felles drift av huset',
            en: 'Separate budgets, but shared running costs for the building',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'hvert-sitt',
          label: {
            nb: 'Hvert sitt budsjett, uten noe felles',
            nn: 'Kvart sitt budsjett, utan noko felles',
            en: 'Separate budgets, nothing shared',
          },
          profile: profile({ ingen: 1, 'en-dor-inn': 0.3 }),
        },
        {
          id: 'i-bibliotekets',
          label: {
            nb: 'Serviceoppgavene er lagt inn i bibliotekets budsjett',
            nn: 'Serviceoppgåvene er lagde inn i budsjettet til biblioteket',
            en: 'The service tasks are part of the library’s budget',
          },
          profile: profile({ 'pac-man': 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'budsjett-fellestiltak',
      dimension: 'budsjett',
      text: {
        nb: 'Hvordan finansieres felles tiltak, som arrangementer eller utstyr?',
        nn: 'Korleis vert felles tiltak, som arrangement eller utstyr, finansierte?',
        en: 'How are joint activities, such as events or equipment, funded?',
      },
      help: {
        nb: 'Om felles tiltak har egne penger, sier noe om samarbeidet er en del av driften eller hviler på ildsjeler.',
        nn: 'Om felles tiltak har eigne pengar, seier noko om samarbeidet er ein del av drifta eller kviler på eldsjeler.',
        en: 'Whether joint activities have money of their own tells you if cooperation is part of operations or depends on enthusiasts.',
      },
      options: [
        {
          id: 'del-av-drift',
          label: {
            nb: 'Det er en naturlig del av den felles driften',
            nn: 'Det er ein naturleg del av den felles drifta',
            en: 'It is a natural part of our shared operations',
          },
          profile: profile({ totalt: 1, hybrid: 0.3 }),
        },
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
          id: 'spleiser',
          label: {
            nb: 'Tjenestene i huset spleiser fra sak til sak',
            nn: 'Tenestene i huset spleisar frå sak til sak',
            en: 'The services in the building chip in case by case',
          },
          profile: profile({ 'en-dor-inn': 1 }),
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
          id: 'biblioteket-alene',
          label: {
            nb: 'Biblioteket dekker alt – det er ingen andre å dele med',
            nn: 'Biblioteket dekkjer alt – det er ingen andre å dele med',
            en: 'The library pays for everything – there is no one to share with',
          },
          profile: profile({ 'pac-man': 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'ressurser-flyttes',
      dimension: 'budsjett',
      text: {
        nb: 'Kan folk, utstyr og rom flyttes mellom tjenestene når behovet endrer seg?',
        nn: 'Kan folk, utstyr og rom flyttast mellom tenestene når behovet endrar seg?',
        en: 'Can people, equipment and rooms be moved between the services when needs change?',
      },
      help: {
        nb: 'Når ressurser kan flyttes uten forhandlinger, fungerer budsjettet i praksis som felles.',
        nn: 'Når ressursar kan flyttast utan forhandlingar, fungerer budsjettet i praksis som felles.',
        en: 'When resources can move without negotiation, the budget works as a shared one in practice.',
      },
      options: [
        {
          id: 'fritt',
          label: {
            nb: 'Ja, fritt – vi er én enhet',
            nn: 'Ja, fritt – vi er éi eining',
            en: 'Yes, freely – we are one unit',
          },
          profile: profile({ totalt: 1, 'pac-man': 0.2 }),
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
          id: 'etter-avtale',
          label: {
            nb: 'Bare etter avtale mellom tjenestene',
            nn: 'Berre etter avtale mellom tenestene',
            en: 'Only by agreement between the services',
          },
          profile: profile({ 'en-dor-inn': 1, ingen: 0.2 }),
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
          id: 'biblioteket-har-alt',
          label: {
            nb: 'Biblioteket har overtatt det som var igjen',
            nn: 'Biblioteket har teke over det som var att',
            en: 'The library has taken over what was left',
          },
          profile: profile({ 'pac-man': 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'rapportering',
      dimension: 'budsjett',
      text: {
        nb: 'Rapporterer dere økonomi og resultater samlet eller hver for seg?',
        nn: 'Rapporterer de økonomi og resultat samla eller kvar for seg?',
        en: 'Do you report finances and results jointly or separately?',
      },
      help: {
        nb: 'Samlet rapportering viser at tjenesten styres og vurderes som én, og gjør felles gevinster synlige.',
        nn: 'Samla rapportering viser at tenesta vert styrt og vurdert som éi, og gjer felles vinstar synlege.',
        en: 'Joint reporting shows the service is managed and judged as one, and makes shared gains visible.',
      },
      options: [
        {
          id: 'samlet',
          label: {
            nb: 'Samlet, som én tjeneste',
            nn: 'Samla, som éi teneste',
            en: 'Jointly, as one service',
          },
          profile: profile({ totalt: 1, 'pac-man': 0.2 }),
        },
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
          id: 'hver-for-seg-med-huset',
          label: {
            nb: 'Hver for seg, men huset rapporterer noe felles',
            nn: 'Kvar for seg, men huset rapporterer noko felles',
            en: 'Separately, but the building reports some things together',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'hver-for-seg',
          label: { nb: 'Hver for seg', nn: 'Kvar for seg', en: 'Separately' },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'i-bibliotekets',
          label: {
            nb: 'Som en del av bibliotekets rapportering',
            nn: 'Som ein del av rapporteringa til biblioteket',
            en: 'As part of the library’s reporting',
          },
          profile: profile({ 'pac-man': 1 }),
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
        en: 'Who leads the library and the innbyggertorg?',
      },
      help: {
        nb: 'Felles ledelse skiller samorganisering fra samlokalisering. Totalt og hybrid samarbeid har én leder; En dør inn har ofte hver sin.',
        nn: 'Felles leiing skil samorganisering frå samlokalisering. Totalt og hybrid samarbeid har éin leiar; Ei dør inn har ofte kvar sin.',
        en: 'Shared leadership is what separates joint organisation from co-location. Full and hybrid cooperation have one leader; One door in often has two.',
      },
      options: [
        {
          id: 'en-leder-en-enhet',
          label: {
            nb: 'Én leder for én samlet enhet',
            nn: 'Éin leiar for éi samla eining',
            en: 'One leader for one combined unit',
          },
          profile: profile({ totalt: 1, hybrid: 0.3 }),
        },
        {
          id: 'en-leder-to-avdelinger',
          label: {
            nb: 'Én leder over to avdelinger med hver sin avdelingsleder',
            nn: 'Éin leiar over to avdelingar med kvar sin avdelingsleiar',
            en: 'One leader over two departments, each with its own head',
          },
          profile: profile({ hybrid: 1, totalt: 0.2 }),
        },
        {
          id: 'hver-sin-samme-hus',
          label: {
            nb: 'Hver sin leder, som samordner seg i huset',
            nn: 'Kvar sin leiar, som samordnar seg i huset',
            en: 'Separate leaders who coordinate within the building',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'hver-sin',
          label: {
            nb: 'Hver sin leder, uten fast samordning',
            nn: 'Kvar sin leiar, utan fast samordning',
            en: 'Separate leaders with no regular coordination',
          },
          profile: profile({ ingen: 1, 'en-dor-inn': 0.3 }),
        },
        {
          id: 'biblioteksjefen',
          label: {
            nb: 'Biblioteksjefen leder også serviceoppgavene som er igjen',
            nn: 'Biblioteksjefen leier òg serviceoppgåvene som er att',
            en: 'The head librarian also leads the remaining service tasks',
          },
          profile: profile({ 'pac-man': 1 }),
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
          id: 'samme-enhet',
          label: {
            nb: 'Ja, som én enhet',
            nn: 'Ja, som éi eining',
            en: 'Yes, as one unit',
          },
          profile: profile({ totalt: 1, 'pac-man': 0.2 }),
        },
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
          label: {
            nb: 'Bare biblioteket er igjen – innbyggertorget er avviklet',
            nn: 'Berre biblioteket er att – innbyggjartorget er avvikla',
            en: 'Only the library remains – the innbyggertorg has been closed',
          },
          profile: profile({ 'pac-man': 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'felles-mal',
      dimension: 'ledelse',
      text: {
        nb: 'Hvordan settes målene for tjenestene?',
        nn: 'Korleis vert måla for tenestene sette?',
        en: 'How are goals set for the services?',
      },
      help: {
        nb: 'Uten felles mål blir det lett to selvstendige avdelinger, slik Drammen har erfart.',
        nn: 'Utan felles mål vert det lett to sjølvstendige avdelingar, slik Drammen har erfart.',
        en: 'Without shared goals you easily end up with two autonomous departments, as Drammen found.',
      },
      options: [
        {
          id: 'en-plan',
          label: {
            nb: 'Ett sett mål og planer for hele tjenesten',
            nn: 'Eitt sett mål og planar for heile tenesta',
            en: 'One set of goals and plans for the whole service',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'felles-pa-noen-omrader',
          label: {
            nb: 'Felles mål på utvalgte områder, som digital veiledning',
            nn: 'Felles mål på utvalde område, som digital rettleiing',
            en: 'Shared goals in chosen areas, such as digital guidance',
          },
          profile: profile({ hybrid: 1 }),
        },
        {
          id: 'husets-mal',
          label: {
            nb: 'Huset har felles mål for vertskap og aktiviteter, ellers egne',
            nn: 'Huset har felles mål for vertskap og aktivitetar, elles eigne',
            en: 'The building has shared goals for hosting and activities, otherwise separate',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'egne-mal',
          label: {
            nb: 'Hver tjeneste har sine egne mål',
            nn: 'Kvar teneste har sine eigne mål',
            en: 'Each service has its own goals',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'bibliotekets-mal',
          label: {
            nb: 'Serviceoppgavene er en del av bibliotekets mål',
            nn: 'Serviceoppgåvene er ein del av måla til biblioteket',
            en: 'The service tasks are part of the library’s goals',
          },
          profile: profile({ 'pac-man': 1 }),
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
          id: 'ingen',
          label: {
            nb: 'Ingen har et tydelig ansvar',
            nn: 'Ingen har eit tydeleg ansvar',
            en: 'Nobody has clear responsibility',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'ikke-aktuelt',
          label: {
            nb: 'Ikke aktuelt – biblioteket gjør oppgavene alene',
            nn: 'Ikkje aktuelt – biblioteket gjer oppgåvene åleine',
            en: 'Not relevant – the library does the tasks alone',
          },
          profile: profile({ 'pac-man': 1 }),
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
        en: 'Where are the library and the innbyggertorg located?',
      },
      help: {
        nb: 'Samme lokaler peker mot totalt samarbeid, samme hus med egne lokaler mot En dør inn, og hvert sitt sted mot hybrid samarbeid eller ingen samorganisering.',
        nn: 'Same lokale peikar mot totalt samarbeid, same hus med eigne lokale mot Ei dør inn, og kvar sin stad mot hybrid samarbeid eller inga samorganisering.',
        en: 'Shared premises point to full cooperation, one building with separate premises to One door in, and separate places to hybrid cooperation or none.',
      },
      options: [
        {
          id: 'samme-lokale',
          label: {
            nb: 'I samme lokale, som ett felles rom',
            nn: 'I same lokale, som eitt felles rom',
            en: 'In the same premises, as one shared space',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'samme-hus-egne-lokaler',
          label: {
            nb: 'I samme hus, men med egne lokaler',
            nn: 'I same hus, men med eigne lokale',
            en: 'In the same building, but with separate premises',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'mest-hvert-sitt',
          label: {
            nb: 'Mest på hvert sitt sted, men sammen på ett sted',
            nn: 'Mest på kvar sin stad, men saman på éin stad',
            en: 'Mostly in separate places, but together at one site',
          },
          profile: profile({ hybrid: 1, 'en-dor-inn': 0.2 }),
        },
        {
          id: 'hvert-sitt-sted',
          label: {
            nb: 'På hvert sitt sted',
            nn: 'På kvar sin stad',
            en: 'In separate places',
          },
          profile: profile({ ingen: 1, hybrid: 0.8 }),
        },
        {
          id: 'bare-biblioteket',
          label: {
            nb: 'Bare biblioteket – serviceoppgavene gjøres der',
            nn: 'Berre biblioteket – serviceoppgåvene vert gjorde der',
            en: 'Only the library – the service tasks are done there',
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
        en: 'Is the building a multi-use house with many services behind one entrance?',
      },
      help: {
        nb: 'En dør inn bygger på et flerbrukshus der innbyggeren kan møte opp ett sted og få mye gjort.',
        nn: 'Ei dør inn byggjer på eit fleirbrukshus der innbyggjaren kan møte opp éin stad og få mykje gjort.',
        en: 'One door in builds on a multi-use house where residents can turn up in one place and get a lot done.',
      },
      options: [
        {
          id: 'mange-tjenester',
          label: {
            nb: 'Ja, mange tjenester deler inngang, men har egne lokaler',
            nn: 'Ja, mange tenester deler inngang, men har eigne lokale',
            en: 'Yes, many services share the entrance but have their own premises',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'bygd-for-felles-tjeneste',
          label: {
            nb: 'Nei, huset er først og fremst vår felles tjeneste',
            nn: 'Nei, huset er først og fremst den felles tenesta vår',
            en: 'No, the building is mainly our joint service',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'ikke-samme-bygg',
          label: {
            nb: 'Nei, tjenestene er ikke i samme bygg',
            nn: 'Nei, tenestene er ikkje i same bygg',
            en: 'No, the services are not in the same building',
          },
          profile: profile({ ingen: 1, hybrid: 1 }),
        },
        {
          id: 'bibliotekbygget',
          label: {
            nb: 'Nei, det er bibliotekets bygg, som også tar imot servicehenvendelser',
            nn: 'Nei, det er bygget til biblioteket, som òg tek imot servicespørsmål',
            en: 'No, it is the library building, which also handles service requests',
          },
          profile: profile({ 'pac-man': 1 }),
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
        nb: 'Dette er oppgaver biblioteket overtar i PAC-man. Hvor de løses, viser både samlokalisering og hvem som har tatt over.',
        nn: 'Dette er oppgåver biblioteket tek over i PAC-man. Kvar dei vert løyste, viser både samlokalisering og kven som har teke over.',
        en: 'These are tasks the library takes over in PAC-man. Where they are handled shows both co-location and who has taken over.',
      },
      options: [
        {
          id: 'felles-skranke',
          label: {
            nb: 'Ved den felles skranken',
            nn: 'Ved den felles skranken',
            en: 'At the shared desk',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'innbyggertorget-i-huset',
          label: {
            nb: 'Hos innbyggertorget, i samme hus som biblioteket',
            nn: 'Hos innbyggjartorget, i same hus som biblioteket',
            en: 'At the innbyggertorg, in the same building as the library',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'innbyggertorget-annet-sted',
          label: {
            nb: 'Hos innbyggertorget, et annet sted enn biblioteket',
            nn: 'Hos innbyggjartorget, ein annan stad enn biblioteket',
            en: 'At the innbyggertorg, somewhere other than the library',
          },
          profile: profile({ ingen: 1, hybrid: 1 }),
        },
        {
          id: 'biblioteket',
          label: {
            nb: 'På biblioteket, hos bibliotekansatte',
            nn: 'På biblioteket, hos bibliotektilsette',
            en: 'At the library, from library staff',
          },
          profile: profile({ 'pac-man': 1 }),
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
        en: 'Are library staff and innbyggertorg staff one staff group?',
      },
      help: {
        nb: 'At alle ansatte er i samme ansattgruppe, er det som særpreger totalt samarbeid.',
        nn: 'At alle tilsette er i same gruppe, er det som særmerkjer totalt samarbeid.',
        en: 'Everyone being in one staff group is what sets full cooperation apart.',
      },
      options: [
        {
          id: 'en-gruppe',
          label: {
            nb: 'Ja, én gruppe med felles oppgaver',
            nn: 'Ja, éi gruppe med felles oppgåver',
            en: 'Yes, one group with shared tasks',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'to-grupper-samme-leder',
          label: {
            nb: 'Nei, to grupper under samme leder',
            nn: 'Nei, to grupper under same leiar',
            en: 'No, two groups under the same leader',
          },
          profile: profile({ hybrid: 1 }),
        },
        {
          id: 'to-grupper-samme-hus',
          label: {
            nb: 'Nei, to grupper som kjenner hverandre godt fra huset',
            nn: 'Nei, to grupper som kjenner kvarandre godt frå huset',
            en: 'No, two groups who know each other well from the building',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'helt-atskilt',
          label: {
            nb: 'Nei, helt atskilte grupper',
            nn: 'Nei, heilt skilde grupper',
            en: 'No, completely separate groups',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'bare-bibliotekansatte',
          label: {
            nb: 'Det er bare bibliotekansatte, og de tar også serviceoppgavene',
            nn: 'Det er berre bibliotektilsette, og dei tek òg serviceoppgåvene',
            en: 'There are only library staff, and they also do the service tasks',
          },
          profile: profile({ 'pac-man': 1 }),
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
        nb: 'I totalt samarbeid svarer alle på generelle spørsmål og henviser ved behov. I En dør inn møter en spesialist deg for hver tjeneste.',
        nn: 'I totalt samarbeid svarar alle på generelle spørsmål og viser vidare ved behov. I Ei dør inn møter ein spesialist deg for kvar teneste.',
        en: 'In full cooperation everyone answers general questions and refers when needed. In One door in, a specialist meets you for each service.',
      },
      options: [
        {
          id: 'alle-begge-deler',
          label: {
            nb: 'Alle tar generelle spørsmål og er i tillegg spesialister i sitt fag',
            nn: 'Alle tek generelle spørsmål og er i tillegg spesialistar i faget sitt',
            en: 'Everyone takes general questions and is also a specialist in their field',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'spesialister-per-tjeneste',
          label: {
            nb: 'Spesialister for hver tjeneste, som vet hva resten av huset tilbyr',
            nn: 'Spesialistar for kvar teneste, som veit kva resten av huset tilbyr',
            en: 'Specialists for each service who know what the rest of the building offers',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'egne-oppgaver-noe-felles',
          label: {
            nb: 'Hver har sine oppgaver, men noe løses i felles team',
            nn: 'Kvar har sine oppgåver, men noko vert løyst i felles team',
            en: 'Each has their own tasks, but some are handled in joint teams',
          },
          profile: profile({ hybrid: 1 }),
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
        {
          id: 'bibliotekansatte-alt',
          label: {
            nb: 'Bibliotekansatte tar både bibliotek- og serviceoppgaver',
            nn: 'Bibliotektilsette tek både bibliotek- og serviceoppgåver',
            en: 'Library staff handle both library and service tasks',
          },
          profile: profile({ 'pac-man': 1, totalt: 0.2 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'arbeidstid-avtaler',
      dimension: 'ansatte',
      text: {
        nb: 'Er arbeidstid og avtaler samkjørt mellom bibliotek- og innbyggertorgansatte?',
        nn: 'Er arbeidstid og avtalar samkøyrde mellom dei tilsette i biblioteket og innbyggjartorget?',
        en: 'Are working hours and agreements aligned between library and innbyggertorg staff?',
      },
      help: {
        nb: 'I totalt samarbeid bør arbeidstid og avtaler samkjøres. Ulike ordninger er vanlige, men gjør det vanskeligere å dele vakter.',
        nn: 'I totalt samarbeid bør arbeidstid og avtalar samkøyrast. Ulike ordningar er vanlege, men gjer det vanskelegare å dele vakter.',
        en: 'In full cooperation working hours and agreements should be aligned. Differences are common but make it harder to share shifts.',
      },
      options: [
        {
          id: 'harmonisert',
          label: {
            nb: 'Ja, de er harmonisert',
            nn: 'Ja, dei er harmoniserte',
            en: 'Yes, they are harmonised',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'delvis',
          label: {
            nb: 'Delvis – felles leder jobber med å samkjøre dem',
            nn: 'Delvis – felles leiar arbeider med å samkøyre dei',
            en: 'Partly – the shared leader is working on aligning them',
          },
          profile: profile({ hybrid: 1, totalt: 0.3 }),
        },
        {
          id: 'samordnet-i-huset',
          label: {
            nb: 'Egne ordninger, men vakter og åpningstid samordnes i huset',
            nn: 'Eigne ordningar, men vakter og opningstid vert samordna i huset',
            en: 'Separate arrangements, but shifts and hours are coordinated in the building',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
        {
          id: 'ulike',
          label: {
            nb: 'Nei, hver gruppe har sine egne ordninger',
            nn: 'Nei, kvar gruppe har sine eigne ordningar',
            en: 'No, each group has its own arrangements',
          },
          profile: profile({ ingen: 1, hybrid: 0.3 }),
        },
        {
          id: 'bare-bibliotekansatte',
          label: {
            nb: 'Ikke aktuelt – det er bare bibliotekansatte igjen',
            nn: 'Ikkje aktuelt – det er berre bibliotektilsette att',
            en: 'Not relevant – only library staff are left',
          },
          profile: profile({ 'pac-man': 1 }),
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
        nb: 'Felles opplæring gjør at innbyggeren får svar i første møte. I et flerbrukshus gir det et fagmiljø på tvers.',
        nn: 'Felles opplæring gjer at innbyggjaren får svar i første møtet. I eit fleirbrukshus gir det eit fagmiljø på tvers.',
        en: 'Joint training means residents get answers at the first contact. In a multi-use house it builds a shared professional community.',
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
          id: 'team-pa-tvers',
          label: {
            nb: 'Vi lærer av hverandre i team på utvalgte områder',
            nn: 'Vi lærer av kvarandre i team på utvalde område',
            en: 'We learn from each other in teams on chosen topics',
          },
          profile: profile({ hybrid: 1 }),
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
          id: 'lite',
          label: {
            nb: 'Lite eller ingenting',
            nn: 'Lite eller ingenting',
            en: 'Little or not at all',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'bibliotekansatte-laert-opp',
          label: {
            nb: 'Bibliotekansatte er lært opp i innbyggertorgets gamle oppgaver',
            nn: 'Bibliotektilsette er lærte opp i dei gamle oppgåvene til innbyggjartorget',
            en: 'Library staff have been trained in the former innbyggertorg’s tasks',
          },
          profile: profile({ 'pac-man': 1 }),
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
        nb: 'Digital veiledning er et typisk samarbeidsområde i hybrid samarbeid, og en av oppgavene biblioteket overtar i PAC-man.',
        nn: 'Digital rettleiing er eit typisk samarbeidsområde i hybrid samarbeid, og ei av oppgåvene biblioteket tek over i PAC-man.',
        en: 'Digital guidance is a typical area of hybrid cooperation, and one of the tasks the library takes over in PAC-man.',
      },
      options: [
        {
          id: 'felles-skranke',
          label: {
            nb: 'Vi gjør det sammen i den felles skranken',
            nn: 'Vi gjer det saman i den felles skranken',
            en: 'We do it together at the shared desk',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'felles-team',
          label: {
            nb: 'Et felles team med folk fra begge tjenestene',
            nn: 'Eit felles team med folk frå begge tenestene',
            en: 'A joint team with people from both services',
          },
          profile: profile({ hybrid: 1, totalt: 0.2 }),
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
        {
          id: 'hver-for-seg',
          label: {
            nb: 'Begge, hver for seg, uten samordning',
            nn: 'Begge, kvar for seg, utan samordning',
            en: 'Both, separately, without coordination',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'bare-biblioteket',
          label: {
            nb: 'Bare biblioteket',
            nn: 'Berre biblioteket',
            en: 'Only the library',
          },
          profile: profile({ 'pac-man': 1 }),
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
        nb: 'I PAC-man håndteres digitale henvendelser av noen andre, mens biblioteket tar de fysiske oppgavene.',
        nn: 'I PAC-man vert digitale førespurnader handterte av nokon andre, medan biblioteket tek dei fysiske oppgåvene.',
        en: 'In PAC-man, digital inquiries are handled by someone else while the library takes the physical tasks.',
      },
      options: [
        {
          id: 'felles-tjeneste',
          label: {
            nb: 'Den felles tjenesten vår, de samme som står i skranken',
            nn: 'Den felles tenesta vår, dei same som står i skranken',
            en: 'Our joint service, the same people who staff the desk',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'innbyggertorget-med-hjelp',
          label: {
            nb: 'Innbyggertorget, med hjelp fra biblioteket på noen områder',
            nn: 'Innbyggjartorget, med hjelp frå biblioteket på nokre område',
            en: 'The innbyggertorg, with help from the library in some areas',
          },
          profile: profile({ hybrid: 1 }),
        },
        {
          id: 'innbyggertorget-alene',
          label: {
            nb: 'Innbyggertorget alene',
            nn: 'Innbyggjartorget åleine',
            en: 'The innbyggertorg alone',
          },
          profile: profile({ ingen: 1, 'en-dor-inn': 1 }),
        },
        {
          id: 'andre-i-kommunen',
          label: {
            nb: 'Andre i kommunen, for eksempel et kontaktsenter',
            nn: 'Andre i kommunen, til dømes eit kontaktsenter',
            en: 'Others in the municipality, such as a contact centre',
          },
          profile: profile({ 'pac-man': 1 }),
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
          id: 'felles-losning',
          label: {
            nb: 'På én løsning i det felles lokalet',
            nn: 'På éi løysing i det felles lokalet',
            en: 'At one set of machines in our shared premises',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'felles-i-huset',
          label: {
            nb: 'På en løsning i huset som alle tjenestene bruker',
            nn: 'På ei løysing i huset som alle tenestene brukar',
            en: 'At machines in the building that all services use',
          },
          profile: profile({ 'en-dor-inn': 1 }),
        },
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
          id: 'hver-sin-losning',
          label: {
            nb: 'Hver tjeneste har sin egen løsning',
            nn: 'Kvar teneste har si eiga løysing',
            en: 'Each service has its own machines',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'bare-biblioteket',
          label: {
            nb: 'Bare på biblioteket, som også hjelper til',
            nn: 'Berre på biblioteket, som òg hjelper til',
            en: 'Only at the library, where staff also help',
          },
          profile: profile({ 'pac-man': 1, ingen: 0.2 }),
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
        nb: 'Indre Østfold jobber i team på tvers av steder, blant annet med digitalisering og innovasjon. Felles utvikling viser om samarbeidet er mer enn å dele bygg.',
        nn: 'Indre Østfold arbeider i team på tvers av stader, mellom anna med digitalisering og innovasjon. Felles utvikling viser om samarbeidet er meir enn å dele bygg.',
        en: 'Indre Østfold works in teams across sites, including on digitalisation and innovation. Joint development shows whether cooperation goes beyond sharing a building.',
      },
      options: [
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
          id: 'faste-team',
          label: {
            nb: 'I faste team på tvers av tjenestene',
            nn: 'I faste team på tvers av tenestene',
            en: 'In standing teams across the services',
          },
          profile: profile({ hybrid: 1, totalt: 0.3 }),
        },
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
          id: 'hver-for-seg',
          label: {
            nb: 'Hver tjeneste for seg',
            nn: 'Kvar teneste for seg',
            en: 'Each service on its own',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'biblioteket-alene',
          label: {
            nb: 'Biblioteket alene; kommunens digitale kanaler drives av andre',
            nn: 'Biblioteket åleine; dei digitale kanalane til kommunen vert drivne av andre',
            en: 'The library alone; the municipality’s digital channels are run by others',
          },
          profile: profile({ 'pac-man': 1 }),
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
        en: 'Do the library and the innbyggertorg work together in projects or teams?',
      },
      help: {
        nb: 'Samarbeid i prosjekter og team er kjernen i hybrid samarbeid og noe En dør inn oppfordrer til.',
        nn: 'Samarbeid i prosjekt og team er kjernen i hybrid samarbeid og noko Ei dør inn oppmodar til.',
        en: 'Working together in projects and teams is the core of hybrid cooperation and something One door in encourages.',
      },
      options: [
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
          id: 'faste-team',
          label: {
            nb: 'Ja, i faste team på områder med felles mål',
            nn: 'Ja, i faste team på område med felles mål',
            en: 'Yes, in standing teams where we share goals',
          },
          profile: profile({ hybrid: 1 }),
        },
        {
          id: 'enkeltprosjekter',
          label: {
            nb: 'Ja, i enkeltprosjekter når det passer',
            nn: 'Ja, i einskilde prosjekt når det passar',
            en: 'Yes, in one-off projects when it suits',
          },
          profile: profile({ 'en-dor-inn': 1, hybrid: 0.2 }),
        },
        {
          id: 'sjelden',
          label: {
            nb: 'Sjelden eller aldri',
            nn: 'Sjeldan eller aldri',
            en: 'Rarely or never',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'ingen-partner',
          label: {
            nb: 'Ikke aktuelt – innbyggertorget er avviklet',
            nn: 'Ikkje aktuelt – innbyggjartorget er avvikla',
            en: 'Not relevant – the innbyggertorg has been closed',
          },
          profile: profile({ 'pac-man': 1 }),
        },
      ],
    },
    {
      kind: 'scored',
      id: 'arrangementer-utstyr',
      dimension: 'samarbeid',
      text: {
        nb: 'Samarbeider dere om arrangementer og om utlån eller utdeling av utstyr?',
        nn: 'Samarbeider de om arrangement og om utlån eller utdeling av utstyr?',
        en: 'Do you cooperate on events and on lending or handing out equipment?',
      },
      help: {
        nb: 'Arrangementer og utstyr er konkrete samarbeidsområder i hybrid samarbeid, og noe et flerbrukshus ofte løser sammen.',
        nn: 'Arrangement og utstyr er konkrete samarbeidsområde i hybrid samarbeid, og noko eit fleirbrukshus ofte løyser saman.',
        en: 'Events and equipment are concrete areas of hybrid cooperation, and something a multi-use house often handles together.',
      },
      options: [
        {
          id: 'felles-oppgave',
          label: {
            nb: 'Ja, det er en felles oppgave for alle ansatte',
            nn: 'Ja, det er ei felles oppgåve for alle tilsette',
            en: 'Yes, it is a shared task for all staff',
          },
          profile: profile({ totalt: 1 }),
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
          id: 'med-huset',
          label: {
            nb: 'Ja, sammen med andre tjenester i huset',
            nn: 'Ja, saman med andre tenester i huset',
            en: 'Yes, together with other services in the building',
          },
          profile: profile({ 'en-dor-inn': 1 }),
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
          id: 'biblioteket-alene',
          label: {
            nb: 'Biblioteket gjør det alene, også for resten av kommunen',
            nn: 'Biblioteket gjer det åleine, òg for resten av kommunen',
            en: 'The library does it alone, also for the rest of the municipality',
          },
          profile: profile({ 'pac-man': 1 }),
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
        nb: 'I En dør inn er husmøter og felles møterom og spiserom viktige for å vite hva som rører seg i huset.',
        nn: 'I Ei dør inn er husmøte og felles møterom og spiserom viktige for å vite kva som rører seg i huset.',
        en: 'In One door in, house meetings and shared meeting and lunch rooms are how people know what is going on in the building.',
      },
      options: [
        {
          id: 'en-arbeidsplass',
          label: {
            nb: 'Ja, vi er én arbeidsplass med felles personalmøter',
            nn: 'Ja, vi er éin arbeidsplass med felles personalmøte',
            en: 'Yes, we are one workplace with joint staff meetings',
          },
          profile: profile({ totalt: 1, 'pac-man': 0.3 }),
        },
        {
          id: 'husmoter',
          label: {
            nb: 'Ja, husmøter og felles rom med de andre tjenestene i huset',
            nn: 'Ja, husmøte og felles rom med dei andre tenestene i huset',
            en: 'Yes, house meetings and shared rooms with the other services',
          },
          profile: profile({ 'en-dor-inn': 1 }),
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
        nb: 'Drammen erfarte at uten gjensidig avhengighet fungerer avdelingene som selvstendige enheter, selv med felles ledelse.',
        nn: 'Drammen erfarte at utan gjensidig avhengnad fungerer avdelingane som sjølvstendige einingar, sjølv med felles leiing.',
        en: 'Drammen found that without mutual dependency the departments work as autonomous units, even under shared leadership.',
      },
      options: [
        {
          id: 'en-tjeneste',
          label: {
            nb: 'Ja, vi leverer én tjeneste sammen',
            nn: 'Ja, vi leverer éi teneste saman',
            en: 'Yes, we deliver one service together',
          },
          profile: profile({ totalt: 1 }),
        },
        {
          id: 'pa-avtalte-omrader',
          label: {
            nb: 'Ja, på områder vi har avtalt',
            nn: 'Ja, på område vi har avtalt',
            en: 'Yes, in areas we have agreed on',
          },
          profile: profile({ hybrid: 1, 'en-dor-inn': 0.2 }),
        },
        {
          id: 'henviser',
          label: {
            nb: 'Lite, men vi sender innbyggere til hverandre',
            nn: 'Lite, men vi sender innbyggjarar til kvarandre',
            en: 'Little, but we send residents to each other',
          },
          profile: profile({ 'en-dor-inn': 1, hybrid: 0.4 }),
        },
        {
          id: 'nei',
          label: {
            nb: 'Nei, vi klarer oss uten hverandre',
            nn: 'Nei, vi klarar oss utan kvarandre',
            en: 'No, we manage without each other',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'biblioteket-alene',
          label: {
            nb: 'Nei, biblioteket gjør serviceoppgavene alene',
            nn: 'Nei, biblioteket gjer serviceoppgåvene åleine',
            en: 'No, the library does the service tasks alone',
          },
          profile: profile({ 'pac-man': 1 }),
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
          id: 'i-skranken',
          label: {
            nb: 'I skranken, i møtet med innbyggerne hver dag',
            nn: 'I skranken, i møtet med innbyggjarane kvar dag',
            en: 'At the desk, serving residents every day',
          },
          profile: profile({ totalt: 1, 'pac-man': 0.2 }),
        },
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
          id: 'internt',
          label: {
            nb: 'Mest internt: planlegging, prosjekter og kompetanse',
            nn: 'Mest internt: planlegging, prosjekt og kompetanse',
            en: 'Mostly internally: planning, projects and competence',
          },
          profile: profile({ hybrid: 1 }),
        },
        {
          id: 'lite-samarbeid',
          label: {
            nb: 'Det er lite samarbeid',
            nn: 'Det er lite samarbeid',
            en: 'There is little cooperation',
          },
          profile: profile({ ingen: 1 }),
        },
        {
          id: 'ingen-partner',
          label: {
            nb: 'Ikke aktuelt – biblioteket har tatt over',
            nn: 'Ikkje aktuelt – biblioteket har teke over',
            en: 'Not relevant – the library has taken over',
          },
          profile: profile({ 'pac-man': 1 }),
        },
      ],
    },
  ],
};
