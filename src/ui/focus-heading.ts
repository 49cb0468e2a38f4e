/**
 * Moves focus to the main heading of the page shown, so keyboard and screen-reader users start at
 * the top of new content. False when there is none yet (a lazy page still loading).
 */
export function focusMainHeading(): boolean {
  const heading = shownHeading();
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
  return true;
}

/** The shown page's h1: while a lazy page loads, the page before it stays in the DOM, hidden. */
function shownHeading(): HTMLElement | undefined {
  return [...document.querySelectorAll<HTMLElement>('main h1')].find(
    (h) => h.getClientRects().length > 0,
  );
}

/** True once the page shown has rendered its main heading. */
export function mainHeadingShown(): boolean {
  return shownHeading() !== undefined;
}
