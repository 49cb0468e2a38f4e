import { useId, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import './chart-messages';
import './charts.css';

export type ChartFigureProps = {
  title: string;
  /** One plain-language sentence that says what the chart shows. */
  summary: string;
  /** Drawn chart; hidden from assistive tech behind role="img" and the summary. */
  children: ReactNode;
  /** The same data as a table, in a "Vis som tabell" disclosure. */
  table: ReactNode;
  /** Shown beside the title, e.g. download buttons. */
  actions?: ReactNode;
  /** Text under the chart, e.g. what the axes mean. */
  note?: ReactNode;
  titleAs?: 'h2' | 'h3' | 'h4';
  className?: string;
};

/**
 * Every chart: a figure named by its title, a summary sentence, the drawing as one image, and the
 * data as a table, so no one depends on seeing the drawing.
 */
export function ChartFigure({
  title,
  summary,
  children,
  table,
  actions,
  note,
  titleAs: Title = 'h3',
  className,
}: ChartFigureProps) {
  const t = useT();
  const titleId = useId();
  const summaryId = useId();
  return (
    <figure className={['mk-chart', className].filter(Boolean).join(' ')} aria-labelledby={titleId}>
      <figcaption className="mk-chart__caption">
        <div className="mk-chart__head">
          <Title id={titleId} className="ds-heading" data-size="xs">
            {title}
          </Title>
          {actions && <div className="mk-chart__actions mk-no-print">{actions}</div>}
        </div>
        <p id={summaryId} className="ds-paragraph" data-size="sm">
          {summary}
        </p>
      </figcaption>
      <div
        className="mk-chart__plot"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={summaryId}
      >
        {children}
      </div>
      {note}
      <details className="ds-details mk-chart__table">
        <summary>{t('results.charts.showTable')}</summary>
        <div>{table}</div>
      </details>
    </figure>
  );
}
