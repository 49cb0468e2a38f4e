import { act, render, screen } from '@testing-library/react';
import { lazy, Suspense, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Route, Router, Switch } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { FocusOnNavigation } from './focus-on-navigation';
import { backTargetOf, focusOn, focusTargetOf, spotOf, type FocusTarget } from './focus-target';

// jsdom has no layout: scrolling is only recorded.
const scrollTo = vi.fn();
beforeEach(() => {
  scrollTo.mockClear();
  window.scrollTo = scrollTo as typeof window.scrollTo;
});
afterEach(() => window.history.replaceState(null, ''));

function Question() {
  return (
    <div id="sporsmal-q" className="mk-question">
      <fieldset>
        <legend>Spørsmål</legend>
        <input type="radio" name="q" aria-label="A" />
        <input type="radio" name="q" aria-label="B" defaultChecked />
      </fieldset>
    </div>
  );
}

/** A page whose heading comes later, as one waiting for saved data. */
function Waiting() {
  const [ready, setReady] = useState(false);
  return ready ? (
    <h1>Klar</h1>
  ) : (
    <button type="button" onClick={() => setReady(true)}>
      Laster
    </button>
  );
}

/** Routes in an in-memory router; each navigation's state goes into history.state, as in the app. */
function setUp(lazyPage?: Promise<{ default: () => React.ReactNode }>) {
  const location = memoryLocation({ path: '/a', record: true });
  const navigate: typeof location.navigate = (to, options) => {
    window.history.replaceState(options?.state ?? null, '');
    location.navigate(to, options);
  };
  const hook = (): [string, typeof navigate] => [location.hook()[0], navigate];
  const LazyPage = lazyPage ? lazy(() => lazyPage) : () => null;
  render(
    <Router hook={hook}>
      <main>
        <Suspense fallback={<p>Laster …</p>}>
          <Switch>
            <Route path="/a">
              <h1>Side A</h1>
              <a id="lenke" href="#/b">
                Til B
              </a>
            </Route>
            <Route path="/b">
              <h1>Side B</h1>
              <Question />
              <h2 id="del">Del</h2>
            </Route>
            <Route path="/vent" component={Waiting} />
            <Route path="/lat" component={LazyPage} />
          </Switch>
        </Suspense>
      </main>
      <FocusOnNavigation />
    </Router>,
  );
  return (to: string, state?: { focus?: FocusTarget }) => act(() => navigate(to, { state }));
}

describe('FocusOnNavigation', () => {
  it('leaves focus alone on the first load, whatever the state says', () => {
    window.history.replaceState({ focus: focusOn('lenke') }, '');
    setUp();
    expect(document.body).toHaveFocus();
  });

  it('puts focus on the new page’s h1 without a target, at the top of the page', () => {
    const go = setUp();
    go('/b');
    expect(screen.getByRole('heading', { level: 1, name: 'Side B' })).toHaveFocus();
    expect(scrollTo).toHaveBeenCalledWith({ top: 0, behavior: 'instant' });
  });

  it('puts a spot back at its height in the window, kept inside the window', () => {
    const go = setUp();
    const at = (top: number) => () => ({ top, height: 20 }) as DOMRect;
    // The heading 700 px down the page, with the window at the top.
    HTMLHeadingElement.prototype.getBoundingClientRect = at(700);
    go('/b', { focus: { ids: ['del'], windowTop: 240 } });
    expect(screen.getByRole('heading', { level: 2, name: 'Del' })).toHaveFocus();
    expect(scrollTo).toHaveBeenLastCalledWith({ top: 700 - 240, behavior: 'instant' });
    // A spot near the bottom of a window that has since become lower: the heading stays in it.
    go('/a');
    go('/b', { focus: { ids: ['del'], windowTop: window.innerHeight + 50 } });
    expect(scrollTo).toHaveBeenLastCalledWith({
      top: 700 - (window.innerHeight - 20 - 16),
      behavior: 'instant',
    });
    Reflect.deleteProperty(HTMLHeadingElement.prototype, 'getBoundingClientRect');
  });

  it('enters a question at its chosen answer', () => {
    const go = setUp();
    go('/b', { focus: { ids: ['sporsmal-q'], windowTop: 'start' } });
    expect(screen.getByRole('radio', { name: 'B' })).toHaveFocus();
  });

  it('takes the first target that is there, and a heading gets focus without joining Tab', () => {
    const go = setUp();
    go('/b', { focus: focusOn('borte', 'del') });
    const heading = screen.getByRole('heading', { level: 2, name: 'Del' });
    expect(heading).toHaveFocus();
    expect(heading).toHaveAttribute('tabindex', '-1');
  });

  it('falls back to the h1 when no target is there', () => {
    const go = setUp();
    go('/a', { focus: focusOn('borte') });
    go('/b', { focus: focusOn('borte') });
    expect(screen.getByRole('heading', { level: 1, name: 'Side B' })).toHaveFocus();
  });

  it('waits for a page whose code loads lazily, and never focuses the hidden page before it', async () => {
    let load!: (page: { default: () => React.ReactNode }) => void;
    const go = setUp(new Promise((resolve) => (load = resolve)));
    go('/lat', { focus: focusOn('sporsmal-q') });
    expect(screen.getByText('Laster …')).toBeInTheDocument();
    expect(document.body).toHaveFocus();
    await act(async () => load({ default: () => <Question /> }));
    expect(screen.getByRole('radio', { name: 'B' })).toHaveFocus();
  });

  it('waits for a page whose heading comes later', async () => {
    const go = setUp();
    go('/vent');
    expect(document.body).toHaveFocus();
    // The page's own change (not a user's key or click, which would end the wait).
    await act(async () => screen.getByRole('button', { name: 'Laster' }).click());
    expect(screen.getByRole('heading', { level: 1, name: 'Klar' })).toHaveFocus();
  });

  it('stops waiting at the user’s first key press', async () => {
    const go = setUp();
    go('/vent');
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
      screen.getByRole('button', { name: 'Laster' }).click();
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Klar' })).not.toHaveFocus();
  });
});

describe('focus targets in history.state', () => {
  it('reads only a well-formed target', () => {
    expect(focusTargetOf({ focus: { ids: ['a'], windowTop: 12 } })).toEqual({
      ids: ['a'],
      windowTop: 12,
    });
    expect(focusTargetOf({ focus: { ids: ['a'], windowTop: 'start' } })).not.toBeNull();
    for (const state of [
      null,
      'x',
      {},
      { focus: { ids: [] } },
      { focus: { ids: [''] } },
      { focus: { ids: [1] } },
      { focus: { ids: ['a'], windowTop: 'midt' } },
      { focusId: 'a' },
    ]) {
      expect(focusTargetOf(state)).toBeNull();
    }
    expect(backTargetOf({ back: focusOn('lenke') })).toEqual({ ids: ['lenke'] });
    expect(backTargetOf({ focus: focusOn('lenke') })).toBeNull();
  });

  it('notes a link’s spot: its id, the fallbacks, and its height in the window', () => {
    const link = document.createElement('a');
    link.id = 'lenke';
    link.getBoundingClientRect = () => ({ top: 240.4 }) as DOMRect;
    expect(spotOf(link, ['del'])).toEqual({ ids: ['lenke', 'del'], windowTop: 240 });
  });
});
