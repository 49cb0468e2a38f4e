import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it, vi } from 'vitest';
import { CATALOGUE } from '../domain/catalogue';
import '../i18n/core-messages';
import { useSettingsStore } from '../store/settings-store';
import { CarriedNoteView } from './carried-note';

beforeEach(() => useSettingsStore.setState({ locale: 'nb' }));

it('names the versions, the changed questions by their text, and counts those no longer asked', async () => {
  const question = CATALOGUE.questions[3]!;
  const onDismiss = vi.fn();
  render(
    <CarriedNoteView
      note={{ from: '1.0.0', to: '2.0.0', changed: [question.id, 'fjernet-sporsmal'] }}
      onDismiss={onDismiss}
    />,
  );
  expect(screen.getByText('Svarene er flyttet til et nyere spørsmålssett')).toBeInTheDocument();
  expect(
    screen.getByText(/gitt med spørsmålssett 1\.0\.0.*spørsmålssett 2\.0\.0/),
  ).toBeInTheDocument();
  expect(screen.getByRole('listitem')).toHaveTextContent(question.text.nb);
  expect(screen.getByText('Spørsmål som ikke stilles lenger: 1.')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Lukk meldingen' }));
  expect(onDismiss).toHaveBeenCalledTimes(1);
});

it('says so when the move changed no answer', () => {
  render(<CarriedNoteView note={{ from: '1.0.0', to: '2.0.0', changed: [] }} />);
  expect(screen.getByText('Ingen av svarene ble endret.')).toBeInTheDocument();
  expect(screen.queryByRole('list')).not.toBeInTheDocument();
});
