import { useEffect } from 'react';

/**
 * Names the browser tab more precisely than the app does (src/app/document-title.tsx), which sets
 * every page's title first and a new one whenever the page or language changes.
 */
export function useTitle(title: string) {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
