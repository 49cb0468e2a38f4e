import type { ReferenceId } from './reference-ids';
import type { Reference } from './reference-schema';

// The ids are defined in reference-ids.ts (which the schema reads too); most code takes them here.
export { REFERENCE_IDS, type ReferenceId } from './reference-ids';

/**
 * Positions are data: x = samorganisering, y = samlokalisering (0–100). Kept free of zod so the
 * start page stays light; reference-schema.test.ts validates it.
 */
export const REFERENCES: readonly Reference[] = [
  {
    id: 'ingen',
    name: {
      nb: 'Ingen samorganisering',
      nn: 'Inga samorganisering',
      en: 'No joint organisation',
    },
    summary: {
      nb: 'Bibliotek og innbyggertorg er to atskilte organisasjoner på hvert sitt sted.',
      nn: 'Bibliotek og innbyggjartorg er to skilde organisasjonar på kvar sin stad.',
      en: 'The library and the citizen service centre are separate organisations in separate places.',
    },
    position: { x: 5, y: 5 },
    warned: false,
  },
  {
    id: 'en-dor-inn',
    name: { nb: 'En dør inn', nn: 'Ei dør inn', en: 'One door in' },
    summary: {
      nb: 'Flere tjenester i ett hus med én inngang, men egne lokaler, egne skranker og ofte egen ledelse.',
      nn: 'Fleire tenester i eitt hus med éin inngang, men eigne lokale, eigne skrankar og ofte eiga leiing.',
      en: 'Several services in one building with one entrance, but their own premises, front desks and often leadership.',
    },
    position: { x: 20, y: 75 },
    warned: false,
    example: {
      nb: 'Krona i Kongsberg',
      nn: 'Krona i Kongsberg',
      en: 'Krona in Kongsberg',
    },
  },
  {
    id: 'hybrid',
    name: {
      nb: 'Hybrid samarbeid',
      nn: 'Hybrid samarbeid',
      en: 'Hybrid cooperation',
    },
    summary: {
      nb: 'Samme budsjett og ledelse, men egne fysiske lokasjoner; ansatte samarbeider i prosjekter og team.',
      nn: 'Same budsjett og leiing, men eigne fysiske lokasjonar; tilsette samarbeider i prosjekt og team.',
      en: 'Same budget and leadership but separate physical locations; staff cooperate in projects and teams.',
    },
    position: { x: 75, y: 20 },
    warned: false,
    example: {
      nb: 'Drammen kommune',
      nn: 'Drammen kommune',
      en: 'Drammen municipality',
    },
  },
  {
    id: 'totalt',
    name: {
      nb: 'Totalt samarbeid',
      nn: 'Totalt samarbeid',
      en: 'Full cooperation',
    },
    summary: {
      nb: 'Én enhetlig tjeneste med felles skranke, felles ledelse og én ansattgruppe med generalist- og spesialistoppgaver.',
      nn: 'Éi samla teneste med felles skranke, felles leiing og éi gruppe tilsette med generalist- og spesialistoppgåver.',
      en: 'One unified service with a shared front desk, shared leadership and one staff group with generalist and specialist tasks.',
    },
    position: { x: 85, y: 90 },
    warned: false,
    example: {
      nb: 'Indre Østfold Innbyggertorg og bibliotek',
      nn: 'Indre Østfold Innbyggertorg og bibliotek',
      en: 'Indre Østfold Innbyggertorg og bibliotek',
    },
  },
  {
    id: 'pac-man',
    name: { nb: 'PAC-man', nn: 'PAC-man', en: 'PAC-man' },
    summary: {
      nb: 'Innbyggertorget legges ned og biblioteket overtar de fysiske servicetjenestene; digitale henvendelser håndteres av andre.',
      nn: 'Innbyggjartorget blir lagt ned og biblioteket tek over dei fysiske serviceoppgåvene; digitale førespurnader blir handterte av andre.',
      en: 'The citizen service centre is closed and the library takes over the physical service tasks; digital inquiries go elsewhere.',
    },
    position: { x: 100, y: 100 },
    warned: true,
  },
];

export function referenceById(id: ReferenceId): Reference {
  const ref = REFERENCES.find((r) => r.id === id);
  if (!ref) throw new Error(`Unknown reference ${id}`);
  return ref;
}
