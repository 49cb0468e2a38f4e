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
      'Some answers pull in different directions. That is not wrong – most municipalities are hybrids – but it is worth talking about.',
    none: 'We found no answers that clearly pull in different directions.',
    pullsBetween: 'Pulls between {first} and {second}.',
    reflection: 'From the project',
    rules: {
      'felles-skranke-atskilt-drift': {
        title: 'A shared counter, but separate operations',
        explanation:
          'You have one shared counter, but the staff, the budget or both are still split in two. The counter points to Full cooperation, the rest to two separate services.',
        reflection:
          'What sets Full cooperation apart is that all staff belong to one staff group. If the counter is shared while the groups and budgets are separate, who is responsible for what citizens experience?',
      },
      'en-gruppe-ulike-avtaler': {
        title: 'One service, different agreements',
        explanation: 'You work as one service, but working hours and agreements are not aligned.',
        reflection:
          'The project recommends harmonising working hours and aligning agreements in Full cooperation, but found that library and service-centre staff often still have different terms. Which differences do citizens notice, and which only the staff?',
      },
      'felles-ledelse-uten-avhengighet': {
        title: 'Shared leadership, but little that binds',
        explanation:
          'You share a leader, but the services hardly depend on each other or seldom work together.',
        reflection:
          'Drammen has a shared budget and leadership, but found that the departments act as autonomous units because little was set up to make them depend on each other, and cooperation happens mostly behind the scenes. What could you deliver to citizens only together?',
      },
      'felles-budsjett-uten-felles-mal': {
        title: 'A shared budget, separate goals',
        explanation: 'The money is shared, but each service has its own goals.',
        reflection:
          'Hybrid cooperation is about creating synergies where you share goals and interests, such as digital guidance, printing, scanning and copying, equipment and events. Which two or three goals could you own together?',
      },
      'samme-hus-uten-moteplasser': {
        title: 'The same building, but nowhere to meet',
        explanation:
          'You are in the same building, but the staff do not meet at house meetings or in shared rooms.',
        reflection:
          'In One door in, house meetings matter for knowing what is going on in the building, and staff should share meeting and lunch rooms. That is how the building becomes a professional community across services and not just a shared entrance.',
      },
      'samme-hus-kjenner-lite': {
        title: 'Close together, but strangers to each other',
        explanation:
          'The services share a building or a counter, but the staff know little about what the other service does.',
        reflection:
          'One door in assumes that staff know well what the building offers and can send citizens to the right person. How does a new employee learn what the others in the building do?',
      },
      'felles-skranke-hvert-sitt-sted': {
        title: 'A shared counter in separate places?',
        explanation:
          'You say the counter is shared, but that the services are in separate places. Perhaps the shared counter applies to only one of the sites?',
        reflection:
          'In Drammen, Svelvik library is the only site where the library and the citizen service centre share a building. Many municipalities have local exceptions like this. It can help to answer for the typical site and note the exceptions in a comment.',
      },
      'pac-man-med-eget-innbyggertorg': {
        title: 'The library takes over, but the service centre remains',
        explanation:
          'The library has taken over service tasks, while the citizen service centre still runs as a separate service alongside it.',
        reflection:
          'The project advises against the PAC-man model, in which the citizen service centre is closed and the library takes over. When the library takes over some tasks while the service centre remains, it becomes unclear who is responsible – and the library’s role as a free space may come under pressure.',
      },
      'en-dor-inn-spredt-bosetting': {
        title: 'One door in for a scattered population',
        explanation:
          'You have a multi-use building with one entrance, but many citizens live far away.',
        reflection:
          'One door in suits densely populated places with short distances, where people can get a lot done in one place. How do you reach those who live far from the building?',
      },
    },
  },
  certainty: {
    title: 'How certain is the position?',
    intro:
      '{count} of the questions are answered “Don’t know” or not answered. The shaded area shows where the point could end up once they are answered.',
    narrow:
      'The area is so small that it lies almost entirely under the point: the missing answers can move the point only a little.',
    mapTitle: 'Possible area for the position',
    mapSummary:
      'The point could end up between {minX} and {maxX} on organisational integration and between {minY} and {maxY} on co-location.',
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
      'Create one shared counter where citizens get help with both library and service questions.',
    henvisning: 'Make sure all staff know each other’s tasks and whom to refer citizens to.',
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
      'Bring printing, scanning and copying together in one solution citizens can use.',
    utstyrsutlan: 'Cooperate on lending and handing out equipment.',
    arrangementer: 'Plan events together.',
    'tverrgaende-team':
      'Set up teams across sites, as Indre Østfold has done for citizen dialogue, experiences, and digitalisation and innovation.',
    'felles-budsjett': 'Combine the budgets and agree on shared priorities.',
    'felles-ledelse': 'Bring the services under one leader responsible for the whole.',
    'gjensidig-avhengighet':
      'Build in mutual dependency: tasks you can only deliver to citizens together.',
    samlokalisering: 'Plan co-location: the same building, one entrance.',
    'avklar-ansvar':
      'Clarify who is responsible for what, and how citizens are referred between the services.',
  },
  risks: {
    'bibliotekets-frihet':
      'The library’s independence: in the project’s surveys, 1 in 4 citizens felt that co-location threatens the library’s independence as a free space, and 64 % of staff said the library’s free role is being challenged.',
    'pac-man':
      'PAC-man: the project advises against the model in which the citizen service centre is closed and the library takes over its tasks.',
    'autonome-avdelinger':
      'Autonomous departments: Drammen found that shared leadership is not enough – without mutual dependency the departments work on their own.',
    'ulike-avtaler':
      'Different agreements: working hours and agreements often differ between library and service-centre staff, and aligning them takes time.',
    avstander: 'Distances: One door in works best in densely populated areas with short distances.',
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
