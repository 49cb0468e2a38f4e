import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { archetypeAnswers } from '../../domain/archetypes';
import { CATALOGUE } from '../../domain/catalogue';
import { scoreAssessment } from '../../domain/scoring';
import { useAssessmentStore } from '../../store/assessment-store';
import { useSettingsStore } from '../../store/settings-store';
import '../../i18n/core-messages';
import ResultsPage from './results-page';

beforeAll(() => {
  // jsdom has no layout: recharts only needs the observer to exist.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

beforeEach(async () => {
  useSettingsStore.setState({ locale: 'nb' });
  await act(() => useAssessmentStore.persist.rehydrate());
  act(() => useAssessmentStore.getState().reset());
});

function renderPage(props: Parameters<typeof ResultsPage>[0] = {}) {
  const { hook } = memoryLocation({ path: '/resultat' });
  return render(
    <Router hook={hook}>
      <ResultsPage {...props} />
    </Router>,
  );
}

describe('ResultsPage', () => {
  it('shows the closest model, the mix, the map and the tables for a stored assessment', async () => {
    const answers = archetypeAnswers(CATALOGUE, 'hybrid');
    act(() =>
      useAssessmentStore.getState().replaceAssessment({
        answers,
        comments: {},
        context: { kommune: 'Drammen' },
      }),
    );
    const percent = scoreAssessment(CATALOGUE, answers)!.percent.hybrid;
    renderPage();

    expect(
      screen.getByRole('heading', { level: 1, name: 'Dere ligner mest på Hybrid samarbeid' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Svarene for Drammen plasserer dere nærmest Hybrid samarbeid/),
    ).toBeVisible();
    expect(screen.getByText(/Eksempel fra prosjektet: Drammen kommune/)).toBeVisible();

    const mix = screen.getByRole('figure', { name: 'Modellblandingen' });
    const mixTable = within(mix).getByRole('table', { name: 'Andel per modell' });
    const hybridRow = within(mixTable).getByRole('row', { name: /Hybrid samarbeid/ });
    expect(hybridRow).toHaveTextContent(`${percent} %`);
    const shares = within(mixTable)
      .getAllByRole('cell')
      .map((cell) => Number(cell.textContent!.replace(/\D/g, '')));
    expect(shares.reduce((a, b) => a + b, 0)).toBe(100);

    const map = screen.getByRole('figure', { name: 'Modellkartet' });
    expect(within(map).getByRole('img', { name: 'Modellkartet' })).toHaveAccessibleDescription(
      /samorganisering og .* samlokalisering/,
    );
    const mapTable = within(map).getByRole('table', { name: 'Punktene på modellkartet (0–100)' });
    expect(within(mapTable).getByRole('row', { name: /PAC-man.*advarer/ })).toBeInTheDocument();
    expect(within(mapTable).getByRole('row', { name: /Dere er her/ })).toBeInTheDocument();

    const dims = screen.getByRole('table', { name: 'Hvilken modell hver dimensjon trekker mot' });
    expect(within(dims).getAllByRole('row')).toHaveLength(CATALOGUE.dimensions.length + 1);
    const edit = within(dims).getAllByRole('link', { name: /^Endre svarene om/ })[0]!;
    expect(edit).toHaveAttribute('href', '/kartlegging/2');

    expect(screen.getByText(/sikkerhet$/)).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Refleksjoner' })).toBeVisible();
  });

  it('renders the slots: chart actions beside each chart, page actions and extra sections', async () => {
    act(() =>
      useAssessmentStore.getState().replaceAssessment({
        answers: archetypeAnswers(CATALOGUE, 'totalt'),
        comments: {},
        context: {},
      }),
    );
    renderPage({
      ChartActions: ({ chart }) => <button type="button">Last ned {chart}</button>,
      PageActions: () => <button type="button">Lag rapport</button>,
      Sections: [() => <h2>Hvorfor her?</h2>],
    });
    for (const chart of ['map', 'mix', 'dimensions']) {
      expect(screen.getByRole('button', { name: `Last ned ${chart}` })).toBeInTheDocument();
    }
    expect(
      within(screen.getByRole('group', { name: 'Del og lagre resultatet' })).getByRole('button', {
        name: 'Lag rapport',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Hvorfor her?' })).toBeInTheDocument();
  });

  it('opens the data table behind a chart', async () => {
    act(() =>
      useAssessmentStore.getState().replaceAssessment({
        answers: archetypeAnswers(CATALOGUE, 'en-dor-inn'),
        comments: {},
        context: {},
      }),
    );
    renderPage();
    const mix = screen.getByRole('figure', { name: 'Modellblandingen' });
    await userEvent.click(within(mix).getByText('Vis som tabell'));
    expect(within(mix).getByRole('table')).toBeVisible();
  });

  it('says a mix that is all one model is whole, with no rest to spread', () => {
    const answers = archetypeAnswers(CATALOGUE, 'pac-man');
    expect(Math.round(scoreAssessment(CATALOGUE, answers)!.percent['pac-man'])).toBe(100);
    act(() =>
      useAssessmentStore.getState().replaceAssessment({ answers, comments: {}, context: {} }),
    );
    renderPage();
    expect(screen.getByText('PAC-man har hele modellblandingen (100 %).')).toBeVisible();
    expect(screen.queryByText(/Resten fordeler seg/)).toBeNull();
    expect(screen.getByText('Hele blandingen, 100 %, er PAC-man.')).toBeInTheDocument();
  });

  it('asks for answers first when there are none', () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Ingen resultat ennå' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Gå til kartleggingen' })).toHaveAttribute(
      'href',
      '/kartlegging/1',
    );
  });

  it('speaks nynorsk and English too', () => {
    act(() =>
      useAssessmentStore.getState().replaceAssessment({
        answers: archetypeAnswers(CATALOGUE, 'en-dor-inn'),
        comments: {},
        context: {},
      }),
    );
    act(() => useSettingsStore.setState({ locale: 'nn' }));
    const { unmount } = renderPage();
    expect(
      screen.getByRole('heading', { level: 1, name: 'De liknar mest på Ei dør inn' }),
    ).toBeVisible();
    unmount();
    act(() => useSettingsStore.setState({ locale: 'en' }));
    renderPage();
    expect(
      screen.getByRole('heading', { level: 1, name: 'You are closest to One door in' }),
    ).toBeVisible();
    expect(screen.getByRole('figure', { name: 'The model map' })).toBeInTheDocument();
  });

  it('says how many are «Vet ikke» and open in agreeing forms, in every language', () => {
    const answers = archetypeAnswers(CATALOGUE, 'hybrid');
    const [first, second] = Object.keys(answers);
    answers[first!] = 'vet-ikke';
    delete answers[second!];
    act(() =>
      useAssessmentStore.getState().replaceAssessment({ answers, comments: {}, context: {} }),
    );
    const total = Object.keys(archetypeAnswers(CATALOGUE, 'hybrid')).length;
    const expected = {
      nb: `${total - 2} av ${total} spørsmål har et svar som teller med. 1 er besvart med «Vet ikke». 1 står åpent.`,
      nn: `${total - 2} av ${total} spørsmål har eit svar som tel med. 1 har fått svaret «Veit ikkje». 1 står ope.`,
      en: `${total - 2} of ${total} questions have an answer that counts. 1 is answered “Don’t know”. 1 is still open.`,
    };
    for (const [locale, text] of Object.entries(expected)) {
      act(() => useSettingsStore.setState({ locale: locale as 'nb' | 'nn' | 'en' }));
      const { unmount } = renderPage();
      expect(screen.getByText(text, { exact: false })).toBeVisible();
      unmount();
    }
  });

  it('has a section menu that reaches every section, the import included', () => {
    act(() =>
      useAssessmentStore.getState().replaceAssessment({
        answers: archetypeAnswers(CATALOGUE, 'totalt'),
        comments: {},
        context: {},
      }),
    );
    renderPage({
      Sections: [() => <h2>Hvorfor her?</h2>],
      Import: () => <input type="file" aria-label="Velg fil" />,
    });
    const menu = screen.getByRole('navigation', { name: 'På denne siden' });
    const names = within(menu)
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(names).toEqual([
      'Blandingen og kartet',
      'Hva resultatet betyr',
      'Dimensjon for dimensjon',
      'Refleksjoner',
      'Svar fra en fil',
    ]);
    expect(screen.getByLabelText('Velg fil')).toBeInTheDocument();
  });
});
