import type { Answers } from './assessment-schema';
import { scoredQuestions, type Catalogue, type ScoredQuestion } from './catalogue-schema';
import type { Reference } from './reference-schema';
import { REFERENCES } from './references';
import { chosenOption, normaliseProfile, pointOfMix, type Point } from './scoring';
import { convexHull } from './aggregation';

export type CertaintyRange = {
  /** Convex polygon (axis units) of every point the result could take. */
  polygon: Point[];
  /** The questions answered «Vet ikke» or not at all. */
  unknown: string[];
  /** Bounding box of the polygon, for plain-language text ("x between 40 and 70"). */
  box: { minX: number; maxX: number; minY: number; maxY: number };
};

type Term = { weight: number; points: Point[] };

/**
 * Where the point could land if the «Vet ikke» and unanswered questions were answered. The point
 * is a weighted average, so each unknown question adds its own option's point independently: the
 * reachable set's hull is the Minkowski sum of each question's option hull. Its vertices are
 * found exactly by taking, for every direction where some question's best option changes (the
 * normals of all option pairs, nudged either side), the best option per question. The current
 * point (nothing more answered) is included too, so the region always contains what is shown.
 * Cost: about 4·Σ(options) directions times Σ options — a few milliseconds at most.
 * Returns null when nothing is unknown, or nothing could be placed.
 */
export function certaintyRange(
  catalogue: Catalogue,
  answers: Answers,
  references: readonly Reference[] = REFERENCES,
): CertaintyRange | null {
  const questions = scoredQuestions(catalogue);
  const known: ScoredQuestion[] = [];
  const unknown: ScoredQuestion[] = [];
  for (const q of questions) (chosenOption(q, answers) ? known : unknown).push(q);
  if (unknown.length === 0) return null;

  const optionPoint = (profile: ScoredQuestion['options'][number]['profile']) =>
    pointOfMix(normaliseProfile(profile), references);
  const knownWeight = known.reduce((s, q) => s + q.weight, 0);
  const knownSum = known.reduce(
    (s, q) => {
      const p = optionPoint(chosenOption(q, answers)!.profile);
      return { x: s.x + q.weight * p.x, y: s.y + q.weight * p.y };
    },
    { x: 0, y: 0 },
  );
  const terms: Term[] = unknown.map((q) => ({
    weight: q.weight,
    points: q.options.map((o) => optionPoint(o.profile)),
  }));
  const totalWeight = knownWeight + terms.reduce((s, t) => s + t.weight, 0);

  const candidates: Point[] = [];
  if (knownWeight > 0)
    candidates.push({ x: knownSum.x / knownWeight, y: knownSum.y / knownWeight });
  for (const angle of criticalAngles(terms)) {
    const dx = Math.cos(angle);
    const dy = Math.sin(angle);
    let x = knownSum.x;
    let y = knownSum.y;
    for (const term of terms) {
      let best = term.points[0]!;
      for (const p of term.points) if (p.x * dx + p.y * dy > best.x * dx + best.y * dy) best = p;
      x += term.weight * best.x;
      y += term.weight * best.y;
    }
    candidates.push({ x: x / totalWeight, y: y / totalWeight });
  }
  const polygon = convexHull(dedupe(candidates));
  if (polygon.length === 0) return null;
  return {
    polygon,
    unknown: unknown.map((q) => q.id),
    box: {
      minX: Math.min(...polygon.map((p) => p.x)),
      maxX: Math.max(...polygon.map((p) => p.x)),
      minY: Math.min(...polygon.map((p) => p.y)),
      maxY: Math.max(...polygon.map((p) => p.y)),
    },
  };
}

/** Directions just either side of every edge normal of every question's option hull. */
function criticalAngles(terms: readonly Term[]): number[] {
  const angles = new Set<number>([0, Math.PI / 2, Math.PI, (3 * Math.PI) / 2]);
  for (const { points } of terms) {
    // Only hull edges matter: an option inside its question's hull is never the best one.
    const hull = convexHull(dedupe(points));
    const edges = hull.length === 2 ? 1 : hull.length;
    for (let i = 0; i < edges; i++) {
      const a = hull[i]!;
      const b = hull[(i + 1) % hull.length]!;
      // The normal of the edge, both ways: crossing it swaps which of a and b is better.
      const normal = Math.atan2(b.x - a.x, -(b.y - a.y));
      for (const base of [normal, normal + Math.PI]) {
        angles.add(round(base - 1e-4));
        angles.add(round(base + 1e-4));
      }
    }
  }
  return [...angles];
}

function round(angle: number): number {
  return Math.round(angle * 1e7) / 1e7;
}

function dedupe(points: readonly Point[]): Point[] {
  const seen = new Map<string, Point>();
  for (const p of points) seen.set(`${p.x.toFixed(6)},${p.y.toFixed(6)}`, p);
  return [...seen.values()];
}
