import type { Answers } from './assessment-schema';
import { scoredQuestions, type Catalogue, type DimensionId } from './catalogue-schema';
import { REFERENCE_IDS, type ReferenceId } from './references';
import { contributions, mixOf, pointOfMix, type Mix, type Point } from './scoring';

/** Concrete steps drawn from the project's report; text lives in insight.actions.<id>. */
export const ACTION_IDS = [
  'felles-skranke',
  'henvisning',
  'generalist-spesialist',
  'felles-ansattgruppe',
  'harmoniser-arbeidstid',
  'husmoter',
  'felles-rom',
  'prosjekter-team',
  'digital-veiledning',
  'print-skann',
  'utstyrsutlan',
  'arrangementer',
  'tverrgaende-team',
  'felles-budsjett',
  'felles-ledelse',
  'gjensidig-avhengighet',
  'samlokalisering',
  'avklar-ansvar',
] as const;
export type ActionId = (typeof ACTION_IDS)[number];

/** What to watch; text lives in insight.risks.<id>. */
export const RISK_IDS = [
  'bibliotekets-frihet',
  'pac-man',
  'autonome-avdelinger',
  'ulike-avtaler',
  'avstander',
] as const;
export type RiskId = (typeof RISK_IDS)[number];

/** Per dimension: the actions that move it toward each model. */
export const GAP_ACTIONS: Record<DimensionId, Record<ReferenceId, readonly ActionId[]>> = {
  skranke: {
    totalt: ['felles-skranke', 'generalist-spesialist', 'henvisning'],
    'pac-man': ['henvisning', 'digital-veiledning'],
    'en-dor-inn': ['henvisning', 'husmoter'],
    hybrid: ['digital-veiledning', 'print-skann'],
    ingen: ['avklar-ansvar', 'henvisning'],
  },
  budsjett: {
    totalt: ['felles-budsjett', 'gjensidig-avhengighet'],
    hybrid: ['felles-budsjett', 'prosjekter-team'],
    'pac-man': ['felles-budsjett'],
    'en-dor-inn': ['husmoter', 'arrangementer'],
    ingen: ['avklar-ansvar'],
  },
  ledelse: {
    totalt: ['felles-ledelse', 'gjensidig-avhengighet'],
    hybrid: ['felles-ledelse', 'gjensidig-avhengighet', 'tverrgaende-team'],
    'pac-man': ['felles-ledelse'],
    'en-dor-inn': ['husmoter', 'felles-rom'],
    ingen: ['avklar-ansvar'],
  },
  lokalisering: {
    totalt: ['samlokalisering', 'felles-skranke'],
    'pac-man': ['samlokalisering'],
    'en-dor-inn': ['samlokalisering', 'husmoter', 'felles-rom'],
    hybrid: ['tverrgaende-team', 'prosjekter-team'],
    ingen: ['avklar-ansvar'],
  },
  ansatte: {
    totalt: ['felles-ansattgruppe', 'harmoniser-arbeidstid', 'generalist-spesialist'],
    'pac-man': ['generalist-spesialist', 'harmoniser-arbeidstid'],
    'en-dor-inn': ['felles-rom', 'husmoter'],
    hybrid: ['tverrgaende-team', 'prosjekter-team'],
    ingen: ['avklar-ansvar'],
  },
  digitalt: {
    totalt: ['digital-veiledning', 'print-skann', 'generalist-spesialist'],
    hybrid: ['digital-veiledning', 'print-skann'],
    'pac-man': ['digital-veiledning', 'print-skann'],
    'en-dor-inn': ['henvisning', 'digital-veiledning'],
    ingen: ['avklar-ansvar'],
  },
  samarbeid: {
    totalt: ['gjensidig-avhengighet', 'tverrgaende-team'],
    hybrid: ['prosjekter-team', 'tverrgaende-team', 'arrangementer', 'utstyrsutlan'],
    'en-dor-inn': ['husmoter', 'felles-rom', 'arrangementer'],
    'pac-man': ['utstyrsutlan', 'digital-veiledning'],
    ingen: ['avklar-ansvar'],
  },
};

/**
 * A risk applies when the goal moves toward one of `towards`: in a gap, when that is where the
 * dimension moves most (and the dimension is listed, if any are); overall, when any of those
 * models gains share.
 */
export type RiskRule = { id: RiskId; towards: readonly ReferenceId[]; dimensions?: DimensionId[] };

export const RISK_RULES: readonly RiskRule[] = [
  // Resident survey (1 in 4: joining the services challenges the library's independence) and staff
  // survey (64 %: the library's free role is challenged); see sourced-claims.ts.
  { id: 'bibliotekets-frihet', towards: ['totalt', 'pac-man', 'en-dor-inn'] },
  { id: 'pac-man', towards: ['pac-man'] },
  // Drammen: little mutual dependency, so the departments work more as autonomous departments.
  { id: 'autonome-avdelinger', towards: ['hybrid'] },
  { id: 'ulike-avtaler', towards: ['totalt', 'pac-man'], dimensions: ['ansatte'] },
  { id: 'avstander', towards: ['en-dor-inn'], dimensions: ['lokalisering'] },
];

/** A model must gain at least this share overall before its risks are raised. */
export const MIN_SHIFT = 0.03;

export type Gap = {
  dimension: DimensionId;
  today: Mix | null;
  desired: Mix | null;
  todayPoint: Point | null;
  desiredPoint: Point | null;
  /**
   * The share of the dimension's mix that has to move (half the L1 distance), 0–1; null when one
   * side has no answers in this dimension.
   */
  distance: number | null;
  /** The model that gains most in this dimension. */
  towards: ReferenceId | null;
  /** Questions in the dimension answered differently. */
  changed: string[];
  actions: readonly ActionId[];
  risks: RiskId[];
};

export function mixDistance(a: Mix, b: Mix): number {
  return REFERENCE_IDS.reduce((sum, id) => sum + Math.abs(a[id] - b[id]), 0) / 2;
}

/** The model whose share grows most from a to b, or null when none grows. */
export function mostGained(a: Mix, b: Mix): ReferenceId | null {
  let best: ReferenceId | null = null;
  let gain = 1e-9;
  for (const id of REFERENCE_IDS) {
    if (b[id] - a[id] > gain) {
      gain = b[id] - a[id];
      best = id;
    }
  }
  return best;
}

/**
 * The dimensions ordered by how far today is from the goal (largest first; dimensions one side
 * has not answered come last, then catalogue order), each with actions and risks.
 */
export function gapsBetween(catalogue: Catalogue, today: Answers, desired: Answers): Gap[] {
  const questions = scoredQuestions(catalogue);
  const gaps = catalogue.dimensions.map((d, index): Gap & { index: number } => {
    const inDimension = questions.filter((q) => q.dimension === d.id);
    const t = mixOf(contributions(inDimension, today));
    const w = mixOf(contributions(inDimension, desired));
    const distance = t && w ? mixDistance(t, w) : null;
    const towards = t && w && distance! > 1e-9 ? mostGained(t, w) : null;
    return {
      index,
      dimension: d.id,
      today: t,
      desired: w,
      todayPoint: t && pointOfMix(t),
      desiredPoint: w && pointOfMix(w),
      distance,
      towards,
      changed: inDimension.filter((q) => today[q.id] !== desired[q.id]).map((q) => q.id),
      actions: towards ? GAP_ACTIONS[d.id][towards] : [],
      risks: towards
        ? RISK_RULES.filter(
            (r) => r.towards.includes(towards) && (!r.dimensions || r.dimensions.includes(d.id)),
          ).map((r) => r.id)
        : [],
    };
  });
  return gaps
    .sort((a, b) => (b.distance ?? -1) - (a.distance ?? -1) || a.index - b.index)
    .map(({ index: _index, ...gap }) => gap);
}

/** Risks for the whole move from today to the goal: rules whose models gain share. */
export function overallRisks(today: Mix, desired: Mix): RiskId[] {
  return RISK_RULES.filter(
    (r) => !r.dimensions && r.towards.some((id) => desired[id] - today[id] >= MIN_SHIFT),
  ).map((r) => r.id);
}
