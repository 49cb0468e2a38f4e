import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { Route, Router, Switch, useLocation, type RouteComponentProps } from 'wouter';
import { useHashPath } from '../ui/hash-location';
import { ImportPage, StartPage } from '../features/start/start-page';
import { useT } from '../i18n/use-t';
import { ErrorBoundary } from '../ui/error-boundary';
import { FocusOnNavigation } from '../ui/focus-on-navigation';
import { firstPathSegment, paths } from '../ui/paths';
import type { ChartId } from '../ui/slots';
import { DocumentTitle } from '../ui/use-title';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { PwaUpdate } from './pwa-update';
import { StorageNotice } from './storage-notice';

// Everything but the start page loads on demand, so the first paint stays light.
const WizardPage = routePage(() => import('../features/wizard/wizard-page'));
const ReviewPage = routePage(() => import('../features/wizard/review-page'));
const WorkshopPage = routePage(async () => {
  // Started in the same turn as the store loads (it reads the saved workshops then), so another
  // tab's save from that moment on is seen.
  const started = import('../store/workshop-store').then((m) => m.startWorkshopStore());
  const [page] = await Promise.all([import('../features/workshop/workshop-page'), started]);
  return page;
});
const AccessibilityPage = routePage(() => import('../features/about/accessibility-page'));
const MethodPage = routePage(() => import('../features/about/method-page'));

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
const ResultsPage = routePage(async () => {
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
const SharedPage = routePage(async () => {
  const [{ default: Page }, { ResultView }, { default: AddToWorkshop }] = await Promise.all([
    import('../features/export/shared-page'),
    import('../features/results/result-view'),
    import('../features/workshop/add-to-workshop'),
  ]);
  return {
    default: ({ params }: { params: { code?: string } }) => (
      <Page params={params} ResultView={ResultView} AddToWorkshop={AddToWorkshop} />
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
              {ROUTE_PAGES.map(({ path, page, nest }) => (
                <Route key={path} path={path} nest={nest} component={page.Page} />
              ))}
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

type RoutePage = { Page: ComponentType<RouteComponentProps>; preload: () => Promise<unknown> };

// The pages loaded on demand, by address: the routes render them, preloadRoute loads them ahead.
const ROUTE_PAGES: { path: string; page: RoutePage; nest?: boolean }[] = [
  { path: paths.wizardPattern, page: WizardPage },
  { path: paths.review, page: ReviewPage },
  { path: paths.results, page: ResultsPage },
  { path: paths.shared, page: SharedPage },
  { path: paths.workshop, page: WorkshopPage, nest: true },
  { path: paths.accessibility, page: AccessibilityPage },
  { path: paths.method, page: MethodPage },
];

/**
 * Loads the code of the page at this address (a location hash), so the app's first render shows
 * that page rather than «Laster …» in its place: a shared result's first paint
 * (src/share-first-paint.ts) stays on screen until the whole result replaces it. Resolves at once
 * for the start page.
 */
export function preloadRoute(hash: string): Promise<unknown> {
  const segment = firstPathSegment(hash);
  const route = segment && ROUTE_PAGES.find((r) => firstPathSegment(r.path) === segment);
  // A page that fails to load says so when it renders (RouteBoundary).
  return route ? route.page.preload().catch(() => undefined) : Promise.resolve();
}

/**
 * A page loaded on demand. Loaded ahead (preload), it renders at once; otherwise it suspends
 * until its code is there. Each mount keeps the one it started with, so it never remounts.
 */
function routePage<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () =>
    (loading ??= load().then((module) => {
      loaded = module.default;
      return module;
    }));
  const Lazy = lazy(preload);
  function Page(props: P) {
    const [Loaded] = useState(() => loaded);
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return { Page, preload };
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
