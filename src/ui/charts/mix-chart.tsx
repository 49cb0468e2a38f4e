import type { ReactNode } from 'react';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Text, XAxis, YAxis } from 'recharts';
import { referenceById } from '../../domain/references';
import type { MixRow } from '../../domain/to-mix-data';
import { formatPercent } from '../../i18n/format';
import { useLocale, useLocalized, useT } from '../../i18n/use-t';
import { ChartFigure } from './chart-figure';
import { INK, REFERENCE_COLORS } from './chart-style';
import { DataTable } from './data-table';
import { ShapeIcon } from './shape-mark';

export type MixChartProps = {
  rows: MixRow[];
  title: string;
  /** Optional; by default the chart says which two models are largest. */
  summary?: string;
  actions?: ReactNode;
  titleAs?: 'h2' | 'h3' | 'h4';
};

const ROW_HEIGHT = 46;
const NAME_WIDTH = 150;

/** The model mix as horizontal bars with whole percentages that add up to 100. */
export function MixChart({ rows, title, summary, actions, titleAs }: MixChartProps) {
  const t = useT();
  const locale = useLocale();
  const local = useLocalized();
  const pct = (percent: number) => formatPercent(locale, percent / 100);
  const nameOf = (row: MixRow) => {
    const name = local(referenceById(row.id).name);
    return row.warned ? `${name} (${t('results.charts.warned')})` : name;
  };
  const ranked = [...rows].sort((a, b) => a.rank - b.rank);
  const defaultSummary =
    ranked.length >= 2
      ? t('results.charts.mixSummary', {
          first: local(referenceById(ranked[0]!.id).name),
          firstShare: pct(ranked[0]!.percent),
          second: local(referenceById(ranked[1]!.id).name),
          secondShare: pct(ranked[1]!.percent),
        })
      : '';
  const data = rows.map((row) => ({ ...row, name: nameOf(row), label: pct(row.percent) }));

  const table = (
    <DataTable
      caption={t('results.charts.mixTable.caption')}
      columns={[
        { key: 'model', label: t('results.charts.mixTable.model') },
        { key: 'share', label: t('results.charts.mixTable.share'), numeric: true },
      ]}
      rows={rows.map((row) => ({
        key: row.id,
        cells: [
          <span className="mk-legend-name" key="n">
            <ShapeIcon shape={row.shape} color={REFERENCE_COLORS[row.id]} />
            {nameOf(row)}
          </span>,
          pct(row.percent),
        ],
      }))}
    />
  );

  return (
    <ChartFigure
      title={title}
      summary={summary ?? defaultSummary}
      actions={actions}
      table={table}
      titleAs={titleAs}
      className="mk-chart--mix"
    >
      <ResponsiveContainer width="100%" height={rows.length * ROW_HEIGHT + 16} minWidth={240}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
          barCategoryGap={10}
          accessibilityLayer={false}
        >
          <XAxis type="number" domain={[0, 100]} hide />
          <YAxis
            type="category"
            dataKey="name"
            width={NAME_WIDTH}
            axisLine={false}
            tickLine={false}
            tick={NameTick}
            interval={0}
          />
          <Bar
            dataKey="percent"
            isAnimationActive={false}
            background={{ fill: '#eeeeee' }}
            minPointSize={2}
            radius={[0, 3, 3, 0]}
          >
            {data.map((row) => (
              <Cell
                key={row.id}
                fill={REFERENCE_COLORS[row.id]}
                stroke={row.warned ? '#7a1a14' : undefined}
                strokeWidth={row.warned ? 2 : 0}
                className={`mk-mix__bar mk-mix__bar--${row.id}`}
              />
            ))}
            <LabelList
              dataKey="label"
              position="right"
              fill={INK}
              fontSize={14}
              fontWeight={600}
              className="mk-mix__value"
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

// Model names wrap at spaces so narrow screens keep the bars wide enough to read.
function NameTick(props: {
  x?: number | string;
  y?: number | string;
  payload?: { value?: string };
}) {
  return (
    <Text
      x={Number(props.x ?? 0) - 6}
      y={Number(props.y ?? 0)}
      width={NAME_WIDTH - 10}
      textAnchor="end"
      verticalAnchor="middle"
      fill={INK}
      fontSize={13}
      fontWeight={600}
    >
      {props.payload?.value ?? ''}
    </Text>
  );
}
