import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../domain/catalogue';
import { DONT_KNOW } from '../../domain/catalogue-schema';
import { wizardSteps } from '../../domain/steps';
import { useAssessmentStore } from '../../store/assessment-store';
import { openAtQuestion } from '../../ui/wizard-links';
import { renderAt } from './render-at.test-utils';

const steps = wizardSteps(CATALOGUE);
const firstDimension = steps[1]!;
if (firstDimension.kind !== 'dimension') throw new Error('step 2 must be a dimension');
const dimensionTitle = CATALOGUE.dimensions.find((d) => d.id === firstDimension.dimension)!.title
  .nb;
const questions = firstDimension.questions;

const answers = () => useAssessmentStore.getState().assessment.answers;

beforeEach(() => {
  act(() => useAssessmentStore.getState().reset());
});

/** The radio group for a question, found by its legend. */
const group = (text: string) => screen.getByRole('radiogroup', { name: text });

describe('WizardPage', () => {
  it('shows the step heading, progress, intro and a step list with the current step marked', async () => {
    renderAt('/kartlegging/2');
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent(`Steg 2 av ${steps.length}: ${dimensionTitle}`);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const progress = screen.getByRole('progressbar', { name: 'Fremdrift i kartleggingen' });
    expect(progress).toHaveAttribute('value', '2');
    expect(progress).toHaveAttribute('max', String(steps.length));
    const nav = screen.getByRole('navigation', { name: 'Alle steg' });
    const links = within(nav).getAllByRole('link');
    expect(links).toHaveLength(steps.length);
    expect(links[1]).toHaveAttribute('aria-current', 'step');
    expect(links[1]).toHaveTextContent(`0 av ${questions.length} besvart`);
  });

  it('offers every option plus «Vet ikke» for each question, with the help text as description', async () => {
    renderAt('/kartlegging/2');
    await screen.findByRole('heading', { level: 1 });
    for (const q of questions) {
      const fieldset = group(q.text.nb);
      expect(fieldset).toHaveAccessibleDescription(q.help.nb);
      const radios = within(fieldset).getAllByRole('radio');
      expect(radios.map((r) => r.getAttribute('value'))).toEqual([
        ...q.options.map((o) => o.id),
        DONT_KNOW,
      ]);
      expect(within(fieldset).getByRole('radio', { name: 'Vet ikke' })).toBeInTheDocument();
    }
  });

  it('shows an error summary on "Neste" with missing answers, focuses it, and its links focus the field', async () => {
    const user = userEvent.setup();
    const { current } = renderAt('/kartlegging/2');
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('button', { name: /Neste steg|Gå til oppsummeringen/ }));

    const summary = await screen.findByRole('region', {
      name: 'Dette må rettes før du kan gå videre',
    });
    await waitFor(() => expect(summary).toHaveFocus());
    const links = within(summary).getAllByRole('link');
    expect(links).toHaveLength(questions.length);
    expect(links[0]).toHaveTextContent(`Velg et svar på «${questions[0]!.text.nb}»`);
    expect(current()).toBe('/kartlegging/2');

    for (const q of questions) {
      const fieldset = group(q.text.nb);
      expect(fieldset).toHaveAccessibleDescription(
        `${q.help.nb} Velg et svar, eller «Vet ikke» hvis du ikke vet.`,
      );
      expect(fieldset).toHaveAttribute('aria-invalid', 'true');
      expect(fieldset).toBeRequired();
    }

    const last = questions.at(-1)!;
    await user.click(links.at(-1)!);
    expect(within(group(last.text.nb)).getAllByRole('radio')[0]).toHaveFocus();
    expect(current()).toBe('/kartlegging/2');

    // Answering removes that question's error.
    await user.click(within(group(last.text.nb)).getByRole('radio', { name: 'Vet ikke' }));
    await waitFor(() =>
      expect(within(summary).queryByText(`Velg et svar på «${last.text.nb}»`)).toBeNull(),
    );
    expect(group(last.text.nb)).not.toHaveAttribute('aria-invalid');
  });

  it(
    'saves each answer and comment to the store as soon as it is chosen',
    { timeout: 20_000 },
    async () => {
      const user = userEvent.setup();
      renderAt('/kartlegging/2');
      await screen.findByRole('heading', { level: 1 });
      const q = questions[0]!;
      const option = q.options[1]!;
      await user.click(within(group(q.text.nb)).getByRole('radio', { name: option.label.nb }));
      expect(answers()[q.id]).toBe(option.id);

      await user.click(screen.getAllByText('Legg til en kommentar')[0]!);
      await user.type(
        screen.getByLabelText(`Kommentar (valgfritt) til «${q.text.nb}»`),
        'Flytter 2026',
      );
      expect(useAssessmentStore.getState().assessment.comments[q.id]).toBe('Flytter 2026');

      const nav = screen.getByRole('navigation', { name: 'Alle steg' });
      expect(within(nav).getAllByRole('link')[1]).toHaveTextContent(
        questions.length === 1 ? 'Alle besvart' : `1 av ${questions.length} besvart`,
      );
    },
  );

  it('shows saved answers when a step opens again', async () => {
    const q = questions[0]!;
    act(() => useAssessmentStore.getState().setAnswer(q.id, q.options[0]!.id));
    renderAt('/kartlegging/2');
    await screen.findByRole('heading', { level: 1 });
    expect(
      within(group(q.text.nb)).getByRole('radio', { name: q.options[0]!.label.nb }),
    ).toBeChecked();
  });

  it('accepts «Vet ikke» for every question and moves on, focusing the next heading', async () => {
    const user = userEvent.setup();
    const { current } = renderAt('/kartlegging/2');
    await screen.findByRole('heading', { level: 1 });
    for (const q of questions) {
      await user.click(within(group(q.text.nb)).getByRole('radio', { name: 'Vet ikke' }));
    }
    await user.click(screen.getByRole('button', { name: /Neste steg|Gå til oppsummeringen/ }));
    expect(screen.queryByRole('region', { name: /Dette må rettes/ })).toBeNull();
    for (const q of questions) expect(answers()[q.id]).toBe(DONT_KNOW);
    if (steps.length > 2) {
      expect(current()).toBe('/kartlegging/3');
      const heading = await screen.findByRole('heading', { level: 1, name: /^Steg 3 av/ });
      await waitFor(() => expect(heading).toHaveFocus());
      expect(useAssessmentStore.getState().step).toBe(2);
    } else {
      expect(current()).toBe('/oppsummering');
    }
  });

  it('announces the new step in a polite live region that was there before the change', async () => {
    const user = userEvent.setup();
    renderAt('/kartlegging/2');
    await screen.findByRole('heading', { level: 1, name: /^Steg 2 av/ });
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    // Nothing to say on the first step shown: focus on the heading covers it.
    expect(status).toHaveTextContent('');

    for (const q of questions) {
      await user.click(within(group(q.text.nb)).getByRole('radio', { name: 'Vet ikke' }));
    }
    await user.click(screen.getByRole('button', { name: /Neste steg|Gå til oppsummeringen/ }));
    if (steps.length < 3) return;
    const next = steps[2]!;
    const title =
      next.kind === 'dimension'
        ? CATALOGUE.dimensions.find((d) => d.id === next.dimension)!.title.nb
        : CATALOGUE.context.title.nb;
    const text = `Steg 3 av ${steps.length}: ${title}`;
    // The same element, now with text: a region that appears with its text is often not read.
    await waitFor(() => expect(status).toHaveTextContent(text));
    expect(screen.getByRole('status')).toBe(status);
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: text })).toHaveFocus(),
    );

    await user.click(screen.getByRole('button', { name: 'Forrige steg' }));
    await waitFor(() =>
      expect(status).toHaveTextContent(`Steg 2 av ${steps.length}: ${dimensionTitle}`),
    );
  });

  it('shows an answer another tab saved without leaving the step', async () => {
    renderAt('/kartlegging/2');
    await screen.findByRole('heading', { level: 1 });
    const q = questions[0]!;
    const radio = () =>
      within(group(q.text.nb)).getByRole('radio', { name: q.options[0]!.label.nb });
    expect(radio()).not.toBeChecked();
    // What the storage event's rehydration does: the store changes from outside the form.
    act(() => useAssessmentStore.getState().setAnswer(q.id, q.options[0]!.id));
    await waitFor(() => expect(radio()).toBeChecked());
  });

  it('keeps a comment being typed when another tab answers another question on the step', async () => {
    const user = userEvent.setup();
    renderAt('/kartlegging/2');
    await screen.findByRole('heading', { level: 1 });
    const [first, second] = [questions[0]!, questions[1]!];
    await user.click(screen.getAllByText('Legg til en kommentar')[0]!);
    const comment = screen.getByLabelText(`Kommentar (valgfritt) til «${first.text.nb}»`);
    await user.type(comment, 'Flytter ');
    act(() => useAssessmentStore.getState().setAnswer(second.id, second.options[0]!.id));
    await user.type(comment, '2026');
    expect(comment).toHaveValue('Flytter 2026');
    expect(useAssessmentStore.getState().assessment.comments[first.id]).toBe('Flytter 2026');
    expect(
      within(group(second.text.nb)).getByRole('radio', { name: second.options[0]!.label.nb }),
    ).toBeChecked();
  });

  it('goes back without asking for answers, and jumps to any step from the step list', async () => {
    const user = userEvent.setup();
    const { current } = renderAt('/kartlegging/2');
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('button', { name: 'Forrige steg' }));
    expect(current()).toBe('/kartlegging/1');
    const heading = await screen.findByRole('heading', { level: 1, name: /^Steg 1 av/ });
    expect(heading).toHaveTextContent(CATALOGUE.context.title.nb);
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Forrige steg' })).toBeNull();
    expect(useAssessmentStore.getState().step).toBe(0);

    const nav = screen.getByRole('navigation', { name: 'Alle steg' });
    await user.click(within(nav).getAllByRole('link').at(-1)!);
    expect(current()).toBe(`/kartlegging/${steps.length}`);
    expect(
      await screen.findByRole('button', { name: 'Gå til oppsummeringen' }),
    ).toBeInTheDocument();
  });

  it('lets the context step be skipped and saves what is typed', async () => {
    const user = userEvent.setup();
    const { current } = renderAt('/kartlegging/1');
    await screen.findByRole('heading', { level: 1 });
    const textQuestion = steps[0]!.questions.find(
      (q) => q.kind === 'context' && q.input === 'text',
    );
    if (textQuestion) {
      await user.type(screen.getByLabelText(new RegExp(textQuestion.text.nb)), 'Drammen');
      expect(useAssessmentStore.getState().assessment.context[textQuestion.id]).toBe('Drammen');
    }
    await user.click(screen.getByRole('button', { name: 'Neste steg' }));
    expect(current()).toBe('/kartlegging/2');
  });

  it('sends unknown step numbers to step 1', async () => {
    for (const bad of ['0', String(steps.length + 1), 'abc', '1.5']) {
      const { current, unmount } = renderAt(`/kartlegging/${bad}`);
      await waitFor(() => expect(current()).toBe('/kartlegging/1'));
      unmount();
    }
  });
});

describe('WizardPage opened by a link about one question', () => {
  afterEach(() => window.history.replaceState(null, ''));

  /** Renders another page first: focus moves on navigation, not on the first load. */
  const arrive = (path: string, state: unknown) => {
    const view = renderAt('/oppsummering');
    act(() => view.navigate(path, { state }));
    return view;
  };

  it('focuses the chosen answer of that question, not the heading', async () => {
    const q = questions.at(-1)!;
    act(() => useAssessmentStore.getState().setAnswer(q.id, q.options[1]!.id));
    arrive('/kartlegging/2', { focus: openAtQuestion(q.id) });
    const heading = await screen.findByRole('heading', { level: 1, name: /^Steg 2 av/ });
    const chosen = within(group(q.text.nb)).getByRole('radio', { name: q.options[1]!.label.nb });
    expect(chosen).toHaveFocus();
    expect(heading).not.toHaveFocus();
    expect(chosen).toBeChecked();
  });

  it('focuses the first option when the question has no answer yet', async () => {
    const q = questions.at(-1)!;
    arrive('/kartlegging/2', { from: 'results', focus: openAtQuestion(q.id) });
    await screen.findByRole('heading', { level: 1, name: /^Steg 2 av/ });
    expect(within(group(q.text.nb)).getAllByRole('radio')[0]).toHaveFocus();
    expect(screen.getByRole('link', { name: '← Tilbake til resultatet' })).toBeInTheDocument();
  });

  it('opens at the heading without a question, or when the question is on another step', async () => {
    const q = questions.at(-1)!;
    const first = arrive('/kartlegging/2', { from: 'results' });
    expect(await screen.findByRole('heading', { level: 1, name: /^Steg 2 av/ })).toHaveFocus();
    first.unmount();

    arrive('/kartlegging/3', { focus: openAtQuestion(q.id) });
    expect(await screen.findByRole('heading', { level: 1, name: /^Steg 3 av/ })).toHaveFocus();
  });

  it('does not move focus on a fresh load or a reload, whatever the state says', async () => {
    const q = questions.at(-1)!;
    window.history.replaceState({ focus: openAtQuestion(q.id) }, '');
    renderAt('/kartlegging/2');
    await screen.findByRole('heading', { level: 1 });
    expect(document.body).toHaveFocus();
  });

  it('keeps the way back to the result when moving on, but opens the next step at its heading', async () => {
    const user = userEvent.setup();
    const q = questions[0]!;
    const back = { ids: ['resultat-lenke'], windowTop: 120 };
    const { current, state } = arrive('/kartlegging/2', {
      from: 'results',
      focus: openAtQuestion(q.id),
      back,
    });
    await screen.findByRole('heading', { level: 1, name: /^Steg 2 av/ });
    for (const question of questions) {
      await user.click(within(group(question.text.nb)).getByRole('radio', { name: 'Vet ikke' }));
    }
    await user.click(screen.getByRole('button', { name: /Neste steg|Gå til oppsummeringen/ }));
    expect(current()).not.toBe('/kartlegging/2');
    expect(state()).toEqual({ from: 'results', back });
    if (steps.length > 2) {
      expect(await screen.findByRole('heading', { level: 1, name: /^Steg 3 av/ })).toHaveFocus();
    }
  });

  it('goes back to the result with focus asked for on the spot it was left from', async () => {
    const user = userEvent.setup();
    const back = { ids: ['resultat-lenke'], windowTop: 120 };
    const { current, state } = arrive('/kartlegging/2', { from: 'results', back });
    await user.click(await screen.findByRole('link', { name: '← Tilbake til resultatet' }));
    expect(current()).toBe('/resultat');
    expect(state()).toEqual({ focus: back });
    // The link is not on this stand-in results page: its heading, then.
    expect(screen.getByRole('heading', { level: 1, name: 'Resultat' })).toHaveFocus();
  });
});

describe('WizardPage in the desired state', () => {
  it('says so under the heading, and switching to today stays on the step with today’s answers', async () => {
    const user = userEvent.setup();
    const q = questions[0]!;
    const store = () => useAssessmentStore.getState();
    act(() => {
      store().setAnswer(q.id, q.options[0]!.id);
      store().setComment(q.id, 'Gjelder i dag');
      store().startDesired();
      store().setAnswer(q.id, q.options[1]!.id);
      store().setComment(q.id, '');
    });
    const { current } = renderAt('/kartlegging/2');
    const heading = await screen.findByRole('heading', { level: 1 });
    const notice = screen.getByText(/^Du ser på ønsket situasjon/);
    // Under the heading and progress, before the first question.
    expect(screen.getByRole('progressbar').compareDocumentPosition(notice)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(notice.compareDocumentPosition(group(q.text.nb))).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    const radio = (i: number) =>
      within(group(q.text.nb)).getByRole('radio', { name: q.options[i]!.label.nb });
    expect(radio(1)).toBeChecked();
    const comment = screen.getByLabelText(`Kommentar (valgfritt) til «${q.text.nb}»`);
    expect(comment).not.toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Bytt til dagens situasjon' }));
    expect(current()).toBe('/kartlegging/2');
    expect(screen.queryByText(/^Du ser på ønsket situasjon/)).toBeNull();
    expect(radio(0)).toBeChecked();
    expect(radio(1)).not.toBeChecked();
    // Today's comment is there, and shown as on any step that opens with one.
    const todayComment = screen.getByLabelText(`Kommentar (valgfritt) til «${q.text.nb}»`);
    expect(todayComment).toHaveValue('Gjelder i dag');
    expect(todayComment).toBeVisible();
    // Still the same page (where focus goes after the switch is the e2e test's: jsdom has no layout).
    expect(screen.getByRole('heading', { level: 1 })).toBe(heading);
    expect(store().desired?.answers[q.id]).toBe(q.options[1]!.id);
  });
});
