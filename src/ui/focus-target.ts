/**
 * Where focus lands after a navigation, as data. A navigation puts it in history.state
 * (NavigationState.focus); the app's FocusOnNavigation applies it once, when the new page has
 * rendered. Without one, focus goes to the page's h1. Nothing else moves focus after a navigation.
 */
export type FocusTarget = {
  /**
   * Element ids, in order of preference: the first one shown gets focus (e.g. the link the user
   * left by, then the heading of its part of the page). None shown: the page's h1.
   */
  ids: string[];
  /**
   * Where the element goes in the window: its top this many pixels from the window's top (kept
   * inside the window), or 'start' for the top of the window. Without it the browser scrolls the
   * element into view as it takes focus.
   */
  windowTop?: number | 'start';
};

/**
 * What a navigation carries in history.state about focus: where it lands on arrival, and where
 * a way back from the new page (e.g. ending a presentation) should put it.
 */
export type NavigationState = { focus?: FocusTarget; back?: FocusTarget };

/** Focus on the first of these elements that is shown. */
export function focusOn(...ids: string[]): FocusTarget {
  return { ids };
}

/**
 * The spot a link is at as it is followed: its id (then the fallbacks), at its height in the
 * window, so a way back can put the user where they were.
 */
export function spotOf(element: Element, fallbackIds: string[] = []): FocusTarget {
  return {
    ids: [element.id, ...fallbackIds].filter((id) => id !== ''),
    windowTop: Math.round(element.getBoundingClientRect().top),
  };
}

function isFocusTarget(value: unknown): value is FocusTarget {
  if (typeof value !== 'object' || value === null) return false;
  const { ids, windowTop } = value as Partial<FocusTarget>;
  return (
    Array.isArray(ids) &&
    ids.length > 0 &&
    ids.every((id) => typeof id === 'string' && id !== '') &&
    (windowTop === undefined || windowTop === 'start' || Number.isFinite(windowTop))
  );
}

/** Where a navigation asked focus to land (its history state), if it did. */
export function focusTargetOf(state: unknown): FocusTarget | null {
  const focus = (state as NavigationState | null)?.focus;
  return isFocusTarget(focus) ? focus : null;
}

/** Where a way back from this page should put focus (its history state), if it was said. */
export function backTargetOf(state: unknown): FocusTarget | null {
  const back = (state as NavigationState | null)?.back;
  return isFocusTarget(back) ? back : null;
}

// A way back keeps the element this far inside the window.
const MARGIN = 16;

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

/**
 * Puts focus where `target` says (null: on the page's h1) and scrolls as it says. False while the
 * new page has not rendered yet: neither the element nor the page's h1 is shown. An element that is
 * not focusable itself (a question) is entered at its chosen option, else at its first field.
 */
export function placeFocus(target: FocusTarget | null): boolean {
  const element = target ? firstShown(target.ids) : null;
  if (element && target) {
    const control = entryOf(element);
    control.focus({ preventScroll: target.windowTop !== undefined });
    scrollTo(element, target.windowTop);
    return true;
  }
  const heading = shownHeading();
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
  window.scrollTo({ top: 0, behavior: 'instant' });
  return true;
}

function firstShown(ids: string[]): HTMLElement | null {
  for (const id of ids) {
    const element = document.getElementById(id);
    if (element && isShown(element)) return element;
  }
  return null;
}

function entryOf(element: HTMLElement): HTMLElement {
  if (element.matches(FOCUSABLE)) return element;
  const inside =
    element.querySelector<HTMLElement>('input:checked') ??
    element.querySelector<HTMLElement>('input, textarea, select');
  if (inside) return inside;
  element.setAttribute('tabindex', '-1');
  return element;
}

function scrollTo(element: HTMLElement, windowTop: FocusTarget['windowTop']) {
  if (windowTop === undefined) return;
  if (windowTop === 'start') {
    element.scrollIntoView?.({ block: 'start', behavior: 'instant' });
    return;
  }
  const rect = element.getBoundingClientRect();
  const room = window.innerHeight - rect.height - MARGIN;
  const top = Math.max(MARGIN, Math.min(windowTop, room));
  window.scrollTo({ top: rect.top + window.scrollY - top, behavior: 'instant' });
}

/** The shown page's h1: while a lazy page loads, the page before it stays in the DOM, hidden. */
export function shownHeading(): HTMLElement | undefined {
  return [...document.querySelectorAll<HTMLElement>('main h1')].find(isShown);
}

/**
 * Whether an element is rendered: not display:none (as Suspense hides the page before a lazy one)
 * nor inside a hidden or folded part. Where the browser cannot say (jsdom), by its ancestors.
 */
export function isShown(element: HTMLElement): boolean {
  if (typeof element.checkVisibility === 'function') return element.checkVisibility();
  for (let e: HTMLElement | null = element; e; e = e.parentElement) {
    if (e.hidden || e.style.display === 'none') return false;
  }
  return true;
}
