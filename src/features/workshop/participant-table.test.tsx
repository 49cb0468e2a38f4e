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

describe('ParticipantTable: a role beside the answers only by the participant’s own choice', () => {
  const payload = (option: number, role: string, name?: string) => ({
    v: 1 as const,
    catalogueVersion: CATALOGUE.version,
    assessment: { ...assessment(option), context: { rolle: role } },
    role,
    ...(name ? { name } : {}),
  });
  const roleCell = (name: string) =>
    screen.getByRole('rowheader', { name }).closest('tr')!.querySelectorAll('td')[0]!;

  it('shows a rare role when the person gave her name, never for a name typed here', async () => {
    const user = userEvent.setup();
    const store = useWorkshopStore.getState();
    const id = store.createWorkshop('Test');
    store.setLive(id, {
      roomId: 'r'.repeat(22),
      publicKey: 'k'.repeat(87),
      privateKey: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y', d: 'd' },
      secret: 's'.repeat(22),
      lastSeq: 0,
      expected: null,
      closed: false,
      createdAt: '2026-12-01T10:00:00.000Z',
    });
    store.receiveLive(id, 'a'.repeat(22), payload(0, 'politiker', 'Kari'), 1);
    store.receiveLive(id, 'b'.repeat(22), payload(1, 'politiker'), 2);
    store.addParticipants(id, [
      { assessment: { ...assessment(2), context: { rolle: 'bibliotekansatt' } }, source: 'manual' },
    ]);
    render(<Section id={id} />);
    expect(roleCell('Kari')).toHaveTextContent('Ledelse og politikk');
    expect(roleCell('Deltaker 2')).toHaveTextContent('Skjult (for få med rollen)');

    // The facilitator names the two others: their roles stay hidden.
    for (const [who, name] of [
      ['Deltaker 2', 'Per'],
      ['Deltaker 3', 'Pål'],
    ]) {
      await user.click(screen.getByRole('button', { name: `Gi nytt navn: ${who}` }));
      await user.type(screen.getByLabelText(`Nytt navn på ${who}`), `${name}{Enter}`);
      expect(roleCell(name!)).toHaveTextContent('Skjult (for få med rollen)');
    }
    // Kari's own name, changed by the facilitator, is no longer her choice either.
    await user.click(screen.getByRole('button', { name: 'Gi nytt navn: Kari' }));
    await user.type(screen.getByLabelText('Nytt navn på Kari'), ' Nordmann{Enter}');
    expect(roleCell('Kari Nordmann')).toHaveTextContent('Skjult (for få med rollen)');

    // Participant 2 sends again, now with a name: from then on it is her choice.
    useWorkshopStore.getState().receiveLive(id, 'b'.repeat(22), payload(1, 'politiker', 'Ane'), 3);
    expect(await screen.findByRole('rowheader', { name: 'Ane' })).toBeInTheDocument();
    expect(roleCell('Ane')).toHaveTextContent('Ledelse og politikk');
  });
});
