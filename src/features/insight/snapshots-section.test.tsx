import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAssessmentStore } from '../../store/assessment-store';
import { useSettingsStore } from '../../store/settings-store';
import { SnapshotsSection } from './snapshots-section';

// Recharts measures its container; jsdom has none.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

const store = () => useAssessmentStore.getState();
const labels = () => store().snapshots.map((s) => s.label);
const deleteButton = (label: string) =>
  screen.getByRole('button', { name: `Slett øyeblikksbildet «${label}»` });

beforeEach(async () => {
  await useAssessmentStore.persist.rehydrate();
  store().reset();
  useSettingsStore.setState({ locale: 'nb' });
  store().applyAnswers({
    answers: { 'skranke-organisering': 'en-felles', lokaler: 'samme-lokale' },
  });
});

function renderWith(...names: string[]) {
  for (const name of names) store().saveSnapshot(name);
  render(<SnapshotsSection />);
}

describe('SnapshotsSection: deleting', () => {
  it('moves focus to the next snapshot, then the one before, then the heading', async () => {
    const user = userEvent.setup();
    renderWith('A', 'B', 'C');

    await user.click(deleteButton('B'));
    expect(labels()).toEqual(['A', 'C']);
    expect(deleteButton('C')).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(labels()).toEqual(['A']);
    expect(deleteButton('A')).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(labels()).toEqual([]);
    expect(screen.getByRole('heading', { level: 2, name: 'Øyeblikksbilder' })).toHaveFocus();
    expect(document.body).not.toHaveFocus();
  });

  it('says so in a live region and can be undone, in the same place, with focus on it', async () => {
    const user = userEvent.setup();
    renderWith('A', 'B', 'C');
    const status = screen.getByRole('status');

    await user.click(deleteButton('B'));
    expect(status).toHaveTextContent('Øyeblikksbildet «B» er slettet.');
    const undo = within(status).getByRole('button', { name: 'Angre slettingen av «B»' });
    expect(undo).toHaveTextContent('Angre');

    await user.click(undo);
    expect(labels()).toEqual(['A', 'B', 'C']);
    expect(status).toHaveTextContent('Øyeblikksbildet «B» er tilbake.');
    expect(within(status).queryByRole('button')).not.toBeInTheDocument();
    expect(deleteButton('B')).toHaveFocus();
    const table = screen.getByRole('table', { name: /Lagrede øyeblikksbilder/ });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['1. A', '2. B', '3. C']);
  });

  it('undoes the last one deleted, even from an empty list', async () => {
    const user = userEvent.setup();
    renderWith('Eneste');
    await user.click(deleteButton('Eneste'));
    expect(screen.getByText('Ingen øyeblikksbilder ennå.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Angre slettingen av «Eneste»' }));
    expect(labels()).toEqual(['Eneste']);
    expect(deleteButton('Eneste')).toHaveFocus();
  });

  it('drops the undo once a new snapshot is saved', async () => {
    const user = userEvent.setup();
    renderWith('A', 'B');
    await user.click(deleteButton('A'));
    await user.type(screen.getByLabelText('Navn på øyeblikksbildet'), 'Ny');
    await user.click(screen.getByRole('button', { name: 'Lagre øyeblikksbilde' }));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Øyeblikksbildet «Ny» er lagret.');
    expect(within(status).queryByRole('button')).not.toBeInTheDocument();
    expect(labels()).toEqual(['B', 'Ny']);
  });
});

describe('SnapshotsSection: saving', () => {
  it('saves one snapshot for a double click', async () => {
    const user = userEvent.setup();
    renderWith();
    await user.type(screen.getByLabelText('Navn på øyeblikksbildet'), 'Før');
    await user.dblClick(screen.getByRole('button', { name: 'Lagre øyeblikksbilde' }));
    expect(labels()).toEqual(['Før']);
  });

  it('saves one snapshot for a held Enter key, in the field or on the button', async () => {
    const user = userEvent.setup();
    renderWith();
    await user.type(screen.getByLabelText('Navn på øyeblikksbildet'), 'Før');
    await user.keyboard('{Enter>4/}');
    expect(labels()).toEqual(['Før']);

    await user.tab();
    expect(screen.getByRole('button', { name: 'Lagre øyeblikksbilde' })).toHaveFocus();
    await user.keyboard('{Enter>4/}');
    expect(labels()).toEqual(['Før', 'Øyeblikksbilde 2']);
  });

  it('still saves one for each separate click', async () => {
    const user = userEvent.setup();
    renderWith();
    const save = screen.getByRole('button', { name: 'Lagre øyeblikksbilde' });
    await user.click(save);
    await user.click(save);
    expect(labels()).toEqual(['Øyeblikksbilde 1', 'Øyeblikksbilde 2']);
  });
});
