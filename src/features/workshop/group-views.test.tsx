import { render, screen, within } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import type { GroupAggregate } from '../../domain/aggregation';
import { useSettingsStore } from '../../store/settings-store';
import { mixStats } from '../../domain/aggregation';
import { GroupMix, RoleNote } from './group-views';
import './workshop-messages';

const group = (suppressedRoles: number, minRoleSize = 3) =>
  ({ suppressedRoles, minRoleSize }) as GroupAggregate;

beforeEach(() => {
  useSettingsStore.setState({ locale: 'nb' });
});

it.each([
  ['nb', 1, '1 rolle har færre enn 3 deltakere og vises ikke for seg.'],
  ['nb', 2, '2 roller har færre enn 3 deltakere og vises ikke for seg.'],
  ['nn', 1, '1 rolle har færre enn 3 deltakarar og blir ikkje vist for seg.'],
  ['en', 1, '1 role has fewer than 3 participants and is not shown separately.'],
  ['en', 2, '2 roles have fewer than 3 participants and are not shown separately.'],
] as const)('RoleNote (%s, %d roles left out)', (locale, count, text) => {
  useSettingsStore.setState({ locale });
  render(<RoleNote group={group(count)} />);
  expect(screen.getByText(text, { exact: false })).toBeInTheDocument();
});

it('names the threshold the facilitator set', () => {
  useSettingsStore.setState({ locale: 'nb' });
  render(<RoleNote group={group(1, 2)} />);
  expect(
    screen.getByText('1 rolle har færre enn 2 deltakere og vises ikke for seg.', { exact: false }),
  ).toBeInTheDocument();
});

it('shows the mix as the slides do: average share, and lowest and highest in words, no box plot', () => {
  useSettingsStore.setState({ locale: 'nb' });
  const mix = mixStats([
    { ingen: 0.1, 'en-dor-inn': 0.2, hybrid: 0.3, totalt: 0.4, 'pac-man': 0 },
    { ingen: 0.3, 'en-dor-inn': 0.2, hybrid: 0.1, totalt: 0.4, 'pac-man': 0 },
  ]);
  render(<GroupMix group={{ mix } as GroupAggregate} />);
  const table = screen.getByRole('table', { name: 'Andel per modell i gruppen' });
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent),
  ).toEqual(['Modell', 'Snitt', 'Snittet som stolpe', 'Lavest og høyest i gruppen']);
  const first = within(table).getAllByRole('row')[1]!;
  expect(within(first).getByRole('rowheader')).toHaveTextContent('Totalt samarbeid');
  expect(first).toHaveTextContent(/40\s%.*fra 40\s% til 40\s%/);
  expect(table).toHaveTextContent(/fra 10\s% til 30\s%/);
  expect(document.body).not.toHaveTextContent(/Midterste halvdel|boksen/);
});
