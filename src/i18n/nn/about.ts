import type { Messages } from '../messages';

export const about: Messages['about'] = {
  title: 'Tilgjengeerklæring for Modellkart',
  intro:
    'Modellkart skal kunne brukast av alle. Offentlege verksemder i Noreg skal følgje krava til universell utforming (WCAG 2.1 nivå A og AA, jf. EN 301 549). Her fortel vi korleis verktøyet oppfyller krava.',
  statusTitle: 'Status',
  status:
    'Målet vårt er at Modellkart oppfyller alle krav i WCAG 2.1 på nivå A og AA. Ved siste test fann dei automatiske kontrollane ingen brot, men noko er berre delvis i samsvar (sjå kjende avgrensingar).',
  testedTitle: 'Slik har vi testa',
  tested: {
    axe: 'Automatisk test med axe-core (WCAG 2.1 A og AA) på alle sider og tilstandar, på bokmål, nynorsk og engelsk.',
    keyboard:
      'Heile flyten frå start til resultat og eksport er testa med berre tastatur i Chromium.',
    reflow: 'Vising ved 320 pikslar breidd utan vassrett rulling, og tekst forstørra til 200 %.',
    charts:
      'Alle diagramma har eit tilgjengeleg namn, ein kort tekst som forklarer dei og ein datatabell.',
  },
  limitationsTitle: 'Kjende avgrensingar',
  limitations: {
    pdf: 'PDF-rapporten har tekst som kan merkast, men er ikkje ei fullt tagga (PDF/UA) fil. Den same informasjonen finst på resultatsida og i utskriftsvisinga.',
    map: 'Modellkartet er eit diagram med mange punkt. Bruk tabellen under kartet for å lese dei same tala.',
  },
  feedbackTitle: 'Gi tilbakemelding',
  feedbackWithContact:
    'Møter du hindringar, eller treng du innhaldet i eit anna format? Skriv til {name} på e-post:',
  feedbackWithoutContact:
    'Møter du hindringar? Ta kontakt med kommunen eller verksemda som tilbyr verktøyet til deg.',
  complaintTitle: 'Klage',
  complaint:
    'Får du ikkje svar, eller er du ikkje nøgd med svaret, kan du melde frå til Tilsynet for universell utforming av ikt (Digdir).',
  complaintLink: 'Meld frå til Tilsynet for universell utforming av ikt',
  updated: 'Erklæringa vart sist oppdatert {date}.',
  defaultContactName: 'oss',
};
