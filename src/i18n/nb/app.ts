export const app = {
  name: 'Modellkart',
  /** The browser tab on the start page; other pages get «<page> – Modellkart». */
  documentTitle: 'Modellkart – bibliotek og innbyggertorg',
  sharedTitle: 'Delt resultat',
  /** The heading of a result someone shared by link. */
  sharedHeading: 'Et delt resultat',
  tagline: 'Bibliotek og innbyggertorg – hvor står dere, og hvor vil dere?',
  skipLink: 'Hopp til hovedinnhold',
  nav: {
    label: 'Hovedmeny',
    start: 'Start',
    wizard: 'Kartlegging',
    review: 'Oppsummering',
    results: 'Resultat',
    workshop: 'Workshop',
    import: 'Hent svar fra fil',
    accessibility: 'Tilgjengelighet',
    method: 'Metode og kilder',
  },
  language: {
    label: 'Språk',
    nb: 'Bokmål',
    nn: 'Nynorsk',
    en: 'English',
  },
  footer: {
    privacy: 'Svarene lagres bare i denne nettleseren. Ingenting sendes til noen server.',
    source:
      'Modellene kommer fra prosjektet «Beste praksis for bibliotek og innbyggertorg» (Drammen bibliotek og Indre Østfold bibliotek).',
  },
  notFound: {
    title: 'Fant ikke siden',
    body: 'Adressen finnes ikke i Modellkart.',
    home: 'Gå til startsiden',
  },
  restart: {
    label: 'Start på nytt',
    confirm: 'Vil du slette alle svarene og starte på nytt? Dette kan ikke angres.',
  },
  loading: 'Laster …',
  confirm: {
    yes: 'Ja',
    cancel: 'Avbryt',
  },
  update: {
    available: 'Ny versjon av Modellkart er klar. Svarene dine beholdes.',
    reload: 'Last inn på nytt',
  },
  errorBoundary: {
    title: 'Noe gikk galt',
    body: 'En feil stoppet denne delen av Modellkart. Svarene dine er fortsatt lagret i denne nettleseren. Last dem ned for å være sikker, og last deretter inn siden på nytt.',
    chunkBody:
      'Denne delen av Modellkart kunne ikke lastes. Kanskje nettverket er borte? Svarene dine er fortsatt lagret i denne nettleseren.',
    download: 'Last ned svarene dine',
    reload: 'Last inn siden på nytt',
    details: 'Teknisk feilmelding',
  },
};
