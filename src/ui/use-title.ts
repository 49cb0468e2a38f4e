import { useEffect, useSyncExternalStore } from 'react';
import { useLocation, useRouter } from 'wouter';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { firstPathSegment, paths } from './paths';

// null: the start page, whose tab gets the full title.
const PAGE_TITLES = new Map<string, MessageKey | null>([
  [firstPathSegment(paths.start), null],
  [firstPathSegment(paths.wizardPattern), 'app.nav.wizard'],
  [firstPathSegment(paths.review), 'app.nav.review'],
  [firstPathSegment(paths.results), 'app.nav.results'],
  [firstPathSegment(paths.shared), 'app.sharedTitle'],
  [firstPathSegment(paths.workshop), 'app.nav.workshop'],
  [firstPathSegment(paths.accessibility), 'app.nav.accessibility'],
  [firstPathSegment(paths.method), 'app.nav.method'],
  [firstPathSegment(paths.importAnswers), 'app.nav.import'],
]);

/** The message that names the page at a location; null for the start page. */
export function pageTitleKey(location: string): MessageKey | null {
  const key = PAGE_TITLES.get(firstPathSegment(location));
  return key === undefined ? 'app.notFound.title' : key;
}

/** The browser tab's title at a location: «<page> – Modellkart», or the full title on the start page. */
export function pageTitle(location: string, t: (key: MessageKey) => string): string {
  const key = pageTitleKey(location);
  return key ? `${t(key)} – ${t('app.name')}` : t('app.documentTitle');
}

/** A title a page asked for, with the full address it was shown at. */
type Claim = { location: string; title: string };

let claim: Claim | null = null;
const listeners = new Set<() => void>();

function setClaim(next: Claim | null) {
  claim = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Names the browser tab more precisely than the address alone can (a wizard step, an unknown
 * workshop). Only says what the title should be; DocumentTitle writes it.
 */
export function useTitle(title: string) {
  const [location] = useLocation();
  // Nested routes (the workshop) see their address without their base.
  const { base } = useRouter();
  const full = base + location;
  useEffect(() => {
    const own = { location: full, title };
    setClaim(own);
    return () => {
      if (claim === own) setClaim(null);
    };
  }, [title, full]);
}

/**
 * The one writer of the tab's title (WCAG 2.4.2), in the user's language: the page's own title
 * (useTitle) when it asked for one at this address, else the title the address gives.
 */
export function DocumentTitle() {
  const t = useT();
  const [location] = useLocation();
  const claimed = useSyncExternalStore(
    subscribe,
    () => claim,
    () => null,
  );
  const title = claimed?.location === location ? claimed.title : pageTitle(location, t);
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
