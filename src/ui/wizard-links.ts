/**
 * Links into the wizard from the results and review pages: what they put in history.state so the
 * wizard opens at the question and offers the way back. Kept apart from paths.ts, which the start
 * page loads.
 */

/**
 * Put in history.state by links from the results page into the wizard, so the wizard can offer
 * «Tilbake til resultatet». A link about one question names it: the wizard opens at that question.
 */
export type FromResultsState = {
  from: 'results';
  question?: string;
  /**
   * Set once the user has moved on to another step (the state is kept for the way back): from
   * then on the wizard opens each step at its heading, like any step change.
   */
  moved?: true;
};

export function isFromResults(state: unknown): state is FromResultsState {
  return (state as FromResultsState | null)?.from === 'results';
}

/** Put in history.state by the review page's «Endre» links: the wizard opens at that question. */
export type FromReviewState = { from: 'review'; question: string };

export function isFromReview(state: unknown): state is FromReviewState {
  return (state as FromReviewState | null)?.from === 'review';
}

/** The question a link into the wizard asked it to open at, if the user has not moved on since. */
export function questionToOpen(state: unknown): string | undefined {
  if (isFromResults(state)) return state.moved ? undefined : state.question;
  return isFromReview(state) ? state.question : undefined;
}

/**
 * Where on the results page the user followed a link into the wizard, so «Tilbake til resultatet»
 * can put them back at that link. In memory only (a URL or a reload does not carry it).
 */
export type ResultsSpot = {
  /** The question the link was about (as in its FromResultsState); none for a whole step. */
  question: string | undefined;
  href: string;
  name: string;
  /** The link's top edge: on the page, and in the window when it was followed. */
  pageTop: number;
  windowTop: number;
};

let lastResultsSpot: ResultsSpot | null = null;

/** A link's name as the user knows it: its aria-label, else its text. */
export function linkName(link: Element): string {
  return link.getAttribute('aria-label') ?? link.textContent ?? '';
}

/** Call when a link on the results page into the wizard is followed (from its onClick). */
export function rememberResultsSpot(link: Element, question?: string): void {
  const top = link.getBoundingClientRect().top;
  lastResultsSpot = {
    question,
    href: link.getAttribute('href') ?? '',
    name: linkName(link),
    pageTop: top + window.scrollY,
    windowTop: top,
  };
}

/**
 * The spot to go back to, once: only when it belongs to the trip the wizard was opened for (the
 * same question, or both about a whole step), so a spot left from an earlier visit is not used.
 */
export function takeResultsSpot(question: string | undefined): ResultsSpot | null {
  const spot = lastResultsSpot;
  lastResultsSpot = null;
  return spot && spot.question === question ? spot : null;
}

/** Link props for a results-page link to a whole wizard step: the way back, to this link. */
export function stepLinkFromResults() {
  const state: FromResultsState = { from: 'results' };
  return {
    state,
    onClick: (event: { currentTarget: Element }) => rememberResultsSpot(event.currentTarget),
  };
}
