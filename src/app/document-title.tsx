import { useEffect } from 'react';
import { useLocation } from 'wouter';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { paths } from '../ui/paths';

const firstSegment = (path: string) => path.split('?')[0]!.split('/')[1] ?? '';

// null: the start page, whose tab gets the full title.
const PAGE_TITLES = new Map<string, MessageKey | null>([
  [firstSegment(paths.start), null],
  [firstSegment(paths.wizardPattern), 'app.nav.wizard'],
  [firstSegment(paths.review), 'app.nav.review'],
  [firstSegment(paths.results), 'app.nav.results'],
  [firstSegment(paths.shared), 'app.sharedTitle'],
  [firstSegment(paths.workshop), 'app.nav.workshop'],
  [firstSegment(paths.accessibility), 'app.nav.accessibility'],
]);

/** The message that names the page at a location; null for the start page. */
export function pageTitleKey(location: string): MessageKey | null {
  const key = PAGE_TITLES.get(firstSegment(location));
  return key === undefined ? 'app.notFound.title' : key;
}

/**
 * Names the browser tab after the page, in the user's language (WCAG 2.4.2). Rendered before the
 * routes, so a page that names itself more precisely (a wizard step) does so after this.
 */
export function DocumentTitle() {
  const t = useT();
  const [location] = useLocation();
  const key = pageTitleKey(location);
  const title = key ? `${t(key)} – ${t('app.name')}` : t('app.documentTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
