import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../domain/assessment-schema';
import { CATALOGUE } from '../../domain/catalogue';
import { scoredQuestions } from '../../domain/catalogue-schema';
import type { Participant } from '../../domain/workshop-schema';
import { useSettingsStore } from '../../store/settings-store';
import { Presentation } from './presentation';
import './workshop-messages';

function participant(number: number): Participant {
  const answers: Record<string, string> = {};
  for (const q of scoredQuestions(CATALOGUE))
    answers[q.id] = q.options[number % q.options.length]!.id;
  const assessment: Assessment = { answers, comments: {}, context: {} };
  return {
    id: `p${number}`,
    number,
    name: null,
    role: null,
    assessment,
    hidden: false,
    addedAt: '',
    source: 'manual',
    catalogueVersion: CATALOGUE.version,
  };
}

/** The app around the presentation: a skip link, header, main and footer, as in the layout. */
function App({ participants = [] as Participant[], onLeave = () => {} }) {
  return (
    <>
      <a href="#main">Hopp til innholdet</a>
      <header>
        <a href="#/">Modellkart</a>
      </header>
      <main id="main">
        <div>
          <Presentation name="Samling" participants={participants} onLeave={onLeave} />
        </div>
      </main>
      <footer>
        <a href="#/tilgjengelighet">Tilgjengelighet</a>
      </footer>
    </>
  );
}

beforeEach(() => {
  useSettingsStore.setState({ locale: 'nb' });
});

describe('Presentation as a modal', () => {
  it('makes the rest of the app inert while it shows, and gives it back after', () => {
    const { unmount } = render(<App />);
    for (const el of [
      screen.getByText('Hopp til innholdet'),
      screen.getByRole('banner', { hidden: true }),
      screen.getByRole('contentinfo', { hidden: true }),
    ]) {
      expect(el.closest('[inert]')).not.toBeNull();
    }
    expect(screen.getByRole('dialog').closest('[inert]')).toBeNull();
    unmount();
    expect(document.querySelectorAll('[inert]')).toHaveLength(0);
  });

  it('keeps Tab and Shift+Tab inside: after the last button comes the first', async () => {
    const user = userEvent.setup();
    render(<App />);
    const previous = screen.getByRole('button', { name: 'Forrige' });
    const leave = screen.getByRole('button', { name: 'Avslutt presentasjonen' });
    leave.focus();
    await user.tab();
    expect(previous).toHaveFocus();
    await user.tab({ shift: true });
    expect(leave).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Neste' })).toHaveFocus();
  });

  it('keeps focus inside while the screen is blank, and puts it back after', async () => {
    const user = userEvent.setup();
    render(<App />);
    const next = screen.getByRole('button', { name: 'Neste' });
    next.focus();
    await user.keyboard('b');
    expect(screen.getByText('Skjermen er svart. Trykk B for å vise igjen.')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('dialog')).toHaveFocus();
    await user.keyboard('B');
    expect(next).toHaveFocus();
  });

  it('ends on Esc', async () => {
    const user = userEvent.setup();
    const onLeave = vi.fn();
    render(<App onLeave={onLeave} />);
    await user.keyboard('{Escape}');
    expect(onLeave).toHaveBeenCalledTimes(1);
    expect(onLeave).toHaveBeenCalledWith(null);
  });

  it('on the way out asks for focus on the link that opened it', async () => {
    const user = userEvent.setup();
    const onLeave = vi.fn();
    window.history.replaceState({ back: { ids: ['mk-ws-present'] } }, '');
    render(<App onLeave={onLeave} />);
    await user.keyboard('{Escape}');
    expect(onLeave).toHaveBeenCalledWith({ focus: { ids: ['mk-ws-present'] } });
    window.history.replaceState(null, '');
  });
});

describe('Presentation with nothing to count', () => {
  it('says there are no responses yet, and shows no result slides', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(screen.getByText(/Samling · Ingen besvarelser ennå/)).toBeInTheDocument();
    expect(screen.queryByText(/Én besvarelse/)).toBeNull();
    const titles: string[] = [];
    for (let press = 0; press < 16; press++) {
      const title = screen.getByRole('heading', { level: 1 }).textContent ?? '';
      if (!titles.includes(title)) titles.push(title);
      await user.keyboard('{ArrowRight}');
    }
    // Long lists go on further slides, so each one fits the screen.
    expect(titles).toEqual([
      'De fire modellene (1 av 2)',
      'De fire modellene (2 av 2)',
      'Ingen svar å vise ennå',
      'Spørsmål til samtalen (1 av 2)',
      'Spørsmål til samtalen (2 av 2)',
    ]);
  });

  it('counts one response, and several with the plural', () => {
    const { unmount } = render(<App participants={[participant(1)]} />);
    expect(screen.getByText(/Samling · Én besvarelse/)).toBeInTheDocument();
    unmount();
    render(<App participants={[participant(1), participant(2)]} />);
    expect(screen.getByText(/Samling · 2 deltakere/)).toBeInTheDocument();
  });

  it('follows the language', () => {
    render(<App />);
    act(() => useSettingsStore.setState({ locale: 'en' }));
    expect(screen.getByText(/Samling · No responses yet/)).toBeInTheDocument();
  });
});
