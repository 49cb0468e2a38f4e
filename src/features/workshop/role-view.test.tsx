import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it } from 'vitest';
import { useSettingsStore } from '../../store/settings-store';
import { useWorkshopStore } from '../../store/workshop-store';
import { RoleViewControls } from './role-view';

beforeEach(() => {
  useSettingsStore.setState({ locale: 'nb' });
  useWorkshopStore.setState({ workshops: [], removed: null });
});

const workshop = (id: string) => useWorkshopStore.getState().workshops.find((w) => w.id === id)!;

it('lets the facilitator compare each role, and never sets a threshold below two', async () => {
  const user = userEvent.setup();
  const id = useWorkshopStore.getState().createWorkshop('Ås');
  const { rerender } = render(<RoleViewControls workshop={workshop(id)} />);
  expect(screen.getByRole('radio', { name: /Rollegrupper/ })).toBeChecked();

  await user.click(screen.getByRole('radio', { name: 'Hver rolle for seg' }));
  expect(workshop(id).roleView).toEqual({ by: 'role', threshold: 3 });
  rerender(<RoleViewControls workshop={workshop(id)} />);

  const field = screen.getByRole('spinbutton', { name: 'Minste antall per rolle' });
  await user.clear(field);
  await user.type(field, '1');
  await user.tab();
  expect(field).toHaveValue(2);
  expect(workshop(id).roleView).toEqual({ by: 'role', threshold: 2 });
});
