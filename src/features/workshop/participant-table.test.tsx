import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../domain/assessment-schema';
import { CATALOGUE } from '../../domain/catalogue';
import { scoredQuestions } from '../../domain/catalogue-schema';
import { useSettingsStore } from '../../store/settings-store';
import { useWorkshopStore } from '../../store/workshop-store';
import { ParticipantTable, UndoNotice } from './participant-table';
import { useGroup } from './use-group';
import './workshop-messages';

function assessment(option: number): Assessment {
  const answers: Record<string, string> = {};
  for (const q of scoredQuestions(CATALOGUE))
    answers[q.id] = q.options[option % q.options.length]!.id;
  return { answers, comments: {}, context: {} };
}

/** The participants section as the workshop page has it. */
function Section({ id }: { id: string }) {
  const workshop = useWorkshopStore((s) => s.workshops.find((w) => w.id === id))!;
  const group = useGroup(workshop.participants);
  return (
    <section>
      <h2 id="mk-ws-participants" tabIndex={-1}>
        Deltakere
      </h2>
      <UndoNotice focusOnShow afterDismiss="mk-ws-participants" />
      <ParticipantTable workshop={workshop} group={group} />
    </section>
  );
}

function setUp() {
  const store = useWorkshopStore.getState();
  const id = store.createWorkshop('Test');
  store.addParticipants(
    id,
    [0, 1, 2].map((i) => ({ assessment: assessment(i), source: 'manual' as const })),
  );
  render(<Section id={id} />);
  return id;
}

beforeEach(() => {
  useSettingsStore.setState({ locale: 'nb' });
  useWorkshopStore.setState({ workshops: [], removed: null });
});

describe('ParticipantTable: focus after each action', () => {
  it('renaming with «Lagre» puts focus on the renamed row’s rename button', async () => {
    const user = userEvent.setup();
    setUp();
    await user.click(screen.getByRole('button', { name: 'Gi nytt navn: Deltaker 2' }));
    const field = screen.getByLabelText('Nytt navn på Deltaker 2');
    expect(field).toHaveFocus();
    await user.type(field, 'Kari{Enter}');
    expect(screen.getByRole('button', { name: 'Gi nytt navn: Kari' })).toHaveFocus();
  });

  it('«Avbryt» and Esc leave the name as it was and focus the rename button', async () => {
    const user = userEvent.setup();
    setUp();
    await user.click(screen.getByRole('button', { name: 'Gi nytt navn: Deltaker 1' }));
    await user.type(screen.getByLabelText('Nytt navn på Deltaker 1'), 'Ola');
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    const rename = screen.getByRole('button', { name: 'Gi nytt navn: Deltaker 1' });
    expect(rename).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.type(screen.getByLabelText('Nytt navn på Deltaker 1'), 'Ola');
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('Nytt navn på Deltaker 1')).toBeNull();
    expect(screen.getByRole('button', { name: 'Gi nytt navn: Deltaker 1' })).toHaveFocus();
    expect(useWorkshopStore.getState().workshops[0]!.participants[0]!.name).toBeNull();
  });

  it('remove focuses «Angre»; undo focuses the row that came back; «Lukk» the heading', async () => {
    const user = userEvent.setup();
    setUp();
    await user.click(screen.getByRole('button', { name: 'Fjern: Deltaker 2' }));
    expect(screen.getByText('Deltaker 2 er fjernet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Angre' })).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(screen.getByRole('rowheader', { name: 'Deltaker 2' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Fjern: Deltaker 3' }));
    expect(screen.getByRole('button', { name: 'Angre' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Lukk' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByText('Deltaker 3 er fjernet.')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Deltakere' })).toHaveFocus();
  });
});
