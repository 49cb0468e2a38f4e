import { revealAllSections, revealOnArrival, sectionsPending } from '../../ui/page-sections';
import { firstPathSegment, paths } from '../../ui/paths';
import { linkName, takeResultsSpot } from '../../ui/wizard-links';
import { holdFocus } from './hold-focus';

// Keeps a link put back «where it was» inside the window, with a little room around it.
const MARGIN = 16;

type Trip = {
  /** The question the results link was about (FromResultsState.question), if any. */
  question?: string;
  /** The question's step, e.g. "/kartlegging/4", and its text: to find a link to it. */
  stepPath?: string;
  questionText?: string;
};

/**
 * Call as «Tilbake til resultatet» is followed. Once the results page is there, focus goes back to
 * the link the user left it by, at the same height in the window as when they followed it. The
 * changed answer may have moved that link, or removed it: then the nearest link like it, else the
 * nearest heading above where it was. Without a remembered spot (after a reload, or a link that did
 * not remember one), the first link to the same question. Without any of these, the app's focus on
 * the page's heading stays.
 */
export function returnToResults({ question, stepPath, questionText }: Trip): void {
  revealOnArrival();
  const spot = takeResultsSpot(question);
  const onResults = () =>
    firstPathSegment(window.location.hash) === firstPathSegment(paths.results);

  if (spot) {
    holdFocus({
      stillHere: onResults,
      find: () => {
        if (!resultsShown()) return null;
        // The link may sit in a section that mounts later: it is needed now, so wait for it.
        revealAllSections();
        if (sectionsPending()) return null;
        const same = links().filter(
          (a) => a.getAttribute('href') === spot.href && linkName(a) === spot.name,
        );
        return nearest(same, spot.pageTop) ?? headingAbove(spot.pageTop);
      },
      place: (element) => {
        element.focus({ preventScroll: true });
        const room = window.innerHeight - element.getBoundingClientRect().height - MARGIN;
        const windowTop = Math.max(MARGIN, Math.min(spot.windowTop, room));
        window.scrollTo({ top: pageTop(element) - windowTop, behavior: 'instant' });
      },
    });
    return;
  }

  if (!stepPath || !questionText) return;
  holdFocus({
    stillHere: onResults,
    find: () => {
      if (!resultsShown()) return null;
      revealAllSections();
      if (sectionsPending()) return null;
      const href = `#${stepPath}`;
      return (
        links().find(
          (a) => a.getAttribute('href') === href && linkName(a).includes(questionText),
        ) ?? null
      );
    },
    place: (element) => {
      element.focus({ preventScroll: true });
      element.scrollIntoView?.({ block: 'center', behavior: 'instant' });
    },
  });
}

/** The results page has rendered: a page heading is shown, and it is not the wizard's any more. */
function resultsShown(): boolean {
  return [...document.querySelectorAll('main h1')].some(
    (h) => h.getClientRects().length > 0 && h.closest('.mk-wizard') === null,
  );
}

function links(): HTMLAnchorElement[] {
  return [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].filter(
    (a) => a.getClientRects().length > 0,
  );
}

function pageTop(element: Element): number {
  return element.getBoundingClientRect().top + window.scrollY;
}

function nearest(elements: HTMLElement[], top: number): HTMLElement | null {
  let best: HTMLElement | null = null;
  for (const element of elements) {
    if (!best || Math.abs(pageTop(element) - top) < Math.abs(pageTop(best) - top)) best = element;
  }
  return best;
}

/** The last h2 or h3 that starts above `top`: the section the link was in. */
function headingAbove(top: number): HTMLElement | null {
  const headings = [...document.querySelectorAll<HTMLElement>('main h2, main h3')].filter(
    (h) => h.getClientRects().length > 0 && pageTop(h) <= top,
  );
  const heading = headings.at(-1) ?? null;
  // Focus, not the Tab order: like the app does for a page's h1.
  if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  return heading;
}
