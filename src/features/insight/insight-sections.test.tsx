import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../domain/catalogue';
import { scoredQuestions } from '../../domain/catalogue-schema';
import { ACTION_IDS, RISK_IDS } from '../../domain/gaps';
import { TENSION_RULES } from '../../domain/tensions';
import { en } from '../../i18n/en';
import { lookup } from '../../i18n/translate';
import { nb } from '../../i18n/nb';
import { nn } from '../../i18n/nn';
import { useAssessmentStore } from '../../store/assessment-store';
import { useSettingsStore } from '../../store/settings-store';
import { SnapshotsSection } from './snapshots-section';
import { TodayDesiredSection } from './today-desired-section';
import { WhatIfSection } from './what-if-section';
import { WhyHereSection } from './why-here-section';
import { CertaintySection } from './certainty-section';

// Recharts measures its container; jsdom has none.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

const today = {
  'skranke-organisering': 'en-felles',
  ansattgruppe: 'helt-atskilt',
  leder: 'en-leder-to-avdelinger',
  'gjensidig-avhengighet': 'nei',
  lokaler: 'samme-lokale',
  'digital-veiledning': 'vet-ikke',
};

const store = () => useAssessmentStore.getState();
// Catalogue texts by id, so rewording a question does not break these tests.
const q = (id: string) => scoredQuestions(CATALOGUE).find((x) => x.id === id)!.text.nb;
const staffTitle = CATALOGUE.dimensions.find((d) => d.id === 'ansatte')!.title.nb;

beforeEach(async () => {
  await useAssessmentStore.persist.rehydrate();
  store().reset();
  useSettingsStore.setState({ locale: 'nb' });
  store().applyAnswers({ answers: today });
});

describe('WhyHereSection', () => {
  it('lists the strongest pulls per model with their size and a link back to the question', async () => {
    render(<WhyHereSection />);
    expect(screen.getByRole('heading', { level: 2, name: 'Hvorfor her?' })).toBeInTheDocument();
    const totalt = screen.getByRole('heading', { level: 3, name: /^Totalt samarbeid – \d+/ });
    const list = totalt.parentElement!.querySelector('ol')!;
    const items = within(list).getAllByRole('listitem');
    const first = items.find((li) => li.textContent!.includes(q('skranke-organisering')))!;
    expect(first).toBeDefined();
    expect(first).toHaveTextContent(/\d+ prosentpoeng/);
    const link = within(first).getByRole('link', {
      name: `Endre svaret på «${q('skranke-organisering')}»`,
    });
    expect(link.getAttribute('href')).toBe('/kartlegging/2');
    // The wizard reads in history.state where to open and the way back: this link, or the same
    // question under another model, or this model's heading.
    await userEvent.setup().click(link);
    const state = window.history.state as { back: { ids: string[] } };
    expect(state).toMatchObject({
      from: 'results',
      focus: { ids: ['sporsmal-skranke-organisering'], windowTop: 'start' },
      back: { windowTop: 0 },
    });
    expect(state.back.ids[0]).toBe(link.id);
    expect(document.getElementById(state.back.ids.at(-1)!)).toBe(totalt);
  });
});

describe('CertaintySection', () => {
  it('shows the possible area and lists the questions without an answer', () => {
    render(<CertaintySection />);
    expect(
      screen.getByRole('heading', { name: 'Hvor sikker er plasseringen?' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: `Svar på «${q('digital-veiledning')}»` }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Punktet kan havne mellom \d+ og \d+ på samorganisering/),
    ).toBeInTheDocument();
  });
});

describe('WhatIfSection', () => {
  it('changes answers without touching the saved ones, and saves them as the desired state', async () => {
    const user = userEvent.setup();
    render(<WhatIfSection />);
    const before = structuredClone(store().assessment);
    expect(screen.getByText('Ingen svar er endret ennå.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText(q('ansattgruppe')), 'en-gruppe');
    expect(screen.getByText('1 svar endret')).toBeInTheDocument();
    expect(screen.getByText(/Punktet flytter seg fra/)).toBeInTheDocument();
    expect(store().assessment).toEqual(before);
    expect(store().desired).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Lagre som ønsket situasjon' }));
    expect(screen.getByRole('status')).toHaveTextContent('Lagret som ønsket situasjon');
    expect(store().desired?.answers.ansattgruppe).toBe('en-gruppe');
    expect(store().assessment).toEqual(before);

    await user.click(screen.getByRole('button', { name: 'Tilbakestill' }));
    expect(screen.getByText('Ingen svar er endret ennå.')).toBeInTheDocument();
  }, 30_000);
});

describe('TodayDesiredSection', () => {
  it('offers to start the desired state when there is none', () => {
    render(<TodayDesiredSection />);
    expect(screen.getByRole('button', { name: 'Fyll ut ønsket situasjon' })).toBeInTheDocument();
  });

  it('orders the gaps and gives actions and risks', () => {
    act(() => {
      store().saveDesiredFrom({
        ...store().assessment,
        answers: { ...today, ansattgruppe: 'en-gruppe', 'gjensidig-avhengighet': 'en-tjeneste' },
      });
    });
    render(<TodayDesiredSection />);
    expect(
      screen.getByRole('heading', { name: 'Fra i dag til ønsket situasjon' }),
    ).toBeInTheDocument();
    // The map's table names the arrow it draws, with where it starts and ends.
    const points = screen.getByRole('table', { name: 'Punktene på modellkartet (0–100)' });
    expect(
      within(points).getByRole('row', {
        name: /^Fra i dag til ønsket situasjon Pil [\d,]+ → [\d,]+ /,
      }),
    ).toBeInTheDocument();
    const gaps = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(gaps).toContain(staffTitle);
    const staff = screen.getByRole('heading', {
      level: 4,
      name: staffTitle,
    }).parentElement!;
    expect(staff).toHaveTextContent('Samle de ansatte i én ansattgruppe med felles oppgaver.');
    expect(staff).toHaveTextContent(/mest mot Totalt samarbeid/);
  });
});

describe('SnapshotsSection', () => {
  it('saves labelled snapshots, lists them and deletes them', async () => {
    const user = userEvent.setup();
    render(<SnapshotsSection />);
    expect(screen.getByText('Ingen øyeblikksbilder ennå.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Navn på øyeblikksbildet'), 'Våren 2025');
    await user.click(screen.getByRole('button', { name: 'Lagre øyeblikksbilde' }));
    await user.click(screen.getByRole('button', { name: 'Lagre øyeblikksbilde' }));
    const table = screen.getByRole('table', { name: /Lagrede øyeblikksbilder/ });
    expect(within(table).getByRole('rowheader', { name: '1. Våren 2025' })).toBeInTheDocument();
    expect(
      within(table).getByRole('rowheader', { name: '2. Øyeblikksbilde 2' }),
    ).toBeInTheDocument();
    expect(store().snapshots).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Slett øyeblikksbildet «Våren 2025»' }));
    expect(store().snapshots.map((s) => s.label)).toEqual(['Øyeblikksbilde 2']);
    expect(screen.getByRole('status')).toHaveTextContent('«Våren 2025» er slettet');
  }, 30_000);
});

describe('insight messages', () => {
  const keys = [
    ...TENSION_RULES.flatMap((r) =>
      ['title', 'explanation', 'reflection'].map((p) => `insight.tensions.rules.${r.id}.${p}`),
    ),
    ...ACTION_IDS.map((id) => `insight.actions.${id}`),
    ...RISK_IDS.map((id) => `insight.risks.${id}`),
  ];
  it.each([
    ['nb', nb],
    ['nn', nn],
    ['en', en],
  ])('%s has text for every tension rule, action and risk', (_locale, messages) => {
    expect(keys.filter((key) => !lookup(messages, key))).toEqual([]);
  });
});
