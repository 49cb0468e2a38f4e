import { useLayoutEffect } from 'react';
import { holdFocus } from './hold-focus';
import { questionIds } from './step-text';

/**
 * Arriving through a link about one question («Endre svaret på …» on the results or review page),
 * the user lands on that question rather than on the step's heading: it is scrolled to the top of
 * the window and its chosen answer has focus (the first option when there is none, which is also
 * where Tab would enter the group). Screen readers then say the question (the group's legend),
 * the current answer and that it is chosen, and arrow keys change it at once. A fresh load or a
 * reload (no user action yet, where the browser can tell) opens at the heading as usual.
 *
 * A layout effect, so the first try comes before the page is painted.
 */
export function useOpenAtQuestion(questionId: string | undefined, index: number) {
  useLayoutEffect(() => {
    if (!questionId || !(navigator.userActivation?.hasBeenActive ?? true)) return;
    return holdFocus({
      find: () => questionControl(questionId),
      place: (control) => {
        control.focus({ preventScroll: true });
        control.closest('.mk-question')?.scrollIntoView?.({ block: 'start', behavior: 'instant' });
      },
    });
  }, [questionId, index]);
}

/** The control a question is entered at: its chosen option, else its first field. */
function questionControl(questionId: string): HTMLElement | null {
  const question = document.getElementById(questionIds(questionId).base);
  return (
    question?.querySelector<HTMLElement>('input:checked') ??
    question?.querySelector<HTMLElement>('input, textarea, select') ??
    null
  );
}
