export const about = {
  title: 'Tilgjengelighetserklæring for Modellkart',
  intro:
    'Modellkart skal kunne brukes av alle. Offentlige virksomheter i Norge skal følge kravene til universell utforming (WCAG 2.1 nivå A og AA, jf. EN 301 549). Her forteller vi hvordan verktøyet oppfyller kravene.',
  statusTitle: 'Status',
  status:
    'Vi har som mål at Modellkart oppfyller alle krav i WCAG 2.1 på nivå A og AA. Ved siste test fant de automatiske kontrollene ingen brudd, men noe er bare delvis i samsvar (se kjente begrensninger).',
  testedTitle: 'Slik har vi testet',
  tested: {
    axe: 'Automatisk test med axe-core (WCAG 2.1 A og AA) på alle sider og tilstander, på bokmål, nynorsk og engelsk.',
    keyboard:
      'Hele flyten fra start til resultat og eksport er testet med bare tastatur i Chromium.',
    reflow: 'Visning ved 320 piksler bredde uten vannrett rulling, og tekst forstørret til 200 %.',
    charts:
      'Alle diagrammer har et tilgjengelig navn, en kort tekst som forklarer dem og en datatabell.',
  },
  limitationsTitle: 'Kjente begrensninger',
  limitations: {
    pdf: 'PDF-rapporten har valgbar tekst, men er ikke en fullt tagget (PDF/UA) fil. Den samme informasjonen finnes på resultatsiden og i utskriftsvisningen.',
    map: 'Modellkartet er et diagram med mange punkter. Bruk tabellen under kartet for å lese de samme tallene.',
  },
  feedbackTitle: 'Gi tilbakemelding',
  feedbackWithContact:
    'Opplever du hindringer, eller trenger du innholdet i et annet format? Skriv til {name} på e-post:',
  feedbackWithoutContact:
    'Opplever du hindringer? Ta kontakt med kommunen eller virksomheten som tilbyr verktøyet til deg.',
  complaintTitle: 'Klage',
  complaint:
    'Får du ikke svar, eller er du ikke fornøyd med svaret, kan du melde fra til Tilsynet for universell utforming av ikt (Digdir).',
  complaintLink: 'Meld fra til Tilsynet for universell utforming av ikt',
  updated: 'Erklæringen ble sist oppdatert {date}.',
  defaultContactName: 'oss',
};
