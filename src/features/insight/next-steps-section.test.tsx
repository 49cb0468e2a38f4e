import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { nb } from '../../i18n/nb';
import { useAssessmentStore } from '../../store/assessment-store';
import { useSettingsStore } from '../../store/settings-store';
import { NextStepsSection } from './next-steps-section';

// Steps skip what the answers' facts show is done: a catalogue that declares facts keeps this
// test independent of the real catalogue's ids.
vi.mock('../../domain/catalogue', async () => ({
  CATALOGUE: (await import('../../test/test-catalogues')).FACTS_CATALOGUE,
}));

const store = () => useAssessmentStore.getState();

beforeEach(async () => {
  await act(() => useAssessmentStore.persist.rehydrate());
  act(() => store().reset());
  useSettingsStore.setState({ locale: 'nb' });
});

describe('NextStepsSection', () => {
  it('lists the project’s steps for the weakest dimensions, leaving out what is done', () => {
    act(() =>
      store().applyAnswers({
        answers: {
          skranke: 'hver-sin',
          ledelse: 'over-begge',
          budsjett: 'felles-to',
          lokaler: 'hvert-sitt',
          samarbeid: 'ingen',
          avhengighet: 'nei',
        },
      }),
    );
    render(<NextStepsSection />);
    const section = screen.getByRole('region', { name: 'Forslag til neste steg' });
    const steps = within(section).getAllByRole('listitem');
    expect(steps.length).toBeGreaterThan(0);
    const actionTexts = Object.values(nb.insight.actions);
    for (const step of steps) {
      expect(actionTexts.some((text) => step.textContent!.startsWith(text))).toBe(true);
    }
    // The answers say one leader is over both services and the budget is shared.
    expect(section).not.toHaveTextContent(nb.insight.actions['felles-ledelse']);
    expect(section).not.toHaveTextContent(nb.insight.actions['felles-budsjett']);
  });
});
