/** A tiny greedy label placer, so names on the map do not cover each other or the points. */
export type Box = { x0: number; y0: number; x1: number; y1: number };
export type Side =
  | 'right'
  | 'left'
  | 'above'
  | 'below'
  | 'right-up'
  | 'right-down'
  | 'left-up'
  | 'left-down'
  | 'above-start'
  | 'above-end'
  | 'below-start'
  | 'below-end';

export type LabelRequest = {
  id: string;
  /** Centre of the mark the label belongs to, and the mark's radius. */
  cx: number;
  cy: number;
  r: number;
  width: number;
  height: number;
  /** Preferred sides, best first. */
  sides: Side[];
};

export type LabelPlacement = {
  /** Anchor point for the first line's baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
};

const GAP = 6;

/** Rough text width in px for the map's sans-serif labels. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.58 + 4;
}

function candidate(req: LabelRequest, side: Side, fontSize: number): LabelPlacement {
  const { cx, cy, r, width: w, height: h } = req;
  const [main, shift] = side.split('-') as [string, string | undefined];
  const at = (x0: number, y0: number, anchor: LabelPlacement['anchor']): LabelPlacement => {
    const x = anchor === 'start' ? x0 : anchor === 'end' ? x0 + w : x0 + w / 2;
    return { x, y: y0 + fontSize * 0.85, anchor, box: { x0, y0, x1: x0 + w, y1: y0 + h } };
  };
  const line = fontSize * 1.2;
  if (main === 'right' || main === 'left') {
    // Beside the mark, optionally nudged up or down by a line to clear a neighbour.
    const nudge = shift === 'up' ? -line : shift === 'down' ? line : 0;
    const y0 = cy - line / 2 + nudge;
    return main === 'right' ? at(cx + r + GAP, y0, 'start') : at(cx - r - GAP - w, y0, 'end');
  }
  const y0 = main === 'above' ? cy - r - GAP / 2 - h : cy + r + GAP / 2;
  // above-end: the label ends at the mark's right edge (good in a right-hand corner).
  if (shift === 'end') return at(cx + r - w, y0, 'end');
  if (shift === 'start') return at(cx - r, y0, 'start');
  return at(cx - w / 2, y0, 'middle');
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

function outside(a: Box, bounds: Box): number {
  const inner = {
    x0: Math.max(a.x0, bounds.x0),
    y0: Math.max(a.y0, bounds.y0),
    x1: Math.min(a.x1, bounds.x1),
    y1: Math.min(a.y1, bounds.y1),
  };
  const area = (b: Box) => Math.max(0, b.x1 - b.x0) * Math.max(0, b.y1 - b.y0);
  return area(a) - area(inner);
}

/**
 * Places labels in order (most important first): each takes its first preferred side that stays
 * inside the bounds and clear of the marks and earlier labels, else the side that collides least.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
  bounds: Box,
  fontSize = 13,
): Map<string, LabelPlacement> {
  const placed = new Map<string, LabelPlacement>();
  const taken: Box[] = [...obstacles];
  for (const req of requests) {
    let best: LabelPlacement | null = null;
    let bestCost = Infinity;
    req.sides.forEach((side, i) => {
      const c = candidate(req, side, fontSize);
      const cost =
        taken.reduce((sum, box) => sum + overlap(c.box, box), 0) * 10 +
        outside(c.box, bounds) * 20 +
        i; // a small nudge towards the preferred order
      if (cost < bestCost) {
        best = c;
        bestCost = cost;
      }
    });
    placed.set(req.id, best!);
    taken.push(best!.box);
  }
  return placed;
}
