import type { ReactNode } from 'react';

/**
 * Wraps a table that may be wider than a narrow screen: it scrolls on its own instead of the page,
 * and is focusable and named so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="mk-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
