import type { Messages } from '../messages';

export const app: Messages['app'] = {
  name: 'Modellkart',
  documentTitle: 'Modellkart – bibliotek og innbyggjartorg',
  sharedTitle: 'Delt resultat',
  /** The heading of a result someone shared by link. */
  sharedHeading: 'Eit delt resultat',
  tagline: 'Bibliotek og innbyggjartorg – kvar står de, og kvar vil de?',
  skipLink: 'Hopp til hovudinnhaldet',
  nav: {
    label: 'Hovudmeny',
    start: 'Start',
    wizard: 'Kartlegging',
    review: 'Oppsummering',
    results: 'Resultat',
    workshop: 'Workshop',
    import: 'Hent svar frå fil',
    accessibility: 'Tilgjenge',
    method: 'Metode og kjelder',
  },
  language: {
    label: 'Språk',
    nb: 'Bokmål',
    nn: 'Nynorsk',
    en: 'English',
  },
  footer: {
    privacy: 'Svara blir berre lagra i denne nettlesaren. Ingenting blir sendt til nokon tenar.',
    source:
      'Modellane kjem frå prosjektet «Beste praksis for bibliotek og innbyggertorg» (Drammen bibliotek og Indre Østfold bibliotek).',
  },
  notFound: {
    title: 'Fann ikkje sida',
    body: 'Adressa finst ikkje i Modellkart.',
    home: 'Gå til startsida',
  },
  restart: {
    label: 'Start på nytt',
    confirm: 'Vil du slette alle svara og starte på nytt? Dette kan ikkje angrast.',
  },
  loading: 'Lastar …',
  confirm: {
    yes: 'Ja',
    cancel: 'Avbryt',
  },
  update: {
    available: 'Ein ny versjon av Modellkart er klar. Svara dine blir tekne vare på.',
    reload: 'Last inn på nytt',
  },
  errorBoundary: {
    title: 'Noko gjekk gale',
    body: 'Ein feil stoppa denne delen av Modellkart. Svara dine er framleis lagra i denne nettlesaren. Last dei ned for å vere trygg, og last deretter inn sida på nytt.',
    chunkBody:
      'Denne delen av Modellkart kunne ikkje lastast. Kanskje nettet er borte? Svara dine er framleis lagra i denne nettlesaren.',
    download: 'Last ned svara dine',
    reload: 'Last inn sida på nytt',
    details: 'Teknisk feilmelding',
  },
};
