import { lazy, Suspense, useEffect, useRef } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { StartPage } from '../features/start/start-page';
import { useT } from '../i18n/use-t';
import { paths } from '../ui/paths';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { StorageNotice } from './storage-notice';

// Everything but the start page loads on demand, so the first paint stays light.
const WizardPage = lazy(() => import('../features/wizard/wizard-page'));
const ReviewPage = lazy(() => import('../features/wizard/review-page'));
const ResultsPage = lazy(() => import('../features/results/results-page'));
const WorkshopPage = lazy(() => import('../features/workshop/workshop-page'));
const AccessibilityPage = lazy(() => import('../features/about/accessibility-page'));

export function App() {
  return (
    <Router hook={useHashLocation}>
      <Layout>
        <StorageNotice />
        <FocusOnNavigation />
        <Suspense fallback={<Loading />}>
          <Switch>
            <Route path={paths.start} component={StartPage} />
            <Route path={paths.wizardPattern} component={WizardPage} />
            <Route path={paths.review} component={ReviewPage} />
            <Route path={paths.results} component={ResultsPage} />
            <Route path={paths.workshop} nest component={WorkshopPage} />
            <Route path={paths.accessibility} component={AccessibilityPage} />
            <Route component={NotFoundPage} />
          </Switch>
        </Suspense>
      </Layout>
    </Router>
  );
}

function Loading() {
  const t = useT();
  return (
    <p className="ds-paragraph" role="status">
      {t('app.loading')}
    </p>
  );
}

/**
 * After a route change, focus moves to the new page's main heading so screen-reader and keyboard
 * users start at the top of the new content. Not on first load.
 */
function FocusOnNavigation() {
  const [location] = useLocation();
  const previous = useRef(location);
  useEffect(() => {
    if (previous.current === location) return;
    previous.current = location;
    let tries = 0;
    // Lazy pages render a moment later: wait for their heading.
    const focus = () => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
        window.scrollTo({ top: 0 });
      } else if (tries++ < 40) {
        window.setTimeout(focus, 25);
      }
    };
    focus();
  }, [location]);
  return null;
}
