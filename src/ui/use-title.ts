import { useEffect } from 'react';

/**
 * Names the browser tab more precisely than the app does (src/app/document-title.tsx), which goes
 * by the address alone. The app's title is set first, on every page and language change, so this
 * one, set by the page itself, is the one that stays.
 */
export function useTitle(title: string) {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
