import { useEffect } from 'react';

/** Names the browser tab after the page (WCAG 2.4.2) and puts the old title back on leaving. */
export function useTitle(title: string) {
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}
