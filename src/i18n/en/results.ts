import type { Messages } from '../messages';

export const results: Messages['results'] = {
  heading: 'You are closest to {model}',
  headingDesired: 'Desired situation: closest to {model}',
  lead: '{model} has {share} of the model mix. The rest is spread over the other models, as the mix and the map below show.',
  leadWhole: '{model} has the whole model mix ({share}).',
  loading: 'Loading your answers …',
  empty: {
    title: 'No result yet',
    body: 'You have not answered any questions yet. Once you have answered at least one, this page shows where you stand on the model map.',
    action: 'Go to the assessment',
  },
  actionsLabel: 'Share and save the result',
  sections: {
    summary: 'What the result means',
    charts: 'The mix and the map',
    dimensions: 'Dimension by dimension',
    dimensionsIntro:
      'Each dimension can lean towards a different model. This is where the mix shows. Follow a link to change your answers.',
    reflections: 'Reflections',
    context: 'Local circumstances',
  },
  certainty: {
    title: 'Certainty',
    high: 'High certainty',
    medium: 'Medium certainty',
    low: 'Low certainty',
    answered: '{answered} of {total} questions have an answer that counts.',
    dontKnow_one: '{count} is answered “Don’t know”.',
    dontKnow_other: '{count} are answered “Don’t know”.',
    open_one: '{count} is still open.',
    open_other: '{count} are still open.',
    lowHint:
      'Many questions are still unanswered. The point on the map may move a lot once they are answered.',
  },
  dimensions: {
    caption: 'Which model each dimension leans towards',
    dimension: 'Dimension',
    leaning: 'Leans towards',
    share: 'Strength',
    answered: 'Answered',
    answeredOf: '{answered} of {total}',
    none: 'No answers yet',
    edit: 'Change',
    editLabel: 'Change your answers on {dimension}',
  },
  charts: {
    showTable: 'Show as table',
    warned: 'warned against',
    mapTitle: 'The model map',
    mapSummary:
      'Your point lies at {x} out of 100 on joint organisation and {y} out of 100 on co-location. The nearest model is {model}.',
    xAxis: 'Joint organisation',
    yAxis: 'Co-location',
    xAxisHint: '0 = two separate organisations, 100 = one organisation',
    yAxisHint: '0 = separate places, 100 = one shared service point',
    you: 'You are here',
    youDesired: 'Desired situation',
    mapTable: {
      caption: 'Points on the model map (0–100)',
      point: 'Point',
      kind: 'Type',
      x: 'Joint organisation',
      y: 'Co-location',
    },
    kinds: {
      reference: 'Model',
      referenceWarned: 'Model – the project warns against it',
      current: 'Your organisation',
      desired: 'Desired situation',
      ghost: 'Before the change',
      snapshot: 'Snapshot',
      participant: 'Participant',
      group: 'Group centre',
      role: 'Centre of a role',
      uncertainty: 'Uncertainty',
      spread: 'Spread',
      arrow: 'Arrow',
    },
    arrows: {
      change: 'From today to the desired situation',
      'what-if': 'From before to after the change',
      trajectory: 'From one snapshot to the next',
    },
    mixTitle: 'The model mix',
    mixSummaryWhole: 'The whole mix, {firstShare}, is {first}.',
    mixSummary:
      'The largest share is {first} at {firstShare}, followed by {second} at {secondShare}. The shares add up to 100%.',
    mixTable: {
      caption: 'Share per model',
      model: 'Model',
      share: 'Share',
    },
  },
  narrative: {
    closest: 'Your answers place you closest to {model}, which has {share} of the model mix.',
    closestNamed:
      'The answers for {municipality} place you closest to {model}, which has {share} of the model mix.',
    meaning: {
      ingen:
        '{model} means the library and the citizen service centre are two separate services, each with its own leadership, budget and premises.',
      'en-dor-inn':
        'In the {model} model, the services meet residents in a multi-use building with one door in, but each has its own front desk and premises, and often its own leadership. Staff know what the building offers and send residents to the right person.',
      hybrid:
        'In the {model} model, the library and the citizen service centre share a budget and leadership but have separate physical locations and different tasks. Staff work together in projects and teams in areas where the services share goals and interests.',
      totalt:
        'In the {model} model, the library and the citizen service centre are one service with a shared front desk, and all staff are in the same staff group. Everyone answers general questions and refers to specialists when needed.',
      'pac-man':
        'In the {model} model, the citizen service centre is closed and the library takes over the physical service tasks the municipality needs. Digital inquiries to the municipality are handled by someone else.',
    },
    closeCall:
      'Your answers lie between two models: {model} and {second} have almost equal shares of the mix.',
    pull: 'But your answers on {dimensions} lean towards {model}.',
    pullIngen: 'Your answers on {dimensions} point to two separate services.',
    pullNone: 'Every dimension you have answered leans towards {model}.',
    example: {
      ingen:
        '{model} is not one of the project’s four models. We added it as a point of comparison, so that a municipality that cooperates on nothing is not forced into a model.',
      'en-dor-inn':
        'An example from the project: Krona in Kongsberg, a multi-use building with one door in to many services.',
      hybrid:
        'An example from the project: Drammen municipality. The intention is joined-up service development, but the project has found that the departments work more as autonomous departments, because little has been done to make the library and the citizen service centre depend on each other. Cooperation is mainly in the organisation’s internal work. Svelvik library is the only place where the library and the citizen service centre are in the same building.',
      totalt:
        'An example from the project: Indre Østfold is organised this way, with some local adjustments.',
      'pac-man': 'The project gives no example of this model.',
    },
    itorgNever:
      'You say the municipality has never had a citizen service centre. That is not PAC-man: in PAC-man a citizen service centre is closed and the library takes over its tasks. The four models describe a library and a citizen service centre organised together, so the result only shows how closely your answers resemble them.',
    itorgTasksElsewhere:
      'You say the citizen service centre has closed and its tasks now lie with a contact centre, NAV or digital channels. That is not PAC-man: in PAC-man it is the library that takes over the physical service tasks.',
    itorgLibraryTookOver:
      'You say the citizen service centre has closed and the library has taken over its tasks. That is the mark of PAC-man.',
    warningPacman:
      'The project «Beste praksis for bibliotek og innbyggertorg» (best practice for library and citizen service centre) recommends no single model, but its report warns against PAC-man, the model in which the citizen service centre is closed and the library takes over its tasks (Bok og bibliotek, 2023).',
    contextDense:
      'You say the municipality is densely populated with short distances. The project writes that {model} suits densely populated places where distances are short, because residents can get a lot done in one place.',
    contextDenseOther:
      'You say the municipality is densely populated with short distances. The project writes that One door in suits such places, where residents can get a lot done in one place.',
    contextSparse:
      'You say the municipality is sparsely populated with long distances. The project writes that One door in suits densely populated places where distances are short.',
    contextServices:
      'You say these services are also in the building: {services}. The project writes that in the One door in model, house meetings matter for knowing what is going on in the building, and that staff should share meeting and lunch rooms.',
    reflection: {
      workingHours:
        'Clarify working hours and agreements. In Full cooperation, working hours should be harmonised and agreements aligned, but the project writes that it is not unusual for them to differ between library and citizen service centre staff.',
      houseMeetings:
        'Hold house meetings and share meeting and lunch rooms. In One door in, staff need to know what the building offers to send residents to the right person.',
      mutualDependency:
        'Build in mutual dependency. In Drammen the departments work more as autonomous departments, because little has been done to make the library and the citizen service centre depend on each other to deliver services to residents.',
      crossSiteTeams:
        'Form projects and teams across sites. In Hybrid cooperation, staff have different tasks and places but work together in projects and teams.',
      sharedTasks:
        'Find shared tasks. The project names digital guidance, printing, scanning and copying, lending or handing out equipment, and events as examples of areas to cooperate on.',
      independence:
        'Protect the library’s independence. In the project’s survey of residents, 1 in 4 thought that joining the citizen service centre and the library challenges the library’s independence. In the staff survey, 64% of staff said the library’s free role is challenged.',
      keepService:
        'Decide who will meet residents who need help face to face, and who answers digital inquiries to the municipality. In PAC-man the library takes over the physical service tasks, while digital inquiries are handled by someone else.',
      discuss:
        'Take the result to a conversation between leaders and staff: where do you stand today, and where do you want to be?',
    },
  },
};
