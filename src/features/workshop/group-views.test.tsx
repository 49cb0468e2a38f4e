import { render, screen } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import type { GroupAggregate } from '../../domain/aggregation';
import { useSettingsStore } from '../../store/settings-store';
import { RoleNote } from './group-views';
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
