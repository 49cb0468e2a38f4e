import type { Messages } from '../messages';

export const method: Messages['method'] = {
  title: 'Method and sources',
  intro:
    'How Modellkart arrives at the result, what comes from the sources, and what is our own interpretation.',
  modelsTitle: 'The four models',
  models:
    'The models come from the Norwegian project «Beste praksis for bibliotek og innbyggertorg» (best practice for libraries and citizen service centres), in which Drammen library and Indre Østfold library look at joint organisation and co-location of library and citizen service centre. The four models are inspired by the Danish report «Bibliotek og borger – Du er altid velkommen!» (2015).',
  warned: 'The project warns against this model.',
  mixed:
    'The project writes that the models are sketches, and that what many municipalities have picks elements from several of them. That is why Modellkart shows a mix of the models, not a single label.',
  baselineTitle: 'Our own point of comparison: {model}',
  baseline:
    '{model} is not one of the project’s models. We added it as a point of comparison: library and citizen service centre as two separate organisations in separate places. Without it, a municipality that cooperates on nothing would have to be placed in one of the models.',
  scoringTitle: 'From answers to a mix and a point on the map',
  scoring: {
    profiles:
      'Each answer option has a profile saying how strongly it points to each of the five references: the four models and {baseline}. One answer can point to several models.',
    mix: 'The model mix is the average of the profiles of your answers. Some questions weigh more than others. The shares add up to 100%.',
    map: 'The model map has two axes: joint organisation (0 = two separate organisations, 100 = one organisation) and co-location (0 = separate places, 100 = one shared service point). Each reference has a fixed place on the map. Your point is the average of those places, weighted by the mix, so the map and the mix always say the same.',
    dimensions:
      'For each dimension, such as the front desk or leadership, the result shows which model your answers there pull towards. That is where the mix becomes visible.',
    context:
      'The questions about the municipality, your role, settlement and other services in the building do not move the point. Some of the answers are used in the text.',
  },
  dontKnowTitle: '“Don’t know” and certainty',
  dontKnow:
    'A “Don’t know” answer points to no model and does not move the point. Certainty is high, medium or low by how many of the questions have an answer that counts. When questions are open or answered “Don’t know”, the results page also shows an area where the point may end up once they are answered.',
  warningTitle: 'When is the warning against PAC-man shown?',
  warning:
    'The project recommends no single model, but the project report warns against PAC-man, the model in which the citizen service centre is closed and the library takes over its tasks (Bok og bibliotek, 2023). Modellkart shows the warning only when you say the citizen service centre is closed and the library has taken over its tasks, or when PAC-man is the model you are closest to. It is never shown when you say the citizen service centre still runs, on its own or merged with the library, that the municipality never had one, or that its tasks lie with a contact centre, NAV or digital channels.',
  warningNotPacman:
    'Ordinary library work, such as digital guidance, printing or events, does not point to PAC-man. A municipality that never had a citizen service centre, or whose tasks went elsewhere, is told that this is not PAC-man.',
  textsTitle: 'The texts and the next steps',
  texts:
    'A sentence about your municipality is shown only when your answers say what the sentence is about. The suggested next steps build on the project’s descriptions of the models, and which ones are shown is calculated from the answers. Closest to PAC-man, the steps lead towards the project model you are closest to after PAC-man.',
  ownTitle: 'What is our own interpretation',
  own: {
    intro:
      'None of this is in the sources. It is our work, built on the descriptions of the models:',
    baseline: 'The point of comparison {baseline}.',
    questions: 'The questions, the answer options and the help texts.',
    profiles: 'The profiles of the answer options, and how much each question weighs.',
    map: 'The two axes and the places of the models on the map. The project shows a sketch of how the models relate to each other; the map in Modellkart is our own version, not that sketch.',
  },
  sourcesTitle: 'Sources',
  sourcesIntro: 'Modellkart uses these sources, and only these, for facts and figures:',
  uses: 'What we use from the source:',
  publishers: {
    seed: 'The project «Beste praksis for bibliotek og innbyggertorg» (Drammen library and Indre Østfold library).',
    danishReport:
      'Danish report. We know it only through the project’s text, which names it as the inspiration for the models.',
    bokOgBibliotek2023: 'Bok og bibliotek.',
    offentligService2022: 'Offentlig Service.',
    vartLand2022: 'Vårt Land.',
  },
  year: '({year})',
};
