import type { ReactNode } from 'react';
import { TableScroll } from '../table-scroll';

export type DataColumn = { key: string; label: string; numeric?: boolean };
export type DataRow = { key: string; cells: ReactNode[] };

/** A plain table behind a chart; the first cell of each row names the row. */
export function DataTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: DataColumn[];
  rows: DataRow[];
}) {
  return (
    <TableScroll label={caption}>
      <table className="ds-table mk-data-table" data-size="sm">
        <caption data-size="xs">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'mk-num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={columns[i]?.numeric ? 'mk-num' : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
