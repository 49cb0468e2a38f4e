import type { Messages } from '../messages';

export const start: Messages['start'] = {
  title: 'How are your library and citizen service centre organised together?',
  lead: 'Modellkart helps Norwegian municipalities see how their public library and citizen service centre (innbyggertorg) work together – and where they could go next. You answer questions about the front desk, budget, leadership, premises, staff, digital services and cooperation. The tool places you on a model map as a mix of four models.',
  modelsTitle: 'The four models',
  modelsIntro:
    'The models were developed in the Norwegian project «Beste praksis for bibliotek og innbyggertorg» and are inspired by the Danish report «Bibliotek og borger – Du er altid velkommen!» (2015). The project writes that many municipalities will recognise elements of several of the models.',
  warned: 'The project warns against this model.',
  methodLink: 'How Modellkart works: method and sources',
  time: 'It takes 10–15 minutes. You can take breaks and continue later.',
  privacy:
    'Your answers are stored only in this browser on this device. Nothing is sent to a server, and there are no cookies or tracking.',
  begin: 'Start the assessment',
  continue: 'Continue where you left off',
  continueHint: 'You have answered {answered} questions so far.',
  results: 'See the result',
};
