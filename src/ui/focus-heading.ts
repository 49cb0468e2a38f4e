import { shownHeading } from './focus-target';

/**
 * Moves focus to the main heading of the page shown, so keyboard and screen-reader users start at
 * the top of new content (after something on the page they were on went away). False when there
 * is none yet (a lazy page still loading).
 */
export function focusMainHeading(): boolean {
  const heading = shownHeading();
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
  return true;
}
