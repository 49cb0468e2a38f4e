/**
 * Where focus lands after a navigation, as data: put in history.state by the navigation, applied
 * by the app (FocusOnNavigation) once the page has rendered. Without one, focus goes to the h1.
 */
export type FocusTarget = { focusId: string };

/** State for a navigation that should end with focus on the element with this id. */
export function focusOn(id: string): FocusTarget {
  return { focusId: id };
}

/** The element id a navigation asked focus to land on, if any. */
export function focusTargetOf(state: unknown): string | null {
  const id = (state as Partial<FocusTarget> | null)?.focusId;
  return typeof id === 'string' && id !== '' ? id : null;
}

/**
 * Put in history.state by a link that opens the presentation: the id of that link, so ending the
 * presentation can put focus back on it.
 */
export type PresentedFrom = { presentedFrom: string };

export function presentedFromOf(state: unknown): string | null {
  const id = (state as Partial<PresentedFrom> | null)?.presentedFrom;
  return typeof id === 'string' && id !== '' ? id : null;
}
