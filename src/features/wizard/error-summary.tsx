import { forwardRef, useId } from 'react';

export type ErrorSummaryItem = { targetId: string; text: string };

type Props = { title: string; items: ErrorSummaryItem[] };

/**
 * Designsystemet's error summary: a heading and links to each field. The links move focus
 * themselves because a plain "#id" would change the hash route.
 */
export const ErrorSummary = forwardRef<HTMLElement, Props>(function ErrorSummary(
  { title, items },
  ref,
) {
  const headingId = useId();
  return (
    <section ref={ref} className="ds-error-summary" tabIndex={-1} aria-labelledby={headingId}>
      <h2 id={headingId} className="ds-heading" data-size="xs">
        {title}
      </h2>
      <ul className="ds-list">
        {items.map((item) => (
          <li key={item.targetId}>
            <a
              className="ds-link"
              href={`#${item.targetId}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(item.targetId);
              }}
            >
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
});

function focusField(id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  // A field inside a closed disclosure must be shown before it can take focus.
  const details = field.closest('details');
  if (details && !details.open) details.open = true;
  field.focus();
  field.scrollIntoView?.({ block: 'center' });
}
