import { act, render } from '@testing-library/react';
import { Route, Switch } from 'wouter';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { beforeEach, describe, expect, it } from 'vitest';
import '../i18n/core-messages';
import { useSettingsStore } from '../store/settings-store';
import { DocumentTitle, pageTitleKey, useTitle } from './use-title';

function Step({ n }: { n: string }) {
  useTitle(`Steg ${n} – Modellkart`);
  return null;
}

function WorkshopNotFound() {
  useTitle('Fant ikke workshopen – Modellkart');
  return null;
}

function renderAt(path: string) {
  const location = memoryLocation({ path });
  render(
    <Router hook={location.hook}>
      <DocumentTitle />
    </Router>,
  );
  return location;
}

beforeEach(() => {
  act(() => useSettingsStore.setState({ locale: 'nb' }));
  document.title = '';
});

describe('DocumentTitle', () => {
  it('gives the start page the full title and other pages «page – Modellkart»', () => {
    const location = renderAt('/');
    expect(document.title).toBe('Modellkart – bibliotek og innbyggertorg');
    act(() => location.navigate('/resultat'));
    expect(document.title).toBe('Resultat – Modellkart');
    act(() => location.navigate('/workshop/abc'));
    expect(document.title).toBe('Workshop – Modellkart');
    act(() => location.navigate('/delt/xyz'));
    expect(document.title).toBe('Delt resultat – Modellkart');
    act(() => location.navigate('/finnes-ikke'));
    expect(document.title).toBe('Fant ikke siden – Modellkart');
  });

  it('follows the chosen language', () => {
    renderAt('/tilgjengelighet');
    expect(document.title).toBe('Tilgjengelighet – Modellkart');
    act(() => useSettingsStore.setState({ locale: 'nn' }));
    expect(document.title).toBe('Tilgjenge – Modellkart');
    act(() => useSettingsStore.setState({ locale: 'en' }));
    expect(document.title).toBe('Accessibility – Modellkart');
  });

  it('takes a page’s own title while it is shown, and the address’s title after', () => {
    const location = memoryLocation({ path: '/kartlegging/1' });
    render(
      <Router hook={location.hook}>
        <DocumentTitle />
        <Switch>
          <Route path="/kartlegging/:n">{(params) => <Step n={params.n} />}</Route>
          <Route path="/workshop" nest>
            <Route path="/:id" component={WorkshopNotFound} />
          </Route>
        </Switch>
      </Router>,
    );
    expect(document.title).toBe('Steg 1 – Modellkart');
    act(() => location.navigate('/kartlegging/2'));
    expect(document.title).toBe('Steg 2 – Modellkart');
    act(() => location.navigate('/resultat'));
    expect(document.title).toBe('Resultat – Modellkart');
    act(() => location.navigate('/workshop/abc'));
    expect(document.title).toBe('Fant ikke workshopen – Modellkart');
  });

  it('names every route, query strings aside', () => {
    expect(pageTitleKey('/')).toBeNull();
    expect(pageTitleKey('/kartlegging/3')).toBe('app.nav.wizard');
    expect(pageTitleKey('/oppsummering?fra=resultat')).toBe('app.nav.review');
  });
});
