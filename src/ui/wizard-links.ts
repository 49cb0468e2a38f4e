/**
 * Links into the wizard from the results and review pages: what they put in history.state so the
 * wizard opens at the question and offers the way back. Kept apart from paths.ts, which the start
 * page loads.
 */
import type { MouseEvent } from 'react';
import { useLocation } from 'wouter';
import { spotOf, type FocusTarget, type NavigationState } from './focus-target';

/**
 * Put in history.state by links from the results page into the wizard, so the wizard can offer
 * «Tilbake til resultatet»: `back` is the spot on the results page it returns to (the link
 * followed, at its height in the window). A link about one question has `focus` on it.
 */
export type FromResultsState = NavigationState & { from: 'results' };

export function isFromResults(state: unknown): state is FromResultsState {
  return (state as FromResultsState | null)?.from === 'results';
}

/**
 * The state a step change in the wizard keeps: the way back to the result, but not the focus on
 * a question (each step opens at its heading, also when the user comes back to the question's own).
 */
export function keptFromResults(state: unknown): FromResultsState | null {
  return isFromResults(state) ? { from: 'results', back: state.back } : null;
}

/** The element id of a question in the wizard (its .mk-question), which links about it open at. */
export function questionElementId(questionId: string): string {
  return `sporsmal-${questionId}`;
}

/**
 * Opening a step at a question: it is scrolled to the top of the window and its chosen answer has
 * focus (the first option when there is none, which is also where Tab would enter the group).
 * Screen readers then say the question (the group's legend), the current answer and that it is
 * chosen, and arrow keys change it at once.
 */
export function openAtQuestion(questionId: string): FocusTarget {
  return { ids: [questionElementId(questionId)], windowTop: 'start' };
}

type WizardLink = {
  /** The wizard step, e.g. paths.wizardStep(3). */
  href: string;
  /** The question the link is about: the step opens at it. None: at the step's heading. */
  question?: string;
  /**
   * Elements to put focus on when the way back cannot find the link itself (a changed answer can
   * remove it), in order, e.g. the same link elsewhere, then the heading of its part of the page.
   */
  fallbackIds?: string[];
};

/**
 * Props for a link on the results page into the wizard; the link needs an `id` of its own that
 * stays the same when the page is shown again. As it is followed, it notes where it is, so
 * «Tilbake til resultatet» comes back to it at the same height in the window.
 */
export function useLinkIntoWizard() {
  const [, navigate] = useLocation();
  return ({ href, question, fallbackIds }: WizardLink) => ({
    href,
    // Only a plain click or Enter comes here (wouter leaves ctrl-, shift- and middle clicks to the
    // browser): the navigation is this one, with the spot as it is now.
    onClick: (event: MouseEvent<Element>) => {
      event.preventDefault();
      const state: FromResultsState = {
        from: 'results',
        back: spotOf(event.currentTarget, fallbackIds),
      };
      if (question) state.focus = openAtQuestion(question);
      navigate(href, { state });
    },
  });
}
