import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { useAssessmentStore } from '../../store/assessment-store';
import { useSettingsStore } from '../../store/settings-store';
import { TensionsSection } from './tensions-section';

// The tensions rest on the facts options declare: a small catalogue that declares them keeps
// this test independent of the real catalogue's ids.
vi.mock('../../domain/catalogue', async () => ({
  CATALOGUE: (await import('../../test/test-catalogues')).FACTS_CATALOGUE,
}));

const store = () => useAssessmentStore.getState();

beforeEach(async () => {
  await act(() => useAssessmentStore.persist.rehydrate());
  act(() => store().reset());
  useSettingsStore.setState({ locale: 'nb' });
});

function renderSection() {
  const { hook } = memoryLocation({ path: '/resultat' });
  return render(
    <Router hook={hook}>
      <TensionsSection />
    </Router>,
  );
}

describe('TensionsSection', () => {
  it('flags the combinations the answers set off, with the reflection and links to the answers', () => {
    act(() =>
      store().applyAnswers({
        answers: {
          skranke: 'felles',
          ansatte: 'to-grupper',
          ledelse: 'over-begge',
          avhengighet: 'nei',
        },
      }),
    );
    renderSection();
    expect(
      screen.getByRole('heading', { name: 'Felles skranke, men atskilt drift' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Felles ledelse, men lite som bindes sammen' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/I Drammen er intensjonen en helhetlig tjenesteutvikling/),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'avhengighet?' })).toBeInTheDocument();
  });

  it('does not call ordinary library work PAC-man while the innbyggertorg runs', () => {
    act(() =>
      store().applyAnswers({
        answers: { innbyggertorg: 'egen', samarbeid: 'team', skranke: 'hver-sin' },
      }),
    );
    renderSection();
    expect(screen.queryByRole('heading', { name: /innbyggertorget finnes fortsatt/ })).toBeNull();
    expect(
      screen.getByText('Vi fant ingen svar som trekker tydelig i hver sin retning.'),
    ).toBeVisible();
  });
});
