import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it } from 'vitest';
import { archetypeAnswers } from '../../domain/archetypes';
import { CATALOGUE } from '../../domain/catalogue';
import { useSettingsStore } from '../../store/settings-store';
import { useWorkshopStore } from '../../store/workshop-store';
import AddToWorkshop from './add-to-workshop';

const payload = {
  v: 1 as const,
  catalogueVersion: CATALOGUE.version,
  assessment: {
    answers: archetypeAnswers(CATALOGUE, 'hybrid'),
    comments: {},
    context: { rolle: 'leder' },
  },
};

beforeEach(() => {
  useSettingsStore.setState({ locale: 'nb' });
  useWorkshopStore.setState({ workshops: [], removed: null });
});

it('shows nothing to someone without workshops', () => {
  const { container } = render(<AddToWorkshop payload={payload} />);
  expect(container).toBeEmptyDOMElement();
});

it('adds a received link to the chosen workshop once, and says so', async () => {
  const user = userEvent.setup();
  useWorkshopStore.getState().createWorkshop('Drammen');
  const id = useWorkshopStore.getState().createWorkshop('Ås');
  render(<AddToWorkshop payload={payload} />);
  await user.selectOptions(screen.getByLabelText('Workshop'), 'Ås');
  await user.click(screen.getByRole('button', { name: 'Legg til i workshopen' }));
  expect(screen.getByRole('status')).toHaveTextContent(
    'Svarene er lagt til i «Ås» som Deltaker 1.',
  );
  const workshop = () => useWorkshopStore.getState().workshops.find((w) => w.id === id)!;
  expect(workshop().participants).toHaveLength(1);
  expect(workshop().participants[0]!.role).toBe('leder');

  await user.click(screen.getByRole('button', { name: 'Legg til i workshopen' }));
  expect(screen.getByRole('status')).toHaveTextContent('«Ås» har allerede disse svarene');
  expect(workshop().participants).toHaveLength(1);
});
