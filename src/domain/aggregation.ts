import type { Answers, Assessment } from './assessment-schema';
import { DONT_KNOW, scoredQuestions, type Catalogue } from './catalogue-schema';
import { REFERENCE_IDS, type ReferenceId } from './references';
import { REFERENCES } from './references';
import type { Reference } from './reference-schema';
import { emptyMix, scoreMix, type Mix, type MixScore, type Point } from './scoring';
import { clampThreshold } from './role-groups';

/**
 * Per-role figures are shown only for roles with at least this many participants, so that no
 * small group's answers can be traced back to a person. One constant, used everywhere.
 */
export const MIN_GROUP_SIZE = 3;

export type GroupParticipant = {
  id: string;
  label: string;
  /** A role id (e.g. 'leder'), or null when the participant gave none. */
  role: string | null;
  assessment: Assessment;
  /** Answers for the desired situation, when the participant gave them. */
  desired?: Answers | null;
  hidden?: boolean;
};

export type ParticipantResult = {
  id: string;
  label: string;
  role: string | null;
  hidden: boolean;
  /** Null when the participant answered no scored question. */
  result: GroupScore | null;
};

/** The part of scoreAssessment's result a group needs: the same mix and point. */
export type GroupScore = MixScore;

/** Scores a group's participants with the one scorer (scoreMix in scoring.ts). */
export function compileScorer(
  catalogue: Catalogue,
  references: readonly Reference[] = REFERENCES,
): (answers: Answers) => GroupScore | null {
  return (answers) => scoreMix(catalogue, answers, references);
}

export type Spread = {
  /** Standard deviation along each axis. */
  sd: Point;
  /** Convex hull of the points, counter-clockwise. */
  hull: Point[];
  /** A one-standard-deviation ellipse (principal axes), as a polygon clamped to the map. */
  ellipse: Point[];
};

export type RoleGroup = { role: string; count: number; centre: Point; mix: Mix };

export type MixStats = {
  mean: number;
  min: number;
  max: number;
  q1: number;
  median: number;
  q3: number;
};

export type OptionCount = { optionId: string; count: number; share: number };

export type QuestionDisagreement = {
  questionId: string;
  /** 0 = everyone agrees, 1 = answers spread evenly over every option. */
  score: number;
  /** Normalised Shannon entropy of the answers (same as score; kept for clarity in exports). */
  entropy: number;
  /** 1 − the largest share: how many did not pick the most common answer. */
  minority: number;
  answered: number;
  dontKnow: number;
  /** Every option of the question, in catalogue order, with how many picked it. */
  options: OptionCount[];
};

export type TodayDesired = {
  count: number;
  today: Point;
  desired: Point;
  todayMix: Mix;
  desiredMix: Mix;
};

export type GroupAggregate = {
  participants: ParticipantResult[];
  /** Visible participants with a result: what the group figures are made of. */
  counted: ParticipantResult[];
  centre: Point | null;
  spread: Spread | null;
  /** Only roles with at least `minRoleSize` counted participants. */
  roles: RoleGroup[];
  /** The smallest role shown on its own in this aggregate (never below 2). */
  minRoleSize: number;
  /** How many roles were left out because they had too few participants. */
  suppressedRoles: number;
  mix: Record<ReferenceId, MixStats> | null;
  disagreements: QuestionDisagreement[];
  todayDesired: TodayDesired | null;
};

export function meanPoint(points: readonly Point[]): Point | null {
  if (points.length === 0) return null;
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p.x;
    y += p.y;
  }
  return { x: x / points.length, y: y / points.length };
}

function cross(o: Point, a: Point, b: Point): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/** Andrew's monotone chain; O(n log n). Fewer than three distinct points give them back as is. */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  const unique = sorted.filter(
    (p, i) => i === 0 || p.x !== sorted[i - 1]!.x || p.y !== sorted[i - 1]!.y,
  );
  if (unique.length < 3) return unique;
  const lower: Point[] = [];
  for (const p of unique) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) {
      lower.pop();
    }
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = unique.length - 1; i >= 0; i--) {
    const p = unique[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) {
      upper.pop();
    }
    upper.push(p);
  }
  lower.pop();
  upper.pop();
  return [...lower, ...upper];
}

const clamp = (v: number) => Math.min(100, Math.max(0, v));

/** Spread of points: standard deviations, hull and a 1-SD ellipse along the principal axes. */
export function spreadOf(points: readonly Point[], segments = 36): Spread | null {
  const centre = meanPoint(points);
  if (!centre) return null;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of points) {
    const dx = p.x - centre.x;
    const dy = p.y - centre.y;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const n = points.length;
  sxx /= n;
  syy /= n;
  sxy /= n;
  // Eigen-decomposition of the 2×2 covariance matrix gives the ellipse's axes.
  const trace = sxx + syy;
  const det = sxx * syy - sxy * sxy;
  const disc = Math.sqrt(Math.max(0, (trace * trace) / 4 - det));
  const l1 = Math.max(0, trace / 2 + disc);
  const l2 = Math.max(0, trace / 2 - disc);
  const angle = Math.abs(sxy) < 1e-12 ? (sxx >= syy ? 0 : Math.PI / 2) : Math.atan2(l1 - sxx, sxy);
  const a = Math.sqrt(l1);
  const b = Math.sqrt(l2);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const ellipse: Point[] = [];
  for (let i = 0; i < segments; i++) {
    const t = (2 * Math.PI * i) / segments;
    const ex = a * Math.cos(t);
    const ey = b * Math.sin(t);
    ellipse.push({
      x: clamp(centre.x + ex * cos - ey * sin),
      y: clamp(centre.y + ex * sin + ey * cos),
    });
  }
  return { sd: { x: Math.sqrt(sxx), y: Math.sqrt(syy) }, hull: convexHull(points), ellipse };
}

/** Linear-interpolated quantile of an ascending list. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function mixStats(mixes: readonly Mix[]): Record<ReferenceId, MixStats> | null {
  if (mixes.length === 0) return null;
  const out = {} as Record<ReferenceId, MixStats>;
  for (const id of REFERENCE_IDS) {
    const values = mixes.map((m) => m[id]).sort((a, b) => a - b);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    out[id] = {
      mean,
      min: values[0]!,
      max: values[values.length - 1]!,
      q1: quantile(values, 0.25),
      median: quantile(values, 0.5),
      q3: quantile(values, 0.75),
    };
  }
  return out;
}

function meanMix(mixes: readonly Mix[]): Mix {
  const mix = emptyMix();
  for (const m of mixes) for (const id of REFERENCE_IDS) mix[id] += m[id] / mixes.length;
  return mix;
}

/**
 * Questions ranked by how much the group disagrees. «Vet ikke» and unanswered do not count as
 * opinions. Score = normalised entropy over the question's options; ties go to the question with
 * more answers, then catalogue order. Questions with fewer than two opinions score 0.
 */
export function disagreementRanking(
  catalogue: Catalogue,
  answerSets: readonly Answers[],
): QuestionDisagreement[] {
  const questions = scoredQuestions(catalogue);
  const ranked = questions.map((q, index) => {
    const counts = new Map<string, number>(q.options.map((o) => [o.id, 0]));
    let dontKnow = 0;
    for (const answers of answerSets) {
      const a = answers[q.id];
      if (a === undefined) continue;
      if (a === DONT_KNOW) dontKnow += 1;
      else if (counts.has(a)) counts.set(a, counts.get(a)! + 1);
    }
    let answered = 0;
    for (const c of counts.values()) answered += c;
    let entropy = 0;
    let maxShare = 0;
    const options: OptionCount[] = q.options.map((o) => {
      const count = counts.get(o.id)!;
      const share = answered === 0 ? 0 : count / answered;
      if (share > 0) entropy -= share * Math.log(share);
      maxShare = Math.max(maxShare, share);
      return { optionId: o.id, count, share };
    });
    const k = q.options.length;
    const normalised = answered < 2 || k < 2 ? 0 : entropy / Math.log(k);
    const disagreement: QuestionDisagreement = {
      questionId: q.id,
      score: normalised,
      entropy: normalised,
      minority: answered === 0 ? 0 : 1 - maxShare,
      answered,
      dontKnow,
      options,
    };
    return { disagreement, index };
  });
  ranked.sort(
    (a, b) =>
      b.disagreement.score - a.disagreement.score ||
      b.disagreement.answered - a.disagreement.answered ||
      a.index - b.index,
  );
  return ranked.map((r) => r.disagreement);
}

/** Everything the workshop shows about a group. O(participants × questions). */
export function aggregateGroup(
  catalogue: Catalogue,
  participants: readonly GroupParticipant[],
  /** The smallest role (or role group) shown on its own; never below 2. */
  minRoleSize: number = MIN_GROUP_SIZE,
): GroupAggregate {
  const minRole = clampThreshold(minRoleSize);
  const score = compileScorer(catalogue);
  const results: ParticipantResult[] = participants.map((p) => ({
    id: p.id,
    label: p.label,
    role: p.role,
    hidden: p.hidden ?? false,
    result: score(p.assessment.answers),
  }));
  const counted = results.filter((r) => !r.hidden && r.result !== null);
  const points = counted.map((r) => r.result!.point);

  const byRole = new Map<string, ParticipantResult[]>();
  for (const r of counted) {
    if (r.role === null) continue;
    const list = byRole.get(r.role) ?? [];
    list.push(r);
    byRole.set(r.role, list);
  }
  const roles: RoleGroup[] = [];
  let suppressedRoles = 0;
  for (const [role, list] of byRole) {
    if (list.length < minRole) {
      suppressedRoles += 1;
      continue;
    }
    roles.push({
      role,
      count: list.length,
      centre: meanPoint(list.map((r) => r.result!.point))!,
      mix: meanMix(list.map((r) => r.result!.mix)),
    });
  }

  const visible = participants.filter((p) => !(p.hidden ?? false));
  const countedIds = new Set(counted.map((r) => r.id));
  const countedParticipants = visible.filter((p) => countedIds.has(p.id));

  return {
    participants: results,
    counted,
    centre: meanPoint(points),
    spread: spreadOf(points),
    roles,
    minRoleSize: minRole,
    suppressedRoles,
    mix: mixStats(counted.map((r) => r.result!.mix)),
    disagreements: disagreementRanking(
      catalogue,
      countedParticipants.map((p) => p.assessment.answers),
    ),
    todayDesired: todayDesiredOf(countedParticipants, score),
  };
}

/** The group's today and desired centres, from the participants who answered both. */
export function todayDesiredOf(
  participants: readonly GroupParticipant[],
  score: (answers: Answers) => GroupScore | null,
): TodayDesired | null {
  const pairs: { today: GroupScore; desired: GroupScore }[] = [];
  for (const p of participants) {
    if (!p.desired) continue;
    const today = score(p.assessment.answers);
    const desired = score(p.desired);
    if (today && desired) pairs.push({ today, desired });
  }
  if (pairs.length === 0) return null;
  return {
    count: pairs.length,
    today: meanPoint(pairs.map((p) => p.today.point))!,
    desired: meanPoint(pairs.map((p) => p.desired.point))!,
    todayMix: meanMix(pairs.map((p) => p.today.mix)),
    desiredMix: meanMix(pairs.map((p) => p.desired.mix)),
  };
}
