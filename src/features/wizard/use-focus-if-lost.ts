import { useEffect, type RefObject } from 'react';

/**
 * The app moves focus to the new page's h1 after a route change, but gives up if the page's
 * code takes long to load. When the user came here by acting on the page (not a fresh load) and
 * focus fell back to <body>, put it on the heading so keyboard and screen-reader users are not
 * left at the top of the document.
 */
export function useFocusIfLost(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const active = document.activeElement;
    const lost = active === null || active === document.body;
    if (lost && navigator.userActivation?.hasBeenActive) ref.current?.focus();
  }, [ref]);
}
