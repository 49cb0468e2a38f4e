import type { Messages } from '../messages';

export const insight: Messages['insight'] = {
  common: {
    points: '{points} percentage points',
    today: 'Today',
    desired: 'Desired',
    dontKnow: "Don't know",
    unanswered: 'Not answered',
    questionsLabel: 'The answers involved',
  },
  whyHere: {
    title: 'Why here?',
    intro:
      'Every answer pulls the position towards one or more models. These are the answers that pull hardest towards each model. The number shows how many percentage points of the mix the answer accounts for; together they make up the model’s share.',
    model: '{model} – {share}',
    answer: 'Answer: {answer}',
    more: '{count} more answers pull slightly towards this model.',
    edit: 'Change the answer',
    editLabel: 'Change the answer to “{question}”',
  },
  tensions: {
    title: 'Tensions in the answers',
    intro:
      'Some answers pull in different directions. That is not wrong – many municipalities mix elements of several models – but it is worth talking about.',
    none: 'We found no answers that clearly pull in different directions.',
    pullsBetween: 'Pulls between {first} and {second}.',
    reflection: 'From the project',
    rules: {
      'felles-skranke-atskilt-drift': {
        title: 'A shared front desk, but separate operations',
        explanation:
          'You have one shared front desk, but the staff or the budget are still split in two. The front desk points to Full cooperation, the rest to two separate services.',
        reflection:
          'What sets Full cooperation apart is that all staff are in the same staff group. If the front desk is shared while the groups or budgets are separate, who is responsible for what residents meet?',
      },
      'felles-ledelse-uten-avhengighet': {
        title: 'Shared leadership, but little that binds the services together',
        explanation:
          'You have a shared leader, but the services do not depend on each other, or they cooperate only in internal work.',
        reflection:
          'In Drammen the intention is joined-up service development, but the project has found that the departments work more as autonomous departments, because little has been done to make the library and the citizen service centre depend on each other, and cooperation is mainly in internal work. What could you deliver to residents only together?',
      },
      'felles-budsjett-uten-felles-mal': {
        title: 'A shared budget, no shared goals',
        explanation: 'The budget is shared, but the services have no shared goals.',
        reflection:
          'Hybrid cooperation is about creating synergies where the services share goals and interests, such as digital guidance, printing, scanning and copying, lending or handing out equipment, and events. Which goals could you share?',
      },
      'samme-hus-uten-samarbeid': {
        title: 'The same building, but no cooperation',
        explanation: 'The services are in the same building but do not cooperate.',
        reflection:
          'In One door in, house meetings matter for knowing what is going on in the building, and staff should share meeting and lunch rooms. That is how a professional community across services grows.',
      },
      'felles-skranke-hvert-sitt-sted': {
        title: 'A shared front desk in separate places?',
        explanation:
          'You say the front desk is shared but the services are in separate places. Perhaps the shared front desk applies to only one of the places?',
        reflection:
          'In Drammen, Svelvik library is the only place where the library and the citizen service centre are in the same building. Answer for the place that is typical for you, and note the exceptions in a comment.',
      },
      'pac-man-med-eget-innbyggertorg': {
        title: 'The library holds the citizen service centre’s part, but the centre still exists',
        explanation:
          'You say the citizen service centre runs as a service of its own, but also that the library alone has the front desk, the leadership or the budget.',
        reflection:
          'In PAC-man, the model the project warns against, the citizen service centre is closed and the library takes over its tasks. As long as the citizen service centre runs, it is worth clarifying who is responsible for what.',
      },
      'en-dor-inn-spredt-bosetting': {
        title: 'One door in, in a sparsely populated municipality',
        explanation:
          'The services share a building, but the municipality is sparsely populated with long distances.',
        reflection:
          'The project writes that One door in suits densely populated places where distances are short, so that people can get a lot done in one place. How do you reach those who live far from the building?',
      },
    },
  },
  nextSteps: {
    title: 'Suggested next steps',
    intro:
      'Steps from the project for the dimensions where your answers are furthest from {model}, the model you are closest to.',
    introPacman:
      'The project warns against PAC-man, so the steps below are the project’s steps towards {model}, the project model you are closest to after PAC-man.',
    introOneService:
      'You say the municipality has no citizen service centre today. The project’s steps are about cooperation between library and citizen service centre, so they do not apply here. This step applies either way:',
    introBaseline:
      'No joint organisation is our own point of comparison, not one of the project’s models, so the project has no steps towards it. If you want to cooperate more, fill in the desired situation to see the steps for that direction. This step applies either way:',
    none: 'Every dimension you have answered is already close to {model}, or the steps are already taken.',
    dimension: 'concerns “{dimension}”',
  },
  certainty: {
    title: 'How certain is the position?',
    intro:
      '{count} of the questions are answered “Don’t know” or not answered. The shaded area shows where the point could end up once they are answered.',
    narrow:
      'The area is so small that it lies almost entirely under the point: the missing answers can move the point only a little.',
    mapTitle: 'Possible area for the position',
    mapSummary:
      'The point could end up between {minX} and {maxX} on joint organisation and between {minY} and {maxY} on co-location.',
    region: 'Possible area',
    you: 'You now',
    listTitle: 'Questions without an answer',
    answer: 'Answer the question',
    answerLabel: 'Answer “{question}”',
  },
  whatIf: {
    title: 'What if …?',
    intro:
      'Try other answers and see how the position, the mix and the dimensions change. Your saved answers stay as they are.',
    questionsTitle: 'Change answers',
    unchangedSuffix: '(as now)',
    changedCount: '{count} answers changed',
    noChanges: 'No answers changed yet.',
    mapTitle: 'The position with changed answers',
    mapSummary: 'The point moves from ({fromX}, {fromY}) to ({toX}, {toY}).',
    mapSummarySame: 'The point is at ({x}, {y}).',
    original: 'Now',
    changed: 'What if',
    mixTitle: 'The mix with changed answers',
    dimensionsCaption: 'The model each dimension leans towards, now and with changed answers',
    dimension: 'Dimension',
    now: 'Now',
    then: 'What if',
    none: 'No answers',
    reset: 'Reset',
    save: 'Save as desired situation',
    saved: 'Saved as the desired situation. See “Today and the desired situation”.',
    noResult: 'With these answers there is nothing to place.',
  },
  desired: {
    title: 'Today and the desired situation',
    intro:
      'Fill in the assessment a second time for how you would like things to be. You will then see the distance from today, what needs to change and what to watch out for.',
    none: 'You have not filled in the desired situation yet. It starts as a copy of today’s answers.',
    start: 'Fill in the desired situation',
    edit: 'Edit the desired situation',
    editToday: 'Edit today’s situation',
    remove: 'Delete the desired situation',
    removeBody:
      'The answers for the desired situation will be deleted from this device. Today’s answers are kept.',
    showingDesired:
      'The result at the top of the page shows the desired situation, because that is what you are editing now.',
    showToday: 'Show and edit today’s situation',
    showDesired: 'Show and edit the desired situation',
    mapTitle: 'From today to the desired situation',
    mapSummary:
      'The arrow goes from today ({fromX}, {fromY}) to the desired situation ({toX}, {toY}).',
    mapSummarySame: 'The desired situation has the same position as today ({x}, {y}).',
    mixToday: 'The mix today',
    mixDesired: 'The desired mix',
    noScore: 'The desired situation has no answers that can be placed yet.',
    gapsTitle: 'What needs to change?',
    gapsIntro:
      'The dimensions are ordered by how far today is from the desired situation, with actions from the project and what to watch out for.',
    gapsNone:
      'The desired situation is the same as today. Change the answers for the desired situation to see what differs.',
    gapDistance: '{points} percentage points of the mix move, mostly towards {model}.',
    changed: 'Changed answers: {questions}',
    actions: 'Actions',
    risks: 'Watch out for',
    overallRisks: 'Watch out for this',
    unchangedTitle: 'Unchanged',
  },
  actions: {
    'felles-skranke':
      'Create one shared front desk where residents get help with both library and service questions.',
    henvisning: 'Make sure all staff know each other’s tasks and whom to refer residents to.',
    'generalist-spesialist':
      'Split the work into generalist and specialist tasks: everyone answers general questions, and each is a specialist in their own field.',
    'felles-ansattgruppe': 'Bring the staff together in one staff group with shared tasks.',
    'harmoniser-arbeidstid':
      'Harmonise working hours and align working-time arrangements and agreements.',
    husmoter: 'Hold regular house meetings so everyone knows what is going on in the building.',
    'felles-rom':
      'Share meeting and lunch rooms – that is where people get to know each other across services.',
    'prosjekter-team': 'Start joint projects and teams in areas where you share goals.',
    'digital-veiledning': 'Offer digital guidance together.',
    'print-skann':
      'Bring printing, scanning and copying together in one solution residents can use.',
    utstyrsutlan: 'Cooperate on lending and handing out equipment.',
    arrangementer: 'Plan events together.',
    'tverrgaende-team':
      'Form projects and teams across sites: in Hybrid cooperation, staff have different tasks and places but work together in projects and teams.',
    'felles-budsjett': 'Combine the budgets and agree on shared priorities.',
    'felles-ledelse': 'Bring the services under one leader responsible for the whole.',
    'gjensidig-avhengighet':
      'Build in mutual dependency: tasks you can only deliver to residents together.',
    samlokalisering: 'Plan co-location: the same building, one entrance.',
    'avklar-ansvar':
      'Clarify who is responsible for what, and how residents are referred between the services.',
  },
  risks: {
    'bibliotekets-frihet':
      'The library’s independence: in the project’s survey of residents, 1 in 4 thought that joining the citizen service centre and the library challenges the library’s independence. In the staff survey, 64% of staff said the library’s free role is challenged.',
    'pac-man':
      'PAC-man: the project warns against the model in which the citizen service centre is closed and the library takes over its tasks.',
    'autonome-avdelinger':
      'Autonomous departments: in Drammen the departments work more as autonomous departments, because little has been done to make the library and the citizen service centre depend on each other.',
    'ulike-avtaler':
      'Different agreements: working hours and agreements should be aligned, but the project writes that it is not unusual for them to differ between library and citizen service centre staff.',
    avstander:
      'Distances: the project writes that One door in suits densely populated places where distances are short.',
  },
  snapshots: {
    title: 'Snapshots',
    intro:
      'Save a snapshot of the answers, for example before and after a change. The map shows how the position has moved over time.',
    label: 'Name of the snapshot',
    labelHint: 'For example “Before the reorganisation” or “Autumn 2025”.',
    save: 'Save snapshot',
    defaultLabel: 'Snapshot {number}',
    saved: 'The snapshot “{label}” has been saved.',
    deleted: 'The snapshot “{label}” has been deleted.',
    undo: 'Undo',
    undoLabel: 'Undo deleting “{label}”',
    restored: 'The snapshot “{label}” is back.',
    limit: 'You can keep up to {max} snapshots. When you save more, the oldest is deleted.',
    none: 'No snapshots yet.',
    caption: 'Saved snapshots, oldest first',
    name: 'Name',
    date: 'Date',
    variant: 'Situation',
    closest: 'Closest to',
    delete: 'Delete',
    deleteLabel: 'Delete the snapshot “{label}”',
    noScore: 'No position',
    mapTitle: 'Change over time',
    mapSummary:
      'The arrows show how the position has moved through {count} snapshots, from “{first}” to “{last}”.',
    mapSummaryOne:
      'The snapshot “{label}” is at ({x}, {y}). Save more to see the change over time.',
    markerLabel: '{number}. {label}',
  },
};
