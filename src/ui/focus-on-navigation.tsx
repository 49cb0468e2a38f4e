import { useLayoutEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { focusTargetOf, placeFocus } from './focus-target';

// What the user does: focus is theirs from then on, even if the page is still on its way.
const USER_INPUT = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

/**
 * The one place that moves focus after a navigation (not on first load): where the navigation's
 * history state says (ui/focus-target.ts), else to the new page's h1, so keyboard and screen-reader
 * users start at the new content. Applied once, in the commit that shows the new page (a layout
 * effect, before it is painted). When the page is not there yet (its code is loading, or it waits
 * for saved data) it waits for the page to render, until the next navigation or the user's first
 * key, click, wheel or touch.
 */
export function FocusOnNavigation() {
  const [location] = useLocation();
  const previous = useRef(location);
  useLayoutEffect(() => {
    if (previous.current === location) return;
    previous.current = location;
    const target = focusTargetOf(window.history.state);
    if (placeFocus(target)) return;

    const observer = new MutationObserver(() => {
      if (placeFocus(target)) stop();
    });
    const stop = () => {
      observer.disconnect();
      for (const type of USER_INPUT) window.removeEventListener(type, stop, true);
    };
    // Suspense shows the new page by inserting it and unhides a page it had hidden by its style.
    observer.observe(document.querySelector('main') ?? document.body, {
      childList: true,
      subtree: true,
      attributeFilter: ['style', 'hidden'],
    });
    for (const type of USER_INPUT) window.addEventListener(type, stop, true);
    return stop;
  }, [location]);
  return null;
}
