import type { Messages } from '../messages';

export const app: Messages['app'] = {
  name: 'Modellkart',
  documentTitle: 'Modellkart – library and citizen service centre',
  sharedTitle: 'Shared result',
  /** The heading of a result someone shared by link. */
  sharedHeading: 'A shared result',
  tagline: 'Library and citizen service centre – where are you, and where do you want to go?',
  skipLink: 'Skip to main content',
  nav: {
    label: 'Main menu',
    start: 'Start',
    wizard: 'Assessment',
    review: 'Summary',
    results: 'Result',
    workshop: 'Workshop',
    import: 'Load answers from a file',
    accessibility: 'Accessibility',
    method: 'Method and sources',
  },
  language: {
    label: 'Language',
    nb: 'Bokmål',
    nn: 'Nynorsk',
    en: 'English',
  },
  footer: {
    privacy: 'Your answers are stored only in this browser. Nothing is sent to any server.',
    source:
      'The models come from the Norwegian project «Beste praksis for bibliotek og innbyggertorg» (Drammen and Indre Østfold libraries).',
  },
  notFound: {
    title: 'Page not found',
    body: 'This address does not exist in Modellkart.',
    home: 'Go to the start page',
  },
  restart: {
    label: 'Start over',
    confirm: 'Delete all answers and start over? This cannot be undone.',
  },
  loading: 'Loading …',
  confirm: {
    yes: 'Yes',
    cancel: 'Cancel',
  },
  update: {
    available: 'A new version of Modellkart is ready. Your answers will be kept.',
    reload: 'Reload',
  },
  errorBoundary: {
    title: 'Something went wrong',
    body: 'An error stopped this part of Modellkart. Your answers are still saved in this browser. Download them to be safe, then reload the page.',
    chunkBody:
      'This part of Modellkart could not be loaded. Are you offline? Your answers are still saved in this browser.',
    download: 'Download your answers',
    reload: 'Reload the page',
    details: 'Technical details',
  },
};
