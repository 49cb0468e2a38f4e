import type { ReactNode } from 'react';
import { referenceById } from '../../domain/references';
import type { MixRow } from '../../render/to-mix-data';
import { formatPercent } from '../../i18n/format';
import { useLocale, useLocalized, useT } from '../../i18n/use-t';
import { ChartFigure } from './chart-figure';
import { REFERENCE_COLORS } from './chart-style';
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
      ? t(
          Math.round(ranked[1]!.percent) <= 0
            ? 'results.charts.mixSummaryWhole'
            : 'results.charts.mixSummary',
          {
            first: local(referenceById(ranked[0]!.id).name),
            firstShare: pct(ranked[0]!.percent),
            second: local(referenceById(ranked[1]!.id).name),
            secondShare: pct(ranked[1]!.percent),
          },
        )
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
      {/* Rows of name, bar and share: plain elements, no chart library, nothing to measure. */}
      <div className="mk-mix">
        {data.map((row) => (
          <div key={row.id} className="mk-mix__row">
            <span className="mk-mix__name">{row.name}</span>
            <svg className="mk-mix__track" width="100%" height="26" aria-hidden="true">
              <rect width="100%" height="26" rx="3" fill="#eeeeee" />
              <rect
                width={`${Math.max(row.percent, 0.5)}%`}
                height="26"
                rx="3"
                fill={REFERENCE_COLORS[row.id]}
                stroke={row.warned ? '#7a1a14' : undefined}
                strokeWidth={row.warned ? 2 : 0}
                className={`mk-mix__bar mk-mix__bar--${row.id}`}
              />
            </svg>
            <span className="mk-mix__value">{row.label}</span>
          </div>
        ))}
      </div>
    </ChartFigure>
  );
}
