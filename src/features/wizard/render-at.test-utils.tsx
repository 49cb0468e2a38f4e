// Test helper: renders the wizard's routes at a path, in bokmål, with an in-memory router and the
// app's focus after navigation. Each navigation's state goes into history.state, as in the app.
import { render } from '@testing-library/react';
import { Route, Router, Switch } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import '../../i18n/core-messages';
import { useSettingsStore } from '../../store/settings-store';
import { FocusOnNavigation } from '../../ui/focus-on-navigation';
import { paths } from '../../ui/paths';
import ReviewPage from './review-page';
import WizardPage from './wizard-page';

export function renderAt(path: string) {
  useSettingsStore.setState({ locale: 'nb' });
  const location = memoryLocation({ path, record: true });
  const navigate: typeof location.navigate = (to, options) => {
    window.history.replaceState(options?.state ?? null, '');
    location.navigate(to, options);
  };
  const hook = (): [string, typeof navigate] => [location.hook()[0], navigate];
  const view = render(
    <Router hook={hook}>
      <main>
        <Switch>
          <Route path={paths.wizardPattern} component={WizardPage} />
          <Route path={paths.review} component={ReviewPage} />
          <Route path={paths.results}>
            <h1>Resultat</h1>
          </Route>
          <Route path={paths.start}>
            <h1>Start</h1>
          </Route>
        </Switch>
      </main>
      <FocusOnNavigation />
    </Router>,
  );
  /** The current path, e.g. "/kartlegging/3". */
  const current = () => location.history.at(-1);
  /** The history state the last navigation put there (a Link's or navigate's `state`). */
  const state = () => location.state as unknown;
  return { ...view, current, state, navigate };
}
