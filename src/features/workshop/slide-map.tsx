import type { GroupAggregate } from '../../domain/aggregation';
import { groupMapInputs, type GroupMapLayers } from '../../domain/group-svg';
import { referenceById } from '../../domain/references';
import { toMapData } from '../../domain/to-map-data';
import { useLocalized, useT } from '../../i18n/use-t';
import { INK, REFERENCE_COLORS } from '../../ui/charts/chart-style';
import { placeLabels, textWidth, type LabelRequest } from '../../ui/charts/label-layout';
import { shapePath } from '../../ui/charts/shape-mark';
import { useRoleLabel } from './labels';

// The drawing's own units. The map is scaled to the slide's height, so with labels at 48 units in
// a 1000-unit-high drawing they stay at least 24 px on a 720 px projector image.
const WIDTH = 1500;
const HEIGHT = 1000;
const FONT = 48;
const PLOT = { left: 150, top: 30, size: 800 };
const px = (x: number) => PLOT.left + (x / 100) * PLOT.size;
const py = (y: number) => PLOT.top + PLOT.size - (y / 100) * PLOT.size;

/**
 * The group map for the back of the room: the five references, every counted answer as a dot
 * (never named), the group's centre and spread, and the role centres that are big enough.
 */
export function SlideMap({
  group,
  layers,
  summary,
}: {
  group: GroupAggregate;
  layers: GroupMapLayers;
  summary: string;
}) {
  const t = useT();
  const local = useLocalized();
  const roleLabel = useRoleLabel();
  const inputs = groupMapInputs(
    group,
    {
      participant: () => t('workshop.room.anonymous'),
      anonymous: t('workshop.room.anonymous'),
      centre: t('workshop.room.centre'),
      spread: t('workshop.room.spread'),
      roleCentre: (role, count) => t('workshop.room.roleCentre', { role: roleLabel(role), count }),
    },
    false,
    layers,
  );
  const data = toMapData(inputs);
  const labelled = [
    ...data.references.map((ref) => ({
      id: `ref-${ref.id}`,
      text: local(referenceById(ref.id).name),
      x: px(ref.position.x),
      y: py(ref.position.y),
      r: 20,
      colour: REFERENCE_COLORS[ref.id],
      sides:
        ref.labelSide === 'left'
          ? (['left', 'below', 'above'] as const)
          : (['right', 'below', 'above'] as const),
    })),
    ...data.markers
      .filter((m) => m.kind !== 'participant')
      .map((m) => ({
        id: `m-${m.id}`,
        text: m.label,
        x: px(m.point.x),
        y: py(m.point.y),
        r: 20,
        colour: INK,
        sides: ['right-up', 'left-up', 'right-down', 'left-down', 'above', 'below'] as const,
      })),
  ];
  const requests: LabelRequest[] = labelled.map((l) => ({
    id: l.id,
    cx: l.x,
    cy: l.y,
    r: l.r,
    width: textWidth(l.text, FONT),
    height: FONT * 1.2,
    sides: [...l.sides],
  }));
  const dots = data.markers.filter((m) => m.kind === 'participant');
  const obstacles = dots.map((d) => {
    const x = px(d.point.x);
    const y = py(d.point.y);
    return { x0: x - 12, y0: y - 12, x1: x + 12, y1: y + 12 };
  });
  const placed = placeLabels(requests, obstacles, { x0: 0, y0: 0, x1: WIDTH, y1: HEIGHT }, FONT);

  return (
    <svg
      className="mk-slide-map"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={summary}
      fontFamily="system-ui, sans-serif"
    >
      <rect
        x={PLOT.left}
        y={PLOT.top}
        width={PLOT.size}
        height={PLOT.size}
        fill="#fafafa"
        stroke="#6b6b6b"
      />
      {[25, 50, 75].map((v) => (
        <g key={v} stroke="#d4d4d4" strokeWidth={2}>
          <line x1={px(v)} y1={PLOT.top} x2={px(v)} y2={PLOT.top + PLOT.size} />
          <line x1={PLOT.left} y1={py(v)} x2={PLOT.left + PLOT.size} y2={py(v)} />
        </g>
      ))}
      <text
        x={px(50)}
        y={PLOT.top + PLOT.size + 60}
        fontSize={FONT}
        fontWeight={700}
        textAnchor="middle"
        fill={INK}
      >
        {t('results.charts.xAxis')} →
      </text>
      <text
        transform={`translate(${PLOT.left - 40} ${py(50)}) rotate(-90)`}
        fontSize={FONT}
        fontWeight={700}
        textAnchor="middle"
        fill={INK}
      >
        {t('results.charts.yAxis')} →
      </text>
      {data.regions.map((region) => (
        <polygon
          key={region.id}
          points={region.points.map((p) => `${px(p.x)},${py(p.y)}`).join(' ')}
          fill="#1b63a5"
          fillOpacity={0.12}
          stroke="#1b63a5"
          strokeWidth={3}
          strokeDasharray="10 6"
        />
      ))}
      {data.references.map((ref) => (
        <path
          key={ref.id}
          d={shapePath(ref.shape, px(ref.position.x), py(ref.position.y), 30)}
          fill={REFERENCE_COLORS[ref.id]}
        />
      ))}
      {dots.map((d) => (
        <circle
          key={d.id}
          cx={px(d.point.x)}
          cy={py(d.point.y)}
          r={11}
          fill="#1b63a5"
          stroke="#fff"
          strokeWidth={3}
        />
      ))}
      {data.arrows.map((a) => (
        <line
          key={a.id}
          x1={px(a.from.x)}
          y1={py(a.from.y)}
          x2={px(a.to.x)}
          y2={py(a.to.y)}
          stroke={INK}
          strokeWidth={5}
          strokeDasharray="14 8"
        />
      ))}
      {data.markers
        .filter((m) => m.kind !== 'participant')
        .map((m) =>
          m.kind === 'role' ? (
            <rect
              key={m.id}
              x={px(m.point.x) - 16}
              y={py(m.point.y) - 16}
              width={32}
              height={32}
              fill="#fff"
              stroke={INK}
              strokeWidth={6}
            />
          ) : (
            <circle
              key={m.id}
              cx={px(m.point.x)}
              cy={py(m.point.y)}
              r={20}
              fill={INK}
              stroke="#fff"
              strokeWidth={4}
            />
          ),
        )}
      {labelled.map((l) => {
        const at = placed.get(l.id);
        if (!at) return null;
        return (
          <text
            key={l.id}
            x={at.x}
            y={at.y}
            textAnchor={at.anchor}
            fontSize={FONT}
            fontWeight={700}
            fill={l.colour}
            stroke="#fff"
            strokeWidth={8}
            paintOrder="stroke"
          >
            {l.text}
          </text>
        );
      })}
    </svg>
  );
}
