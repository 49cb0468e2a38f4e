import type { Assessment } from '../assessment-schema';
import type { CatalogueStep } from '../catalogue-step';
import { catalogueV1ToV2 } from '../catalogue/v1-to-v2';

/**
 * Answers made with an older catalogue, carried to today's through append-only steps (one per
 * catalogue version, each with its test). Loaded with the decoders, not on the start page.
 */

/**
 * Steps from one catalogue version to the next, in order. A step must not import the
 * catalogue's data (see above).
 */
export const CATALOGUE_STEPS: readonly CatalogueStep[] = [catalogueV1ToV2];

/** What the UI tells the user after opening answers made with an older catalogue. */
export type CarriedNote = {
  from: string;
  to: string;
  /** Questions whose answer was dropped or now means less, in the order the steps named them. */
  changed: string[];
};

export type Carried =
  | { ok: true; assessments: Assessment[]; note: CarriedNote | null }
  | { ok: false; reason: 'newer-catalogue' | 'unknown-catalogue' };

/**
 * Carries answers made with catalogue `from` to catalogue `to` through the registered steps. The
 * note is null when nothing had to be carried. A version no chain of steps reaches is refused:
 * its answers cannot be read against today's questions without guessing.
 */
export function carryToCatalogue(
  assessments: readonly Assessment[],
  from: string,
  to: string,
  steps: readonly CatalogueStep[] = CATALOGUE_STEPS,
): Carried {
  if (from === to) return { ok: true, assessments: [...assessments], note: null };
  const path: CatalogueStep[] = [];
  let at = from;
  while (at !== to) {
    const step = steps.find((s) => s.from === at);
    if (!step || path.includes(step)) {
      return {
        ok: false,
        reason: compareVersions(from, to) > 0 ? 'newer-catalogue' : 'unknown-catalogue',
      };
    }
    path.push(step);
    at = step.to;
  }
  const changed = new Set<string>();
  const carried = assessments.map((assessment) =>
    path.reduce((a, step) => {
      const result = step.migrate(a);
      for (const id of result.changed) changed.add(id);
      return result.assessment;
    }, assessment),
  );
  return { ok: true, assessments: carried, note: { from, to, changed: [...changed] } };
}

/** Compares dotted version numbers ("1.10.0" > "1.9.0"); text that is not one sorts first. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => (/^\d+(\.\d+)*$/.test(v) ? v.split('.').map(Number) : [-1]);
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** Joins the notes of several carried parts (e.g. participants) into one, or null. */
export function mergeNotes(notes: readonly (CarriedNote | null)[]): CarriedNote | null {
  const present = notes.filter((n): n is CarriedNote => n !== null);
  if (present.length === 0) return null;
  const froms = [...new Set(present.map((n) => n.from))].sort(compareVersions);
  return {
    from: froms[0]!,
    to: present[0]!.to,
    changed: [...new Set(present.flatMap((n) => n.changed))],
  };
}
