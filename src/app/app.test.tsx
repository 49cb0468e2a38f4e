import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('virtual:pwa-register', () => ({ registerSW: () => async () => {} }));

/** The app as it starts at this address: its modules read the address as they load. */
async function appAt(hash: string) {
  location.hash = hash;
  // In bokmål, as a visitor who chose it (the browser here is English).
  localStorage.setItem(
    'modellkart:settings',
    JSON.stringify({ state: { locale: 'nb' }, version: 1 }),
  );
  vi.resetModules();
  await import('../i18n/core-messages');
  return import('./app');
}

afterEach(() => {
  location.hash = '';
});

describe('a page the app loads on demand', () => {
  it('shows «Laster …» in its place until its code is there', async () => {
    const { App } = await appAt('#/tilgjengelighet');
    render(<App />);
    expect(screen.getByText('Laster …')).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Tilgjengelighetserklæring for Modellkart',
      }),
    ).toBeInTheDocument();
  });

  it('is there in the first render when its code was loaded ahead', async () => {
    const { App, preloadRoute } = await appAt('#/tilgjengelighet');
    await preloadRoute(location.hash);
    render(<App />);
    expect(screen.queryByText('Laster …')).toBeNull();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Tilgjengelighetserklæring for Modellkart' }),
    ).toBeInTheDocument();
  });

  it('loads nothing ahead for the start page or an unknown address', async () => {
    const { preloadRoute } = await appAt('#/');
    await expect(preloadRoute('#/')).resolves.toBeUndefined();
    await expect(preloadRoute('#/finnes-ikke')).resolves.toBeUndefined();
  });
});
