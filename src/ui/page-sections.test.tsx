import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import '../i18n/core-messages';
import { useSettingsStore } from '../store/settings-store';
import { PageSection, SectionMenu, SectionsProvider } from './page-sections';

beforeEach(() => {
  useSettingsStore.setState({ locale: 'nb' });
  // jsdom draws nothing, so it cannot scroll.
  Element.prototype.scrollIntoView = vi.fn();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderPage() {
  const { hook } = memoryLocation({ path: '/resultat' });
  return render(
    <Router hook={hook}>
      <SectionsProvider>
        <h1>Resultat</h1>
        <SectionMenu />
        <PageSection title="Kartet">
          <p>Punktet ligger nær Hybrid samarbeid.</p>
        </PageSection>
        <PageSection title="Spenninger" deferred>
          <p>To svar trekker hver sin vei.</p>
        </PageSection>
        <PageSection title="Hva om">
          <p>Prøv andre svar.</p>
        </PageSection>
      </SectionsProvider>
    </Router>,
  );
}

const menu = () => screen.getByRole('navigation', { name: 'På denne siden' });

describe('section menu and folding sections', () => {
  it('lists every section in page order as a link', () => {
    renderPage();
    const links = within(menu()).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Kartet', 'Spenninger', 'Hva om']);
  });

  it('folds and unfolds a section with the button in its heading, by mouse and by keyboard', async () => {
    const user = userEvent.setup();
    renderPage();
    const toggle = within(screen.getByRole('heading', { level: 2, name: 'Kartet' })).getByRole(
      'button',
      { name: 'Kartet' },
    );
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Punktet ligger nær Hybrid samarbeid.')).toBeVisible();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('Punktet ligger nær Hybrid samarbeid.')).not.toBeVisible();
    // Folded, the heading stays, so the section can be found and opened again.
    expect(screen.getByRole('heading', { level: 2, name: 'Kartet' })).toBeVisible();

    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Punktet ligger nær Hybrid samarbeid.')).toBeVisible();
  });

  it('jumps to a folded section: unfolds it and moves focus to its heading', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByRole('button', { name: 'Hva om' }));
    expect(screen.getByText('Prøv andre svar.')).not.toBeVisible();

    within(menu()).getByRole('link', { name: 'Hva om' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('Prøv andre svar.')).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Hva om' })).toHaveFocus();
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
  });

  it('shows a deferred section’s heading at once and its content when the menu jumps to it', async () => {
    // An observer that never reports: the section is far below the screen.
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    vi.stubGlobal('requestIdleCallback', () => 0);
    const user = userEvent.setup();
    renderPage();
    expect(screen.getByRole('heading', { level: 2, name: 'Spenninger' })).toBeInTheDocument();
    expect(screen.queryByText('To svar trekker hver sin vei.')).toBeNull();

    await user.click(within(menu()).getByRole('link', { name: 'Spenninger' }));
    expect(await screen.findByText('To svar trekker hver sin vei.')).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Spenninger' })).toHaveFocus();
  });

  it('opens the list from a button on a phone and closes it after a jump', async () => {
    const user = userEvent.setup();
    renderPage();
    const button = within(menu()).getByRole('button', { name: 'Gå til del' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(menu()).getByRole('link', { name: 'Kartet' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('names the menu in the chosen language', () => {
    renderPage();
    act(() => useSettingsStore.setState({ locale: 'en' }));
    expect(screen.getByRole('navigation', { name: 'On this page' })).toBeInTheDocument();
  });
});
