import type { Messages } from '../messages';

export const results: Messages['results'] = {
  heading: 'You are closest to {model}',
  headingDesired: 'Desired situation: closest to {model}',
  lead: '{share} of your answers point to {model}. The rest is spread over the other models, as the mix and the map below show.',
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
      'Each dimension can lean towards a different model. This is where the hybrid shows. Follow a link to change your answers.',
    reflections: 'Reflections and next steps',
    context: 'Local circumstances',
  },
  certainty: {
    title: 'Certainty',
    high: 'High certainty',
    medium: 'Medium certainty',
    low: 'Low certainty',
    detail:
      '{answered} of {total} questions are answered. {dontKnow} are answered “Don’t know” and {unanswered} are still open.',
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
    },
    mixTitle: 'The hybrid mix',
    mixSummary:
      'The largest share is {first} at {firstShare}, followed by {second} at {secondShare}. The shares add up to 100%.',
    mixTable: {
      caption: 'Share per model',
      model: 'Model',
      share: 'Share',
    },
  },
  narrative: {
    closest: 'Your answers place you closest to {model}: {share} of them point there.',
    closestNamed:
      'The answers for {municipality} place you closest to {model}: {share} of them point there.',
    meaning: {
      ingen:
        'This means the library and the citizen service centre are mainly two separate services, each with its own leadership, budget and premises.',
      'en-dor-inn':
        'This means the services meet citizens under one roof with a single entrance, but each has its own counter and premises and often its own leadership. Staff know the building and direct citizens to the right person.',
      hybrid:
        'This means the library and the citizen service centre share a budget and leadership but work from separate locations with different tasks. They cooperate in projects and teams where they share goals.',
      totalt:
        'This means the library and the citizen service centre work as one service: a shared counter, shared leadership and one staff group in which everyone answers general questions and refers to specialists when needed.',
      'pac-man':
        'This means the citizen service centre has largely been closed and the library has taken over the physical service tasks, while digital inquiries are handled elsewhere in the municipality.',
    },
    closeCall:
      'You are a clear hybrid: {model} and {second} are almost equally strong in your answers.',
    pull: 'But in {dimensions}, you lean towards {model}.',
    pullIngen:
      'In {dimensions}, the library and the citizen service centre are still entirely separate.',
    pullNone:
      'Every dimension you have answered leans towards {model}. That is an unusually consistent organisation.',
    example: {
      ingen:
        'The Danish surveys (2009–2014) called this «Intet samarbejde» (no cooperation). Many municipalities start here and take small joint initiatives as a first step.',
      'en-dor-inn':
        'An example from the project: Krona in Kongsberg, a multi-purpose building where many services share an entrance but keep their own premises.',
      hybrid:
        'An example from the project: Drammen municipality. The aim was joined-up service development, but the departments have worked more as autonomous units, and cooperation mostly happens behind the scenes. Only in Svelvik do the library and the citizen service centre share a building.',
      totalt:
        'An example from the project: Indre Østfold, where the citizen service centre and the library are organised this way, with some local adjustments.',
      'pac-man':
        'The project has no example of this model, and it is the only one of the four that the project warns against.',
    },
    warningPacman:
      '{share} of your answers point to PAC-man, the model the project warns against. When the citizen service centre closes and the library takes over its tasks, the library’s role as a free and open space comes under pressure.',
    contextDense:
      'You say the municipality is densely populated with short distances. That is exactly where One door in works best: citizens can get a lot done in one place.',
    contextDenseOther:
      'You say the municipality is densely populated with short distances. One door in may then be worth considering too, as it works best where citizens can get a lot done in one place.',
    contextSparse:
      'You say the municipality is sparsely populated with long distances. One door in is designed for dense places; for you, teams and shared tasks across sites may achieve more.',
    contextServices:
      'The building is also shared with {services}. That is a good starting point for house meetings, shared meeting rooms and a professional community across services.',
    reflection: {
      workingHours:
        'Align working hours and agreements. In a joint service, working hours should be harmonised, yet library and service centre staff often keep different arrangements. Agree on what should be the same.',
      houseMeetings:
        'Hold house meetings and share meeting rooms and lunch rooms. In a building with one door in, staff need to know what the whole building offers to send citizens to the right person.',
      mutualDependency:
        'Build in mutual dependency. Drammen’s experience is that shared leadership and budget are not enough: without tasks that need both services, the departments act as autonomous units.',
      crossSiteTeams:
        'Form teams across sites. Indre Østfold works in teams for citizen dialogue, experiences, and digitalisation and innovation.',
      sharedTasks:
        'Find shared tasks. Digital guidance, printing, scanning and copying, lending or handing out equipment, and events are areas where cooperation pays off.',
      startSmall:
        'Start with small joint initiatives. The Danish surveys show that many municipalities begin with single initiatives, such as joint events or digital guidance, before moving in together.',
      independence:
        'Protect the library’s independence. In the project’s surveys, 1 in 4 citizens felt that co-location threatens the library’s role as a free space, and 64% of staff said the library’s free role is being challenged.',
      keepService:
        'Decide who will meet citizens who need help face to face. The project recommends no single model, but it does warn against PAC-man.',
      discuss:
        'Take the result to a conversation between leaders and staff from both services: where do you stand today, and where do you want to be?',
    },
  },
};
