import { useEffect } from 'react';
import { useLocation } from 'wouter';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { firstPathSegment, paths } from '../ui/paths';

// null: the start page, whose tab gets the full title.
const PAGE_TITLES = new Map<string, MessageKey | null>([
  [firstPathSegment(paths.start), null],
  [firstPathSegment(paths.wizardPattern), 'app.nav.wizard'],
  [firstPathSegment(paths.review), 'app.nav.review'],
  [firstPathSegment(paths.results), 'app.nav.results'],
  [firstPathSegment(paths.shared), 'app.sharedTitle'],
  [firstPathSegment(paths.workshop), 'app.nav.workshop'],
  [firstPathSegment(paths.accessibility), 'app.nav.accessibility'],
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

/**
 * Names the browser tab after the page, in the user's language (WCAG 2.4.2). Rendered before the
 * routes, so a page that names itself more precisely (a wizard step) does so after this.
 */
export function DocumentTitle() {
  const t = useT();
  const [location] = useLocation();
  const title = pageTitle(location, t);
  // On every address, not only on a new title: a page's own title (useTitle) may have replaced it.
  useEffect(() => {
    document.title = title;
  }, [title, location]);
  return null;
}
