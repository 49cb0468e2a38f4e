import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashPath } from '../ui/hash-location';
import { ImportPage, StartPage } from '../features/start/start-page';
import { useT } from '../i18n/use-t';
import { ErrorBoundary } from '../ui/error-boundary';
import { FocusOnNavigation } from '../ui/focus-on-navigation';
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
  // Started in the same turn as the store loads (it reads the saved workshops then), so another
  // tab's save from that moment on is seen.
  const started = import('../store/workshop-store').then((m) => m.startWorkshopStore());
  const [page] = await Promise.all([import('../features/workshop/workshop-page'), started]);
  return page;
});
const AccessibilityPage = lazy(() => import('../features/about/accessibility-page'));
const MethodPage = lazy(() => import('../features/about/method-page'));

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
              <Route path={paths.method} component={MethodPage} />
              <Route path={paths.importAnswers}>
                {() => <ImportPage Import={ImportActions} />}
              </Route>
              <Route component={NotFoundPage} />
            </Switch>
          </Suspense>
        </RouteBoundary>
        {/* After the page: its layout effects have run when this one moves focus into it. */}
        <FocusOnNavigation />
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
