import type { Reference } from '../domain/reference-schema';
import { REFERENCES, type ReferenceId } from '../domain/references';
import type { Point } from '../domain/scoring';

/** Each reference has its own shape, so the models are told apart without colour. */
export type MapShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'star';

export const REFERENCE_SHAPES: Record<ReferenceId, MapShape> = {
  ingen: 'circle',
  'en-dor-inn': 'square',
  hybrid: 'triangle',
  totalt: 'diamond',
  'pac-man': 'star',
};

export const AXIS_MIN = 0;
export const AXIS_MAX = 100;

export type MarkerKind =
  'current' | 'desired' | 'ghost' | 'snapshot' | 'participant' | 'group' | 'role';

export type ArrowKind = 'change' | 'what-if' | 'trajectory';
export type RegionKind = 'uncertainty' | 'spread';

export type MapMarkerInput = {
  id: string;
  /** Already translated by the caller: the domain knows no language. */
  label: string;
  point: Point;
  kind: MarkerKind;
  /** Draw the label next to the point; the data table always has it. Default: see LABELLED. */
  showLabel?: boolean;
};

export type MapArrowInput = { id?: string; from: Point; to: Point; kind: ArrowKind };

export type MapRegionInput = {
  id?: string;
  /** A closed polygon (at least three points) in axis units. */
  points: Point[];
  kind: RegionKind;
  label: string;
};

export type MapReferenceMark = {
  id: ReferenceId;
  position: Point;
  warned: boolean;
  shape: MapShape;
  /** Which side of the mark its name goes, so names stay inside the plot. */
  labelSide: 'left' | 'right';
};

export type MapMarker = Required<MapMarkerInput>;
export type MapArrow = Required<MapArrowInput>;
export type MapRegion = Required<MapRegionInput>;

export type MapData = {
  references: MapReferenceMark[];
  /** In drawing order: crowds first, the organisation's own point last (on top). */
  markers: MapMarker[];
  arrows: MapArrow[];
  regions: MapRegion[];
};

// Lower draws first; the organisation's point must never be hidden under a crowd.
const DRAW_ORDER: Record<MarkerKind, number> = {
  participant: 0,
  snapshot: 1,
  ghost: 2,
  role: 3,
  group: 4,
  desired: 5,
  current: 6,
};

// Crowds of points would bury the map in text, so they are unlabelled unless asked.
const LABELLED: Record<MarkerKind, boolean> = {
  participant: false,
  snapshot: false,
  ghost: true,
  role: true,
  group: true,
  desired: true,
  current: true,
};

export function clampPoint(p: Point): Point {
  const clamp = (v: number) => Math.min(AXIS_MAX, Math.max(AXIS_MIN, Number.isFinite(v) ? v : 0));
  return { x: clamp(p.x), y: clamp(p.y) };
}

/**
 * Everything the model map draws, for any caller: the results page (one point), insight (today →
 * desired, what-if ghost, snapshot trajectory, uncertainty region) and the workshop (participants,
 * group centre, spread, role centres). Points are clamped to the axes; zero-length arrows and
 * degenerate regions are dropped because they would draw nothing meaningful.
 */
export function toMapData({
  markers = [],
  arrows = [],
  regions = [],
  references = REFERENCES,
}: {
  markers?: readonly MapMarkerInput[];
  arrows?: readonly MapArrowInput[];
  regions?: readonly MapRegionInput[];
  references?: readonly Reference[];
} = {}): MapData {
  return {
    references: references.map((r) => ({
      id: r.id,
      position: clampPoint(r.position),
      warned: r.warned,
      shape: REFERENCE_SHAPES[r.id],
      labelSide: r.position.x > 60 ? 'left' : 'right',
    })),
    markers: markers
      .map((m) => ({
        id: m.id,
        label: m.label,
        point: clampPoint(m.point),
        kind: m.kind,
        showLabel: m.showLabel ?? LABELLED[m.kind],
      }))
      .sort((a, b) => DRAW_ORDER[a.kind] - DRAW_ORDER[b.kind]),
    arrows: arrows
      .map((a, i) => ({
        id: a.id ?? `arrow-${i}`,
        from: clampPoint(a.from),
        to: clampPoint(a.to),
        kind: a.kind,
      }))
      .filter((a) => Math.hypot(a.to.x - a.from.x, a.to.y - a.from.y) >= 0.5),
    regions: regions
      .map((r, i) => ({
        id: r.id ?? `region-${i}`,
        points: r.points.map(clampPoint),
        kind: r.kind,
        label: r.label,
      }))
      .filter((r) => r.points.length >= 3 && Math.abs(polygonArea(r.points)) > 0.01),
  };
}

/** Arrows joining points in order (e.g. snapshots oldest → newest). */
export function trajectoryArrows(points: readonly Point[]): MapArrowInput[] {
  return points.slice(1).map((to, i) => ({ from: points[i]!, to, kind: 'trajectory' }));
}

function polygonArea(points: readonly Point[]): number {
  let sum = 0;
  points.forEach((p, i) => {
    const q = points[(i + 1) % points.length]!;
    sum += p.x * q.y - q.x * p.y;
  });
  return sum / 2;
}
