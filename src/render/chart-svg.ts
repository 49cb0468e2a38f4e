import type { ReferenceId } from '../domain/references';
import type { MapData, MapShape, MarkerKind } from './to-map-data';
import type { MixRow } from './to-mix-data';
import { escapeXml } from '../domain/xml';

/**
 * Self-contained SVG files of the charts, built as strings (no DOM, no React) so the same code
 * makes downloads, slide images and the PDF's vector charts. Every text the caller passes is
 * translated already and is XML-escaped here; nothing is loaded from outside the file.
 */

/** A generic stack that every system has a metric-compatible face for, so files look the same. */
export const SVG_FONT = "Arial, Helvetica, 'Liberation Sans', sans-serif";

/** The one colour table, for files and the on-screen charts alike (ui/charts/chart-style.ts); each ≥ 5:1 on white. */
export const REFERENCE_COLOURS: Record<ReferenceId, string> = {
  ingen: '#6b6b6b',
  'en-dor-inn': '#0072b2',
  hybrid: '#007a5e',
  totalt: '#8e4585',
  'pac-man': '#b3261e',
};
export const INK = '#1a1a1a';
const MUTED = '#4d4d4d';
const GRID = '#d9d9d9';

export type ChartMeta = {
  title: string;
  /** e.g. "Indre Østfold · 4. januar 2025". */
  subtitle: string;
  /** e.g. "Spørsmål 1.0.0 · Beregning 1". */
  versions: string;
  /** One line on how the chart is made. */
  method: string;
  /** Plain-language description, stored as the SVG's <desc>. */
  description?: string;
};

/** The drawing of a chart without its title and footer; `standaloneSvg` and `slideSvg` frame it. */
export type ChartBody = { width: number; height: number; body: string };

type Box = { x: number; y: number; w: number; h: number };

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Rough width of a line of Arial text, enough to keep labels apart. */
function textWidth(content: string, size: number): number {
  return content.length * size * 0.56;
}

const n = (v: number) => (Math.round(v * 10) / 10).toString();

/** Splits text into lines that fit `width` at `size` (Arial averages about 0.55 em a character). */
export function wrapLines(text: string, width: number, size: number, maxLines = 2): string[] {
  const perLine = Math.max(8, Math.floor(width / (size * 0.55)));
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine) line = next;
    else {
      if (line) lines.push(line);
      line = word.length > perLine ? word.slice(0, perLine - 1) + '…' : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1]!;
    kept[maxLines - 1] = (last.length >= perLine ? last.slice(0, perLine - 1) : last) + '…';
    return kept;
  }
  return lines;
}

type TextOptions = {
  size: number;
  weight?: 'bold' | 'normal';
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  transform?: string;
};

function text(x: number, y: number, content: string, o: TextOptions): string {
  const attrs = [
    `x="${n(x)}"`,
    `y="${n(y)}"`,
    `font-size="${o.size}"`,
    `fill="${o.fill ?? INK}"`,
    // Always explicit: PDF converters otherwise inherit the weight from whatever came before.
    `font-weight="${o.weight ?? 'normal'}"`,
    o.anchor && o.anchor !== 'start' ? `text-anchor="${o.anchor}"` : '',
    o.transform ? `transform="${o.transform}"` : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeXml(content)}</text>`;
}

function textLines(
  x: number,
  y: number,
  lines: string[],
  o: TextOptions & { lineHeight: number },
): string {
  return lines.map((line, i) => text(x, y + i * o.lineHeight, line, o)).join('');
}

/** A reference's mark: each model has its own shape, so the chart reads without colour. */
export function shapeSvg(shape: MapShape, cx: number, cy: number, r: number, fill: string): string {
  const stroke = `stroke="#ffffff" stroke-width="${n(r * 0.2)}"`;
  switch (shape) {
    case 'circle':
      return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}" ${stroke}/>`;
    case 'square':
      return `<rect x="${n(cx - r * 0.9)}" y="${n(cy - r * 0.9)}" width="${n(r * 1.8)}" height="${n(r * 1.8)}" fill="${fill}" ${stroke}/>`;
    case 'triangle':
      return `<polygon points="${n(cx)},${n(cy - r * 1.1)} ${n(cx + r)},${n(cy + r * 0.8)} ${n(cx - r)},${n(cy + r * 0.8)}" fill="${fill}" ${stroke}/>`;
    case 'diamond':
      return `<polygon points="${n(cx)},${n(cy - r * 1.2)} ${n(cx + r * 1.1)},${n(cy)} ${n(cx)},${n(cy + r * 1.2)} ${n(cx - r * 1.1)},${n(cy)}" fill="${fill}" ${stroke}/>`;
    case 'star': {
      const points = Array.from({ length: 10 }, (_, i) => {
        const radius = i % 2 === 0 ? r * 1.25 : r * 0.55;
        const angle = (Math.PI / 5) * i - Math.PI / 2;
        return `${n(cx + radius * Math.cos(angle))},${n(cy + radius * Math.sin(angle))}`;
      });
      return `<polygon points="${points.join(' ')}" fill="${fill}" ${stroke}/>`;
    }
  }
}

const MARKER_STYLE: Record<string, { fill: string; ring: string; dashed?: boolean }> = {
  current: { fill: INK, ring: '#ffffff' },
  desired: { fill: '#ffffff', ring: INK, dashed: true },
  ghost: { fill: '#ffffff', ring: MUTED, dashed: true },
  snapshot: { fill: '#8c8c8c', ring: '#ffffff' },
  participant: { fill: '#7a7a7a', ring: '#ffffff' },
  group: { fill: INK, ring: '#ffffff' },
  role: { fill: '#404040', ring: '#ffffff' },
};

function markerSvg(kind: string, cx: number, cy: number, r: number): string {
  const style = MARKER_STYLE[kind] ?? MARKER_STYLE.current!;
  return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${style.fill}" stroke="${style.ring}" stroke-width="${n(r * 0.35)}"${style.dashed ? ' stroke-dasharray="3 2"' : ''}/>${style.dashed ? '' : `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r * 1.45)}" fill="none" stroke="${INK}" stroke-width="1.5"/>`}`;
}

export type MapSvgInput = {
  data: MapData;
  names: Record<ReferenceId, string>;
  axes: { x: string; y: string; xHint: string; yHint: string };
  legendTitle: string;
  /** Added after a warned model's name, e.g. "advart mot". */
  warnedLabel: string;
  /**
   * The legend's name for a kind of point, where its points are labelled one by one (each role's
   * centre); otherwise the legend takes the first such point's label.
   */
  kindLabels?: Partial<Record<MarkerKind, string>>;
};

/** The model map: the two axes, the five references, the organisation's point(s) and a legend. */
export function mapChart(input: MapSvgInput): ChartBody {
  const plot = { left: 96, top: 24, size: 540 };
  const px = (x: number) => plot.left + (x / 100) * plot.size;
  const py = (y: number) => plot.top + plot.size - (y / 100) * plot.size;
  const parts: string[] = [];

  parts.push(
    `<rect x="${plot.left}" y="${plot.top}" width="${plot.size}" height="${plot.size}" fill="#fafafa" stroke="${MUTED}" stroke-width="1"/>`,
  );
  for (const v of [25, 50, 75]) {
    parts.push(
      `<line x1="${n(px(v))}" y1="${plot.top}" x2="${n(px(v))}" y2="${plot.top + plot.size}" stroke="${GRID}" stroke-width="1"/>`,
      `<line x1="${plot.left}" y1="${n(py(v))}" x2="${plot.left + plot.size}" y2="${n(py(v))}" stroke="${GRID}" stroke-width="1"/>`,
    );
  }
  for (const v of [0, 50, 100]) {
    parts.push(
      text(px(v), plot.top + plot.size + 20, String(v), {
        size: 13,
        fill: MUTED,
        anchor: 'middle',
      }),
      text(plot.left - 8, py(v) + 4, String(v), { size: 13, fill: MUTED, anchor: 'end' }),
    );
  }
  const bottom = plot.top + plot.size;
  parts.push(
    text(px(50), bottom + 44, input.axes.x, { size: 16, weight: 'bold', anchor: 'middle' }),
    text(px(50), bottom + 64, input.axes.xHint, { size: 13, fill: MUTED, anchor: 'middle' }),
    text(0, 0, input.axes.y, {
      size: 16,
      weight: 'bold',
      anchor: 'middle',
      transform: `translate(40 ${n(py(50))}) rotate(-90)`,
    }),
    text(0, 0, input.axes.yHint, {
      size: 13,
      fill: MUTED,
      anchor: 'middle',
      transform: `translate(60 ${n(py(50))}) rotate(-90)`,
    }),
  );

  for (const region of input.data.regions) {
    const points = region.points.map((p) => `${n(px(p.x))},${n(py(p.y))}`).join(' ');
    parts.push(
      `<polygon points="${points}" fill="#1b63a5" fill-opacity="0.12" stroke="#1b63a5" stroke-dasharray="4 3"/>`,
    );
  }
  for (const ref of input.data.references) {
    const cx = px(ref.position.x);
    const cy = py(ref.position.y);
    parts.push(shapeSvg(ref.shape, cx, cy, 10, REFERENCE_COLOURS[ref.id]));
    const name = input.names[ref.id];
    const left = ref.labelSide === 'left';
    // Labels at the top edge go below the mark so they stay inside the plot.
    const dy = ref.position.y > 92 ? 30 : ref.position.y < 8 ? -18 : 5;
    parts.push(
      text(cx + (left ? -16 : 16), cy + dy, name, {
        size: 14,
        weight: 'bold',
        fill: REFERENCE_COLOURS[ref.id],
        anchor: left ? 'end' : 'start',
      }),
    );
  }
  for (const arrow of input.data.arrows) {
    const x1 = px(arrow.from.x);
    const y1 = py(arrow.from.y);
    const x2 = px(arrow.to.x);
    const y2 = py(arrow.to.y);
    const angle = Math.atan2(y2 - y1, x2 - x1);
    // Stop short of the target marker so the head stays visible.
    const ex = x2 - Math.cos(angle) * 12;
    const ey = y2 - Math.sin(angle) * 12;
    const head = [angle - 0.45, angle + 0.45]
      .map((a) => `${n(ex - Math.cos(a) * 12)},${n(ey - Math.sin(a) * 12)}`)
      .join(' ');
    parts.push(
      `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(ex)}" y2="${n(ey)}" stroke="${INK}" stroke-width="2.5"${arrow.kind === 'what-if' ? ' stroke-dasharray="6 4"' : ''}/>`,
      `<polygon points="${n(ex)},${n(ey)} ${head}" fill="${INK}"/>`,
    );
  }
  // Label boxes already taken (reference names), so marker labels are put where they stay legible.
  const taken: Box[] = input.data.references.map((ref) => {
    const cx = px(ref.position.x);
    const cy = py(ref.position.y);
    const dy = ref.position.y > 92 ? 30 : ref.position.y < 8 ? -18 : 5;
    const w = textWidth(input.names[ref.id], 14);
    const x = ref.labelSide === 'left' ? cx - 16 - w : cx + 16;
    return { x: Math.min(x, cx - 12), y: cy + dy - 14, w: w + 28, h: 20 };
  });
  for (const marker of input.data.markers) {
    const cx = px(marker.point.x);
    const cy = py(marker.point.y);
    parts.push(markerSvg(marker.kind, cx, cy, marker.kind === 'participant' ? 5 : 9));
    if (!marker.showLabel) continue;
    const w = textWidth(marker.label, 15);
    const preferLeft = marker.point.x > 60;
    const candidates = [
      { dx: preferLeft ? -18 - w : 18, dy: -12 },
      { dx: preferLeft ? -18 - w : 18, dy: 26 },
      { dx: preferLeft ? 18 : -18 - w, dy: -12 },
      { dx: preferLeft ? 18 : -18 - w, dy: 26 },
    ]
      .map((c) => ({ ...c, box: { x: cx + c.dx, y: cy + c.dy - 15, w, h: 20 } }))
      .filter((c) => c.box.x >= plot.left - 40 && c.box.x + w <= plot.left + plot.size + 30);
    const spot = candidates.find((c) => !taken.some((b) => overlaps(b, c.box))) ?? candidates[0];
    if (!spot) continue;
    taken.push(spot.box);
    parts.push(
      `<g>${text(cx + spot.dx, cy + spot.dy, marker.label, { size: 15, weight: 'bold' })}</g>`,
    );
  }

  // Legend on the right: every reference's shape and name, then the kinds of point shown.
  const lx = plot.left + plot.size + 36;
  let ly = plot.top + 8;
  const legend: string[] = [text(lx, ly + 6, input.legendTitle, { size: 16, weight: 'bold' })];
  ly += 34;
  for (const ref of input.data.references) {
    legend.push(shapeSvg(ref.shape, lx + 9, ly, 8, REFERENCE_COLOURS[ref.id]));
    const label = ref.warned
      ? `${input.names[ref.id]} (${input.warnedLabel})`
      : input.names[ref.id];
    const lines = wrapLines(label, 230, 14);
    legend.push(textLines(lx + 26, ly + 5, lines, { size: 14, lineHeight: 18 }));
    ly += 14 + lines.length * 18;
  }
  const kinds = new Map<string, string>();
  for (const m of input.data.markers) {
    if (!kinds.has(m.kind)) kinds.set(m.kind, input.kindLabels?.[m.kind] ?? m.label);
  }
  for (const [kind, label] of kinds) {
    ly += 4;
    legend.push(markerSvg(kind, lx + 9, ly, 7));
    const lines = wrapLines(label, 230, 14);
    legend.push(textLines(lx + 26, ly + 5, lines, { size: 14, lineHeight: 18 }));
    ly += 14 + lines.length * 18;
  }
  parts.push(`<g class="legend">${legend.join('')}</g>`);
  return { width: 960, height: plot.top + plot.size + 80, body: parts.join('') };
}

export type MixSvgInput = {
  rows: MixRow[];
  names: Record<ReferenceId, string>;
  /** Formatted shares in the user's language, e.g. "58 %". */
  percentLabels: Record<ReferenceId, string>;
  legendTitle: string;
  warnedLabel: string;
};

/** The model mix as horizontal bars, largest first, with the shares written out. */
export function mixChart(input: MixSvgInput): ChartBody {
  const labelWidth = 300;
  const barLeft = 24 + labelWidth;
  const barMax = 520;
  const rowHeight = 56;
  const parts: string[] = [];
  input.rows.forEach((row, i) => {
    const y = 24 + i * rowHeight;
    const colour = REFERENCE_COLOURS[row.id];
    parts.push(shapeSvg(row.shape, 36, y + 18, 9, colour));
    const name = row.warned ? `${input.names[row.id]} (${input.warnedLabel})` : input.names[row.id];
    parts.push(
      textLines(
        56,
        y + (wrapLines(name, labelWidth - 40, 16).length > 1 ? 14 : 23),
        wrapLines(name, labelWidth - 40, 16),
        {
          size: 16,
          weight: row.rank === 1 ? 'bold' : 'normal',
          lineHeight: 19,
        },
      ),
    );
    parts.push(
      `<rect x="${barLeft}" y="${y + 4}" width="${barMax}" height="28" fill="#f0f0f0"/>`,
      `<rect x="${barLeft}" y="${y + 4}" width="${n(Math.max(0, Math.min(1, row.share)) * barMax)}" height="28" fill="${colour}"/>`,
      text(barLeft + barMax + 14, y + 24, input.percentLabels[row.id], {
        size: 18,
        weight: 'bold',
      }),
    );
  });
  const legendY = 24 + input.rows.length * rowHeight + 16;
  const legend: string[] = [text(24, legendY, input.legendTitle, { size: 14, weight: 'bold' })];
  let lx = 24;
  input.rows.forEach((row) => {
    const label = input.names[row.id];
    legend.push(shapeSvg(row.shape, lx + 8, legendY + 24, 7, REFERENCE_COLOURS[row.id]));
    legend.push(text(lx + 22, legendY + 29, label, { size: 13 }));
    lx += 48 + label.length * 7.5;
  });
  parts.push(`<g class="legend">${legend.join('')}</g>`);
  return { width: 960, height: legendY + 48, body: parts.join('') };
}

export type DimensionSvgRow = {
  title: string;
  leaning: ReferenceId | null;
  share: number | null;
  /** e.g. "72 %". */
  shareLabel: string;
  /** e.g. "3 av 4". */
  answeredLabel: string;
};

export type DimensionSvgInput = {
  rows: DimensionSvgRow[];
  names: Record<ReferenceId, string>;
  shapes: Record<ReferenceId, MapShape>;
  columns: { dimension: string; leaning: string; share: string; answered: string };
  /** Shown for a dimension without answers. */
  noneLabel: string;
  legendTitle: string;
};

/** Per dimension: which model it leans to and how strongly. */
export function dimensionChart(input: DimensionSvgInput): ChartBody {
  const cols = { dimension: 24, leaning: 300, bar: 560, answered: 840 };
  const rowHeight = 48;
  const parts: string[] = [
    text(cols.dimension, 28, input.columns.dimension, { size: 14, weight: 'bold', fill: MUTED }),
    text(cols.leaning, 28, input.columns.leaning, { size: 14, weight: 'bold', fill: MUTED }),
    text(cols.bar, 28, input.columns.share, { size: 14, weight: 'bold', fill: MUTED }),
    text(cols.answered, 28, input.columns.answered, { size: 14, weight: 'bold', fill: MUTED }),
    `<line x1="24" y1="40" x2="936" y2="40" stroke="${MUTED}"/>`,
  ];
  input.rows.forEach((row, i) => {
    const y = 44 + i * rowHeight;
    const mid = y + rowHeight / 2;
    if (i % 2 === 1)
      parts.push(`<rect x="24" y="${y}" width="912" height="${rowHeight}" fill="#f6f6f6"/>`);
    parts.push(
      text(cols.dimension, mid + 5, wrapLines(row.title, 260, 16, 1)[0] ?? '', { size: 16 }),
    );
    if (row.leaning) {
      const colour = REFERENCE_COLOURS[row.leaning];
      parts.push(
        shapeSvg(input.shapes[row.leaning], cols.leaning + 8, mid, 7, colour),
        text(cols.leaning + 24, mid + 5, wrapLines(input.names[row.leaning], 220, 15, 1)[0] ?? '', {
          size: 15,
          weight: 'bold',
          fill: colour,
        }),
        `<rect x="${cols.bar}" y="${mid - 10}" width="200" height="20" fill="#ececec"/>`,
        `<rect x="${cols.bar}" y="${mid - 10}" width="${n(Math.max(0, Math.min(1, row.share ?? 0)) * 200)}" height="20" fill="${colour}"/>`,
        text(cols.bar + 212, mid + 5, row.shareLabel, { size: 15 }),
      );
    } else {
      parts.push(text(cols.leaning, mid + 5, input.noneLabel, { size: 15, fill: MUTED }));
    }
    parts.push(text(cols.answered, mid + 5, row.answeredLabel, { size: 15 }));
  });
  const legendY = 44 + input.rows.length * rowHeight + 32;
  const legend: string[] = [text(24, legendY, input.legendTitle, { size: 14, weight: 'bold' })];
  let lx = 24;
  for (const id of Object.keys(input.names) as ReferenceId[]) {
    const label = input.names[id];
    legend.push(shapeSvg(input.shapes[id], lx + 8, legendY + 24, 7, REFERENCE_COLOURS[id]));
    legend.push(text(lx + 22, legendY + 29, label, { size: 13 }));
    lx += 48 + label.length * 7.5;
  }
  parts.push(`<g class="legend">${legend.join('')}</g>`);
  return { width: 960, height: legendY + 48, body: parts.join('') };
}

function svgRoot(width: number, height: number, meta: ChartMeta, content: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="mk-title mk-desc" font-family="${SVG_FONT}">` +
    `<title id="mk-title">${escapeXml(meta.title)}</title>` +
    `<desc id="mk-desc">${escapeXml(meta.description ?? meta.method)}</desc>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    content +
    `</svg>`
  );
}

/** One file that stands on its own: title, municipality and date above; versions and method below. */
export function standaloneSvg(chart: ChartBody, meta: ChartMeta): string {
  const header = 96;
  const methodLines = wrapLines(meta.method, chart.width - 48, 13, 2);
  const footer = 40 + methodLines.length * 18;
  const width = chart.width;
  const height = header + chart.height + footer;
  const titleLines = wrapLines(meta.title, width - 48, 26, 1);
  const content =
    text(24, 40, titleLines[0] ?? '', { size: 26, weight: 'bold' }) +
    text(24, 72, meta.subtitle, { size: 17, fill: MUTED }) +
    `<g transform="translate(0 ${header})">${chart.body}</g>` +
    `<line x1="24" y1="${header + chart.height + 8}" x2="${width - 24}" y2="${header + chart.height + 8}" stroke="${GRID}"/>` +
    text(24, header + chart.height + 30, meta.versions, { size: 13, fill: MUTED }) +
    textLines(24, header + chart.height + 50, methodLines, {
      size: 13,
      fill: MUTED,
      lineHeight: 18,
    });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svgRoot(width, height, meta, content)}`;
}

export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;

/** A 16:9 slide: big title, the chart scaled to fit, and a footer with versions and method. */
export function slideSvg(chart: ChartBody, meta: ChartMeta, footer: string): string {
  const box = { x: 96, y: 200, width: SLIDE_WIDTH - 192, height: 760 };
  const scale = Math.min(box.width / chart.width, box.height / chart.height);
  const w = chart.width * scale;
  const h = chart.height * scale;
  const x = box.x + (box.width - w) / 2;
  const y = box.y + (box.height - h) / 2;
  const content =
    text(96, 112, wrapLines(meta.title, SLIDE_WIDTH - 192, 60, 1)[0] ?? '', {
      size: 60,
      weight: 'bold',
    }) +
    text(96, 168, meta.subtitle, { size: 32, fill: MUTED }) +
    `<g transform="translate(${n(x)} ${n(y)}) scale(${scale.toFixed(4)})">${chart.body}</g>` +
    `<line x1="96" y1="992" x2="${SLIDE_WIDTH - 96}" y2="992" stroke="${GRID}" stroke-width="2"/>` +
    text(96, 1032, footer, { size: 24, fill: MUTED }) +
    text(96, 1062, wrapLines(meta.method, SLIDE_WIDTH - 192, 20, 1)[0] ?? '', {
      size: 20,
      fill: MUTED,
    });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svgRoot(SLIDE_WIDTH, SLIDE_HEIGHT, meta, content)}`;
}

/** Reads width and height from an SVG made here, for sizing PNGs. */
export function svgSize(svg: string): { width: number; height: number } {
  const match = /<svg[^>]*\swidth="(\d+(?:\.\d+)?)"[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg);
  return match
    ? { width: Number(match[1]), height: Number(match[2]) }
    : { width: 960, height: 720 };
}
