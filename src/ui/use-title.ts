import { useEffect } from 'react';
import { useLocation } from 'wouter';

/**
 * Names the browser tab more precisely than the app does (src/app/document-title.tsx), which goes
 * by the address alone. Both set the title again on every change of address, the app's first, so
 * this one, set by the page itself, is the one that stays, also when the page stays mounted.
 */
export function useTitle(title: string) {
  const [location] = useLocation();
  useEffect(() => {
    document.title = title;
  }, [title, location]);
}
