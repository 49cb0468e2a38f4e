import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { referenceById } from '../../domain/references';
import type { Point } from '../../domain/scoring';
import {
  AXIS_MAX,
  AXIS_MIN,
  type ArrowKind,
  type MapData,
  type MapMarker,
  type MarkerKind,
} from '../../domain/to-map-data';
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
  const t = useT();
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
  const plot: Plot = {
    x: MARGIN.left,
    y: MARGIN.top,
    width: size - MARGIN.left - MARGIN.right,
    height: size - MARGIN.top - MARGIN.bottom,
  };
  const sx = (v: number) => plot.x + ((v - AXIS_MIN) / (AXIS_MAX - AXIS_MIN)) * plot.width;
  const sy = (v: number) =>
    plot.y + plot.height - ((v - AXIS_MIN) / (AXIS_MAX - AXIS_MIN)) * plot.height;
  const bottom = plot.y + plot.height;
  return (
    <div ref={box} className="mk-map-box">
      {width > 0 && (
        <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} className="mk-map-svg">
          <g className="mk-map__grid" stroke="#d4d4d4" strokeDasharray="2 4">
            {TICKS.map((v) => (
              <line key={`x${v}`} x1={sx(v)} x2={sx(v)} y1={plot.y} y2={bottom} />
            ))}
            {TICKS.map((v) => (
              <line key={`y${v}`} x1={plot.x} x2={plot.x + plot.width} y1={sy(v)} y2={sy(v)} />
            ))}
          </g>
          <g stroke="#595959">
            <line x1={plot.x} x2={plot.x + plot.width} y1={bottom} y2={bottom} />
            <line x1={plot.x} x2={plot.x} y1={plot.y} y2={bottom} />
          </g>
          <g fill="#3d3d3d" fontSize={12}>
            {TICKS.map((v) => (
              <text key={`x${v}`} x={sx(v)} y={bottom + 18} textAnchor="middle">
                {v}
              </text>
            ))}
            {TICKS.map((v) => (
              <text key={`y${v}`} x={plot.x - 8} y={sy(v) + 4} textAnchor="end">
                {v}
              </text>
            ))}
          </g>
          <g fill={INK} fontSize={14} fontWeight={600}>
            <text x={plot.x + plot.width / 2} y={bottom + 42} textAnchor="middle">
              {`${t('results.charts.xAxis')} →`}
            </text>
            <text
              x={0}
              y={0}
              textAnchor="middle"
              transform={`translate(${plot.x - 40} ${plot.y + plot.height / 2}) rotate(-90)`}
            >
              {`${t('results.charts.yAxis')} →`}
            </text>
          </g>
          <MapMarks data={data} plot={plot} px={(p) => ({ x: sx(p.x), y: sy(p.y) })} />
        </svg>
      )}
    </div>
  );
}

/** The references, markers, arrows and regions, with labels placed so none overlap. */
function MapMarks({
  data,
  plot,
  px,
}: {
  data: MapData;
  plot: Plot;
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
    r: ref.warned ? 18 : 10,
    name: local(referenceById(ref.id).name),
  }));
  const markers = data.markers.map((m) => {
    const at = px(m.point);
    const around =
      (m.kind === 'current' || m.kind === 'desired') &&
      refs.some((r) => Math.hypot(r.x - at.x, r.y - at.y) < r.r + MARKER_SIZE[m.kind]);
    return { m, ...at, around, r: around ? AROUND_RADIUS + 2 : MARKER_SIZE[m.kind] + 5 };
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
    width: textWidth(m.label, 14) * 1.08,
    height: 18,
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
          width: textWidth(ref.warned ? `${name} ${warnedText}` : name, 13) * 1.05,
          height: 17,
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
  const bounds = {
    x0: plot.x,
    y0: plot.y - 24,
    x1: plot.x + plot.width + 16,
    y1: plot.y + plot.height,
  };
  const labels = placeLabels(requests, obstacles, bounds);

  return (
    <g className="mk-map">
      <defs>
        <pattern
          id={`${hatchId}-hatch`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line x1="0" y1="0" x2="0" y2="6" stroke={WARNING} strokeWidth="2" />
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
              r={17}
              fill={`url(#${hatchId}-hatch)`}
              stroke={WARNING}
              strokeWidth={2}
              strokeDasharray="4 3"
              className="mk-map__warned"
            />
          )}
          <ShapeMark
            shape={ref.shape}
            x={x}
            y={y}
            size={16}
            fill={REFERENCE_COLORS[ref.id]}
            stroke="#fff"
            strokeWidth={1.5}
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
            strokeWidth={style.width}
            strokeDasharray={style.dash}
            markerEnd={`url(#${hatchId}-arrow-${arrow.kind})`}
          />
        );
      })}

      {markers.map(({ m, x, y, around }) => (
        <Marker key={m.id} marker={m} x={x} y={y} around={around} />
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
  around,
}: {
  marker: MapMarker;
  x: number;
  y: number;
  around?: boolean;
}) {
  const r = MARKER_SIZE[marker.kind];
  const className = `mk-map__marker mk-map__marker--${marker.kind}`;
  let mark: ReactNode;
  if (around) {
    return (
      <g className={className} data-around="">
        <circle cx={x} cy={y} r={AROUND_RADIUS} className="mk-map__around" strokeWidth={4} />
      </g>
    );
  }
  switch (marker.kind) {
    case 'current':
      mark = (
        <>
          <circle cx={x} cy={y} r={r + 5} className="mk-map__halo" />
          <circle cx={x} cy={y} r={r} className="mk-map__ink-fill" />
        </>
      );
      break;
    case 'desired':
      mark = (
        <>
          <circle cx={x} cy={y} r={r + 4} className="mk-map__halo" />
          <circle cx={x} cy={y} r={r} className="mk-map__ring" strokeWidth={3} />
          <circle cx={x} cy={y} r={3} className="mk-map__ink-fill" />
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
          strokeDasharray="3 3"
          strokeWidth={2}
        />
      );
      break;
    case 'group':
      mark = (
        <>
          <circle cx={x} cy={y} r={r + 3} className="mk-map__halo" />
          <path
            d={`M${x - r},${y}H${x + r}M${x},${y - r}V${y + r}`}
            className="mk-map__ring"
            strokeWidth={3}
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
          strokeWidth={2}
        />
      );
      break;
    default:
      mark = <circle cx={x} cy={y} r={r} className="mk-map__ink-fill mk-map__crowd" />;
  }
  return <g className={className}>{mark}</g>;
}
