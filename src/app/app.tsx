import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashPath } from '../ui/hash-location';
import { ImportPage, StartPage } from '../features/start/start-page';
import { useT } from '../i18n/use-t';
import { ErrorBoundary } from '../ui/error-boundary';
import { focusMainHeading, mainHeadingShown } from '../ui/focus-heading';
import { focusTargetOf } from '../ui/focus-target';
import { paths } from '../ui/paths';
import type { ChartId } from '../ui/slots';
import { DocumentTitle } from '../ui/use-title';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { PwaUpdate } from './pwa-update';
import { StorageNotice } from './storage-notice';

// Everything but the start page loads on demand, so the first paint stays light.
const WizardPage = lazy(() => import('../features/wizard/wizard-page'));
const ReviewPage = lazy(() => import('../features/wizard/review-page'));
const WorkshopPage = lazy(async () => {
  const [page, { startWorkshopStore }] = await Promise.all([
    import('../features/workshop/workshop-page'),
    import('../store/workshop-store'),
  ]);
  startWorkshopStore();
  return page;
});
const AccessibilityPage = lazy(() => import('../features/about/accessibility-page'));

// Export code loads only when a results page shows its buttons; each slot has its own Suspense so
// loading it never replaces the page with the app's fallback.
const LazyChartActions = lazy(() => import('../features/export/chart-actions'));
const LazyPageActions = lazy(() => import('../features/export/page-actions'));
const LazyImportActions = lazy(() => import('../features/export/import-actions'));
const LazySendAction = lazy(() => import('../features/workshop/send-action'));

function ChartActions(props: { chart: ChartId }) {
  return (
    <ErrorBoundary headingLevel={2}>
      <Suspense fallback={null}>
        <LazyChartActions {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

function PageActions() {
  return (
    <ErrorBoundary headingLevel={2}>
      <Suspense fallback={null}>
        <LazySendAction />
        <LazyPageActions />
      </Suspense>
    </ErrorBoundary>
  );
}

function ImportActions() {
  return (
    <ErrorBoundary headingLevel={2}>
      <Suspense fallback={null}>
        <LazyImportActions />
      </Suspense>
    </ErrorBoundary>
  );
}

// The results page gets the insight sections and the export slots; features never import each
// other, the app composes them.
const ResultsPage = lazy(async () => {
  const [{ default: Page }, { INSIGHT_SECTIONS }] = await Promise.all([
    import('../features/results/results-page'),
    import('../features/insight/insight-sections'),
  ]);
  return {
    default: () => (
      <Page
        Sections={INSIGHT_SECTIONS}
        ChartActions={ChartActions}
        PageActions={PageActions}
        Import={ImportActions}
      />
    ),
  };
});

// A share link (#/delt/<code>) shows someone else's result read-only with the results view.
const SharedPage = lazy(async () => {
  const [{ default: Page }, { ResultView }, { default: AddToWorkshop }] = await Promise.all([
    import('../features/export/shared-page'),
    import('../features/results/result-view'),
    import('../features/workshop/add-to-workshop'),
  ]);
  return {
    default: ({ code }: { code: string }) => (
      <Page code={code} ResultView={ResultView} AddToWorkshop={AddToWorkshop} />
    ),
  };
});

export function App() {
  return (
    <Router hook={useHashPath}>
      <Layout>
        <PwaUpdate />
        <StorageNotice />
        <FocusOnNavigation />
        <DocumentTitle />
        <RouteBoundary>
          <Suspense fallback={<Loading />}>
            <Switch>
              <Route path={paths.start}>{() => <StartPage Import={ImportActions} />}</Route>
              <Route path={paths.wizardPattern} component={WizardPage} />
              <Route path={paths.review} component={ReviewPage} />
              <Route path={paths.results} component={ResultsPage} />
              <Route path={paths.shared}>{(params) => <SharedPage code={params.code} />}</Route>
              <Route path={paths.workshop} nest component={WorkshopPage} />
              <Route path={paths.accessibility} component={AccessibilityPage} />
              <Route path={paths.importAnswers}>
                {() => <ImportPage Import={ImportActions} />}
              </Route>
              <Route component={NotFoundPage} />
            </Switch>
          </Suspense>
        </RouteBoundary>
      </Layout>
    </Router>
  );
}

/** One boundary per route: a broken page shows what happened; navigating away recovers. */
function RouteBoundary({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  return <ErrorBoundary resetKey={location}>{children}</ErrorBoundary>;
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
 * After a route change, focus moves to where the navigation asked (its history state names an
 * element: ui/focus-target.ts), else to the new page's main heading, so screen-reader and keyboard
 * users start at the top of the new content. Not on first load.
 */
function FocusOnNavigation() {
  const [location] = useLocation();
  const previous = useRef(location);
  useEffect(() => {
    if (previous.current === location) return;
    previous.current = location;
    const targetId = focusTargetOf(window.history.state);
    const focusHeading = () => {
      if (!mainHeadingShown()) return false;
      const target = targetId ? document.getElementById(targetId) : null;
      if (target) {
        target.focus();
        return true;
      }
      focusMainHeading();
      window.scrollTo({ top: 0 });
      return true;
    };
    if (focusHeading()) return;
    // Lazy pages render a moment later (longer on slow phones): wait for their heading.
    const main = document.querySelector('main');
    if (!main) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const timer = window.setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [location]);
  return null;
}
