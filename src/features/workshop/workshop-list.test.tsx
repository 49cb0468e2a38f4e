import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../domain/assessment-schema';
import { CATALOGUE } from '../../domain/catalogue';
import { scoredQuestions } from '../../domain/catalogue-schema';
import { useSettingsStore } from '../../store/settings-store';
import { useWorkshopStore } from '../../store/workshop-store';
import { WorkshopList } from './workshop-list';
import './workshop-messages';

function assessment(option: number): Assessment {
  const answers: Record<string, string> = {};
  for (const q of scoredQuestions(CATALOGUE))
    answers[q.id] = q.options[option % q.options.length]!.id;
  return { answers, comments: {}, context: {} };
}

function workshop(name: string, participants: number) {
  const store = useWorkshopStore.getState();
  const id = store.createWorkshop(name);
  store.addParticipants(
    id,
    Array.from({ length: participants }, (_, i) => ({
      assessment: assessment(i),
      source: 'manual' as const,
    })),
  );
  return id;
}

// jsdom has no showModal: the dialog stays closed, so its buttons count as hidden.
const confirm = (name: string) =>
  within(screen.getByRole('dialog', { hidden: true })).getByRole('button', { name, hidden: true });

beforeEach(() => {
  useSettingsStore.setState({ locale: 'nb' });
  useWorkshopStore.setState({ workshops: [], removed: null });
});

describe('WorkshopList', () => {
  it('counts one participant in the singular, in every language', () => {
    workshop('Én', 1);
    workshop('To', 2);
    const { rerender } = render(<WorkshopList />);
    expect(screen.getByText(/^1 deltaker ·/)).toBeInTheDocument();
    expect(screen.getByText(/^2 deltakere ·/)).toBeInTheDocument();
    useSettingsStore.setState({ locale: 'nn' });
    rerender(<WorkshopList />);
    expect(screen.getByText(/^1 deltakar ·/)).toBeInTheDocument();
    useSettingsStore.setState({ locale: 'en' });
    rerender(<WorkshopList />);
    expect(screen.getByText(/^1 participant ·/)).toBeInTheDocument();
    expect(screen.getByText(/^2 participants ·/)).toBeInTheDocument();
  });

  it('after deleting a workshop, focus goes to the next card, then to the list heading', async () => {
    const user = userEvent.setup();
    const first = workshop('Første', 1);
    workshop('Andre', 0);
    render(<WorkshopList />);
    const sorted = useWorkshopStore.getState().workshops.map((w) => w.name);

    await user.click(screen.getByRole('button', { name: `Slett ${sorted[0]}` }));
    expect(
      screen.getByText(
        sorted[0] === 'Første'
          ? 'Vil du slette workshopen «Første» med 1 deltaker?'
          : 'Vil du slette workshopen «Andre» med 0 deltakere?',
      ),
    ).toBeInTheDocument();
    await user.click(confirm(`Slett ${sorted[0]}`));
    expect(screen.getByRole('link', { name: sorted[1] })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: `Slett ${sorted[1]}` }));
    await user.click(confirm(`Slett ${sorted[1]}`));
    expect(screen.getByRole('heading', { name: 'Workshopene dine' })).toHaveFocus();
    expect(useWorkshopStore.getState().workshops.find((w) => w.id === first)).toBeUndefined();
  });
});
