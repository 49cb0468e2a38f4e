import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';
import { referenceById } from '../../domain/references';
import type { Point } from '../../domain/scoring';
import {
  AXIS_MAX,
  AXIS_MIN,
  type ArrowKind,
  type MapData,
  type MapMarker,
  type MarkerKind,
} from '../../render/to-map-data';
import { formatNumber } from '../../i18n/format';
import { useLocale, useLocalized, useT } from '../../i18n/use-t';
import { ChartFigure } from './chart-figure';
import { INK, REFERENCE_COLORS, WARNING } from './chart-style';
import { DataTable } from './data-table';
import { placeLabels, textWidth, type Box, type LabelRequest } from './label-layout';
import { ShapeIcon, ShapeMark } from './shape-mark';

export type ModelMapProps = {
  data: MapData;
  title: string;
  /** A plain-language sentence about where the points lie. */
  summary: string;
  actions?: ReactNode;
  titleAs?: 'h2' | 'h3' | 'h4';
};

const TICKS = [0, 25, 50, 75, 100];
// Room around the plot for tick values, axis names and labels that stick out.
const MARGIN = { top: 34, right: 20, bottom: 66, left: 60 };
// Without tick values (a slide): room for the axis names alone.
const BARE_MARGIN = { top: 34, right: 20, bottom: 34, left: 30 };
const MIN_WIDTH = 240;

/**
 * The model map: x = samorganisering, y = samlokalisering, the five references by shape, colour
 * and name, and whatever markers, arrows and regions the caller puts in MapData.
 */
export function ModelMap({ data, title, summary, actions, titleAs }: ModelMapProps) {
  const t = useT();
  const locale = useLocale();
  const local = useLocalized();
  const num = (v: number) => formatNumber(locale, v);

  const table = (
    <DataTable
      caption={t('results.charts.mapTable.caption')}
      columns={[
        { key: 'point', label: t('results.charts.mapTable.point') },
        { key: 'kind', label: t('results.charts.mapTable.kind') },
        { key: 'x', label: t('results.charts.mapTable.x'), numeric: true },
        { key: 'y', label: t('results.charts.mapTable.y'), numeric: true },
      ]}
      rows={[
        ...[...data.markers].reverse().map((m) => ({
          key: `m-${m.id}`,
          cells: [m.label, t(`results.charts.kinds.${m.kind}`), num(m.point.x), num(m.point.y)],
        })),
        // The arrows are part of the drawing, so the table names them too.
        ...data.arrows.map((a) => ({
          key: `a-${a.id}`,
          cells: [
            t(`results.charts.arrows.${a.kind}`),
            t('results.charts.kinds.arrow'),
            `${num(a.from.x)} → ${num(a.to.x)}`,
            `${num(a.from.y)} → ${num(a.to.y)}`,
          ],
        })),
        ...data.references.map((r) => ({
          key: `r-${r.id}`,
          cells: [
            <span className="mk-legend-name" key="n">
              <ShapeIcon shape={r.shape} color={REFERENCE_COLORS[r.id]} />
              {local(referenceById(r.id).name)}
            </span>,
            t(r.warned ? 'results.charts.kinds.referenceWarned' : 'results.charts.kinds.reference'),
            num(r.position.x),
            num(r.position.y),
          ],
        })),
        ...data.regions.map((g) => ({
          key: `g-${g.id}`,
          cells: [
            g.label,
            t(`results.charts.kinds.${g.kind}`),
            `${num(Math.min(...g.points.map((p) => p.x)))}–${num(Math.max(...g.points.map((p) => p.x)))}`,
            `${num(Math.min(...g.points.map((p) => p.y)))}–${num(Math.max(...g.points.map((p) => p.y)))}`,
          ],
        })),
      ]}
    />
  );

  const note = (
    <dl className="mk-map-axes ds-paragraph" data-size="sm">
      <div>
        <dt>{t('results.charts.xAxis')}</dt>
        <dd>{t('results.charts.xAxisHint')}</dd>
      </div>
      <div>
        <dt>{t('results.charts.yAxis')}</dt>
        <dd>{t('results.charts.yAxisHint')}</dd>
      </div>
    </dl>
  );

  return (
    <ChartFigure
      title={title}
      summary={summary}
      actions={actions}
      table={table}
      note={note}
      titleAs={titleAs}
      className="mk-chart--map"
    >
      <MapPlot data={data} />
    </ChartFigure>
  );
}

const ARROW_STYLE: Record<ArrowKind, { stroke: string; dash?: string; width: number }> = {
  change: { stroke: INK, width: 2.5 },
  'what-if': { stroke: INK, dash: '6 4', width: 2 },
  trajectory: { stroke: '#595959', dash: '2 3', width: 1.5 },
};

type Plot = { x: number; y: number; width: number; height: number };

/**
 * The map as one plain SVG, as wide as its box (a square, kept by CSS, so nothing shifts while
 * it is measured). Drawn directly: a grid, two axes and the marks cost little to render.
 */
function MapPlot({ data }: { data: MapData }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(MIN_WIDTH, Math.round(element.clientWidth)));
    if (typeof ResizeObserver === 'undefined') return measure();
    // The observer reports the first size once the browser lays the page out anyway. Reading it
    // here would force that layout of the whole new page inside React's commit, one long task.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const size = width || MIN_WIDTH;
  return (
    <div ref={box} className="mk-map-box">
      {width > 0 && <MapDrawing data={data} width={size} height={size} />}
    </div>
  );
}

export type MapDrawingProps = {
  data: MapData;
  /** The drawing's size in its own units (pixels on a page). */
  width: number;
  height: number;
  /**
   * How much larger than on a page every text, mark and line is drawn: 1 on a page, more on a
   * slide, where the drawing is scaled down to the screen and labels must stay large.
   */
  scale?: number;
  /** Keeps the plot square; the width it leaves over is room for labels on the right. */
  square?: boolean;
  /** The values 0–100 along the axes; a slide leaves them out to give the plot the room. */
  ticks?: boolean;
  /** A drawing that stands alone (a slide) is an image with this name, and fills its box. */
  label?: string;
  className?: string;
};

/** The map's one drawing, for the pages' charts and for the projector's slides. */
export function MapDrawing({
  data,
  width,
  height,
  scale = 1,
  square = false,
  ticks = true,
  label,
  className = 'mk-map-svg',
}: MapDrawingProps) {
  const t = useT();
  const k = scale;
  const margin = ticks ? MARGIN : BARE_MARGIN;
  const plotHeight = height - (margin.top + margin.bottom) * k;
  const room = width - (margin.left + margin.right) * k;
  const plot: Plot = {
    x: margin.left * k,
    y: margin.top * k,
    width: square ? Math.min(room, plotHeight) : room,
    height: plotHeight,
  };
  const sx = (v: number) => plot.x + ((v - AXIS_MIN) / (AXIS_MAX - AXIS_MIN)) * plot.width;
  const sy = (v: number) =>
    plot.y + plot.height - ((v - AXIS_MIN) / (AXIS_MAX - AXIS_MIN)) * plot.height;
  const bottom = plot.y + plot.height;
  // CSS sizes its labels in the drawing's units; --mk-map-scale makes them grow with the rest.
  const style = k === 1 ? undefined : ({ '--mk-map-scale': k } as CSSProperties);
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className={className}
      style={style}
      {...(label
        ? { role: 'img', 'aria-label': label, fontFamily: 'system-ui, sans-serif' }
        : { width, height })}
    >
      <g className="mk-map__grid" stroke="#d4d4d4" strokeDasharray={`${2 * k} ${4 * k}`}>
        {TICKS.map((v) => (
          <line key={`x${v}`} x1={sx(v)} x2={sx(v)} y1={plot.y} y2={bottom} strokeWidth={k} />
        ))}
        {TICKS.map((v) => (
          <line
            key={`y${v}`}
            x1={plot.x}
            x2={plot.x + plot.width}
            y1={sy(v)}
            y2={sy(v)}
            strokeWidth={k}
          />
        ))}
      </g>
      <g stroke="#595959" strokeWidth={k}>
        <line x1={plot.x} x2={plot.x + plot.width} y1={bottom} y2={bottom} />
        <line x1={plot.x} x2={plot.x} y1={plot.y} y2={bottom} />
      </g>
      {ticks && (
        <g fill="#3d3d3d" fontSize={12 * k}>
          {TICKS.map((v) => (
            <text key={`x${v}`} x={sx(v)} y={bottom + 18 * k} textAnchor="middle">
              {v}
            </text>
          ))}
          {TICKS.map((v) => (
            <text key={`y${v}`} x={plot.x - 8 * k} y={sy(v) + 4 * k} textAnchor="end">
              {v}
            </text>
          ))}
        </g>
      )}
      <g fill={INK} fontSize={14 * k} fontWeight={600}>
        <text x={plot.x + plot.width / 2} y={bottom + (ticks ? 42 : 26) * k} textAnchor="middle">
          {`${t('results.charts.xAxis')} →`}
        </text>
        <text
          x={0}
          y={0}
          textAnchor="middle"
          transform={`translate(${plot.x - (margin.left - 20) * k} ${plot.y + plot.height / 2}) rotate(-90)`}
        >
          {`${t('results.charts.yAxis')} →`}
        </text>
      </g>
      <MapMarks
        data={data}
        plot={plot}
        right={width - 4 * k}
        k={k}
        px={(p) => ({ x: sx(p.x), y: sy(p.y) })}
      />
    </svg>
  );
}

/** The references, markers, arrows and regions, with labels placed so none overlap. */
function MapMarks({
  data,
  plot,
  right,
  k,
  px,
}: {
  data: MapData;
  plot: Plot;
  /** How far right a label may reach. */
  right: number;
  k: number;
  px: (p: Point) => { x: number; y: number };
}) {
  const t = useT();
  const local = useLocalized();
  const hatchId = useId().replace(/:/g, '');
  const warnedText = `(${t('results.charts.warned')})`;

  // Label layout: the organisation's own labels first, then the model names, then the rest.
  const refs = data.references.map((ref) => ({
    ref,
    ...px(ref.position),
    r: (ref.warned ? 18 : 10) * k,
    name: local(referenceById(ref.id).name),
  }));
  const markers = data.markers.map((m) => {
    const at = px(m.point);
    const around =
      (m.kind === 'current' || m.kind === 'desired') &&
      refs.some((r) => Math.hypot(r.x - at.x, r.y - at.y) < r.r + MARKER_SIZE[m.kind] * k);
    return { m, ...at, around, r: (around ? AROUND_RADIUS + 2 : MARKER_SIZE[m.kind] + 5) * k };
  });
  const obstacles: Box[] = [...refs, ...markers].map(({ x, y, r }) => ({
    x0: x - r,
    y0: y - r,
    x1: x + r,
    y1: y + r,
  }));
  const markerRequest = ({ m, x, y, r }: (typeof markers)[number]): LabelRequest => ({
    id: `m-${m.id}`,
    cx: x,
    cy: y,
    r,
    width: textWidth(m.label, 14 * k) * 1.08,
    height: 18 * k,
    sides: ['above', 'below', 'right', 'left'],
  });
  const labelled = markers.filter((k) => k.m.showLabel);
  const own = labelled.filter((k) => k.m.kind === 'current' || k.m.kind === 'desired');
  const requests: LabelRequest[] = [
    ...own.map(markerRequest),
    // The warned model first: its warning must never be pushed aside.
    ...[...refs]
      .sort((a, b) => Number(b.ref.warned) - Number(a.ref.warned))
      .map(({ ref, x, y, r, name }): LabelRequest => {
        const side = ref.labelSide;
        const opposite = side === 'left' ? 'right' : 'left';
        const end = side === 'left' ? 'end' : 'start';
        return {
          id: `r-${ref.id}`,
          cx: x,
          cy: y,
          r,
          width: textWidth(ref.warned ? `${name} ${warnedText}` : name, 13 * k) * 1.05,
          height: 17 * k,
          sides: [
            side,
            `${side}-up`,
            `${side}-down`,
            `above-${end}`,
            `below-${end}`,
            'below',
            'above',
            opposite,
          ],
        };
      }),
    ...labelled.filter((k) => !own.includes(k)).map(markerRequest),
  ];
  const bounds = { x0: plot.x, y0: plot.y - 24 * k, x1: right, y1: plot.y + plot.height };
  const labels = placeLabels(requests, obstacles, bounds, 13 * k);

  return (
    <g className="mk-map">
      <defs>
        <pattern
          id={`${hatchId}-hatch`}
          width={6 * k}
          height={6 * k}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line x1="0" y1="0" x2="0" y2={6 * k} stroke={WARNING} strokeWidth={2 * k} />
        </pattern>
        {(['change', 'what-if', 'trajectory'] as const).map((kind) => (
          <marker
            key={kind}
            id={`${hatchId}-arrow-${kind}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0L10,5L0,10Z" fill={ARROW_STYLE[kind].stroke} className="mk-map__ink" />
          </marker>
        ))}
      </defs>

      {refs.map(({ ref, x, y }) => (
        <g key={ref.id} className={`mk-map__ref mk-map__ref--${ref.id}`}>
          {ref.warned && (
            <circle
              cx={x}
              cy={y}
              r={17 * k}
              fill={`url(#${hatchId}-hatch)`}
              stroke={WARNING}
              strokeWidth={2 * k}
              strokeDasharray={`${4 * k} ${3 * k}`}
              className="mk-map__warned"
            />
          )}
          <ShapeMark
            shape={ref.shape}
            x={x}
            y={y}
            size={16 * k}
            fill={REFERENCE_COLORS[ref.id]}
            stroke="#fff"
            strokeWidth={1.5 * k}
            className="mk-map__shape"
          />
        </g>
      ))}

      {data.arrows.map((arrow) => {
        const from = px(arrow.from);
        const to = px(arrow.to);
        const style = ARROW_STYLE[arrow.kind];
        return (
          <line
            key={arrow.id}
            className={`mk-map__arrow mk-map__ink mk-map__arrow--${arrow.kind}`}
            x1={from.x}
            y1={from.y}
            x2={to.x}
            y2={to.y}
            stroke={style.stroke}
            strokeWidth={style.width * k}
            strokeDasharray={style.dash?.replace(/\d+/g, (n) => String(Number(n) * k))}
            markerEnd={`url(#${hatchId}-arrow-${arrow.kind})`}
          />
        );
      })}

      {markers.map(({ m, x, y, around }) => (
        <Marker key={m.id} marker={m} x={x} y={y} k={k} around={around} />
      ))}

      {/* Regions over the marks: see-through, so a narrow one still shows on top of a marker. */}
      {data.regions.map((region) => (
        <polygon
          key={region.id}
          className={`mk-map__region mk-map__region--${region.kind}`}
          points={region.points.map((p) => `${px(p).x},${px(p).y}`).join(' ')}
        />
      ))}

      {/* Labels last, so no mark is drawn over a name. */}
      {refs.map(({ ref, name }) => {
        const at = labels.get(`r-${ref.id}`)!;
        return (
          <text
            key={ref.id}
            x={at.x}
            y={at.y}
            textAnchor={at.anchor}
            className="mk-map__label"
            fill={INK}
            data-reference={ref.id}
          >
            <tspan>{name}</tspan>
            {ref.warned && (
              <tspan className="mk-map__label-warned" fill={WARNING}>
                {` ${warnedText}`}
              </tspan>
            )}
          </text>
        );
      })}
      {labelled.map(({ m }) => {
        const at = labels.get(`m-${m.id}`)!;
        return (
          <text
            key={m.id}
            x={at.x}
            y={at.y}
            textAnchor={at.anchor}
            className="mk-map__label mk-map__label--marker"
            fill={INK}
          >
            {m.label}
          </text>
        );
      })}
    </g>
  );
}

// A marker on a reference's symbol rings it, outside the warned model's hatched circle (17).
const AROUND_RADIUS = 23;

const MARKER_SIZE: Record<MarkerKind, number> = {
  current: 10,
  desired: 10,
  ghost: 8,
  snapshot: 5,
  participant: 4.5,
  group: 9,
  role: 7,
};

/**
 * One marker. `around`: it sits on a reference's symbol, so it is drawn as a ring around the symbol
 * instead of a dot on top of it (a point at PAC-man still shows the PAC-man symbol and warning).
 */
function Marker({
  marker,
  x,
  y,
  k,
  around,
}: {
  marker: MapMarker;
  x: number;
  y: number;
  k: number;
  around?: boolean;
}) {
  const r = MARKER_SIZE[marker.kind] * k;
  const className = `mk-map__marker mk-map__marker--${marker.kind}`;
  let mark: ReactNode;
  if (around) {
    return (
      <g className={className} data-around="">
        <circle
          cx={x}
          cy={y}
          r={AROUND_RADIUS * k}
          className="mk-map__around"
          strokeWidth={4 * k}
        />
      </g>
    );
  }
  switch (marker.kind) {
    case 'current':
      mark = (
        <>
          <circle cx={x} cy={y} r={r + 5 * k} className="mk-map__halo" />
          <circle cx={x} cy={y} r={r} className="mk-map__ink-fill" />
        </>
      );
      break;
    case 'desired':
      mark = (
        <>
          <circle cx={x} cy={y} r={r + 4 * k} className="mk-map__halo" />
          <circle cx={x} cy={y} r={r} className="mk-map__ring" strokeWidth={3 * k} />
          <circle cx={x} cy={y} r={3 * k} className="mk-map__ink-fill" />
        </>
      );
      break;
    case 'ghost':
      mark = (
        <circle
          cx={x}
          cy={y}
          r={r}
          className="mk-map__ring"
          strokeDasharray={`${3 * k} ${3 * k}`}
          strokeWidth={2 * k}
        />
      );
      break;
    case 'group':
      mark = (
        <>
          <circle cx={x} cy={y} r={r + 3 * k} className="mk-map__halo" />
          <path
            d={`M${x - r},${y}H${x + r}M${x},${y - r}V${y + r}`}
            className="mk-map__ring"
            strokeWidth={3 * k}
          />
        </>
      );
      break;
    case 'role':
      mark = (
        <ShapeMark
          shape="square"
          x={x}
          y={y}
          size={r * 2}
          className="mk-map__ring"
          strokeWidth={2 * k}
        />
      );
      break;
    default:
      mark = <circle cx={x} cy={y} r={r} className="mk-map__ink-fill mk-map__crowd" />;
  }
  return <g className={className}>{mark}</g>;
}
