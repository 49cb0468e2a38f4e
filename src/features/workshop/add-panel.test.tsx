import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../domain/assessment-schema';
import { CATALOGUE } from '../../domain/catalogue';
import { scoredQuestions } from '../../domain/catalogue-schema';
import { encodeShareCode } from '../../domain/share-code';
import { useSettingsStore } from '../../store/settings-store';
import { useWorkshopStore } from '../../store/workshop-store';
import { AddPanel } from './add-panel';
import './workshop-messages';

function assessment(option: number): Assessment {
  const answers: Record<string, string> = {};
  for (const q of scoredQuestions(CATALOGUE))
    answers[q.id] = q.options[option % q.options.length]!.id;
  return { answers, comments: {}, context: {} };
}

async function link(option: number) {
  const code = await encodeShareCode({
    v: 1,
    catalogueVersion: CATALOGUE.version,
    assessment: assessment(option),
  });
  return `http://localhost/#/delt/${code}`;
}

function Panel({ id }: { id: string }) {
  const workshop = useWorkshopStore((s) => s.workshops.find((w) => w.id === id))!;
  return <AddPanel workshop={workshop} />;
}

beforeEach(() => {
  useSettingsStore.setState({ locale: 'nb' });
  useWorkshopStore.setState({ workshops: [], removed: null });
});

describe('AddPanel: pasting links', () => {
  it('adds good lines and rejects each bad line with a reason', async () => {
    const user = userEvent.setup();
    const id = useWorkshopStore.getState().createWorkshop('Test');
    render(<Panel id={id} />);
    const first = await link(0);
    const lines = [
      first,
      'dette er ikke en lenke',
      '',
      await link(1),
      first,
      `${first.slice(0, -12)}`,
    ];
    await user.click(screen.getByLabelText('Lim inn delingslenker eller koder, én per linje'));
    await user.paste(lines.join('\n'));
    await user.click(screen.getByRole('button', { name: 'Legg til fra lenkene' }));

    expect(await screen.findByText('2 lagt til, 3 avvist.')).toBeInTheDocument();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Linje 1: Lagt til som Deltaker 1.',
      'Linje 2: Avvist: Linjen er ikke en delingslenke eller kode.',
      'Linje 4: Lagt til som Deltaker 2.',
      'Linje 5: Avvist: De samme svarene er allerede lagt til (Deltaker 1).',
      expect.stringMatching(/^Linje 6: Avvist: Lenken er (avkortet|skadet)/),
    ]);
    expect(useWorkshopStore.getState().workshops[0]!.participants).toHaveLength(2);
    // The text area is emptied for the next batch.
    expect(screen.getByLabelText('Lim inn delingslenker eller koder, én per linje')).toHaveValue(
      '',
    );
  });

  it('rejects an answer file of the wrong kind and accepts a good one', async () => {
    const user = userEvent.setup();
    const id = useWorkshopStore.getState().createWorkshop('Test');
    render(<Panel id={id} />);
    const good = new File(
      [
        JSON.stringify({
          type: 'modellkart-assessment',
          version: 1,
          catalogueVersion: CATALOGUE.version,
          createdAt: null,
          updatedAt: null,
          exportedAt: '2025-01-01T00:00:00.000Z',
          assessment: assessment(2),
        }),
      ],
      'kari.json',
      { type: 'application/json' },
    );
    const bad = new File(['{"type":"noe-annet"}'], 'feil.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText(/Velg filer/), [good, bad]);
    expect(await screen.findByText('1 lagt til, 1 avvist.')).toBeInTheDocument();
    expect(screen.getByText(/Lagt til som Deltaker 1/).closest('li')).toHaveTextContent(
      'kari.json',
    );
    expect(
      screen.getByText(/Filen er ikke en svarfil fra Modellkart/).closest('li'),
    ).toHaveTextContent('feil.json');
  });

  it('moves focus to the result, and the result follows a change of language', async () => {
    const user = userEvent.setup();
    const id = useWorkshopStore.getState().createWorkshop('Test');
    render(<Panel id={id} />);
    const first = await link(0);
    await user.click(screen.getByLabelText('Lim inn delingslenker eller koder, én per linje'));
    await user.paste([first, 'tull', first].join('\n'));
    const submit = screen.getByRole('button', { name: 'Legg til fra lenkene' });
    await user.click(submit);

    const summary = await screen.findByText('1 lagt til, 2 avvist.');
    expect(summary.closest('p')).toHaveFocus();
    // Never natively disabled, so a keyboard user’s focus is never dropped.
    expect(submit).toBeEnabled();
    expect(submit).toHaveAttribute('aria-disabled', 'true');

    act(() => useSettingsStore.setState({ locale: 'en' }));
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Line 1: Added as Participant 1.',
      expect.stringMatching(/^Line 2: Rejected: /),
      'Line 3: Rejected: The same answers have already been added (Participant 1).',
    ]);
    expect(screen.getByText('1 added, 2 rejected.')).toBeInTheDocument();
  });

  it('lets the keyboard reach a long list of results: a named, focusable region', async () => {
    const user = userEvent.setup();
    const id = useWorkshopStore.getState().createWorkshop('Test');
    render(<Panel id={id} />);
    await user.click(screen.getByLabelText('Lim inn delingslenker eller koder, én per linje'));
    await user.paste(Array.from({ length: 12 }, (_, i) => `linje ${i}`).join('\n'));
    await user.click(screen.getByRole('button', { name: 'Legg til fra lenkene' }));
    const region = await screen.findByRole('region', { name: 'Resultat av siste innlegging' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getAllByRole('listitem')).toHaveLength(12);
  });
});
