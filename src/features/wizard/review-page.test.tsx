import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../domain/catalogue';
import { DONT_KNOW, scoredQuestions } from '../../domain/catalogue-schema';
import { stepOfQuestion } from '../../domain/steps';
import { useAssessmentStore } from '../../store/assessment-store';
import { renderAt } from './render-at.test-utils';

const scored = scoredQuestions(CATALOGUE);
const store = () => useAssessmentStore.getState();

// jsdom has no modal dialogs: enough of one to see the question being asked.
const proto = HTMLDialogElement.prototype;
const original = { showModal: proto.showModal, close: proto.close };
beforeEach(() => {
  proto.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  proto.close = function (this: HTMLDialogElement) {
    this.open = false;
  };
  act(() => store().reset());
});
afterEach(() => {
  proto.showModal = original.showModal;
  proto.close = original.close;
});

describe('ReviewPage', () => {
  it('lists each answer, «Vet ikke», «Ikke besvart» and comments, with an edit link per question', async () => {
    const [first, second] = scored;
    act(() => {
      store().setAnswer(first!.id, first!.options[0]!.id);
      store().setComment(first!.id, 'Gjelder bare hovedbiblioteket.');
      if (second) store().setAnswer(second.id, DONT_KNOW);
    });
    renderAt('/oppsummering');
    expect(await screen.findByRole('heading', { level: 1, name: 'Oppsummering' })).toBeVisible();

    const item = screen.getByText(first!.text.nb).closest('div')!;
    expect(within(item).getByText(first!.options[0]!.label.nb)).toBeInTheDocument();
    expect(within(item).getByText('Gjelder bare hovedbiblioteket.')).toBeInTheDocument();
    const edit = within(item).getByRole('link', { name: `Endre svaret på «${first!.text.nb}»` });
    expect(edit).toHaveAttribute(
      'href',
      `/kartlegging/${stepOfQuestion(CATALOGUE, first!.id) + 1}`,
    );

    if (second) {
      const secondItem = screen.getByText(second.text.nb).closest('div')!;
      expect(within(secondItem).getByText('Vet ikke')).toBeInTheDocument();
    }

    // Every edit link has its own name for screen readers.
    const editNames = screen
      .getAllByRole('link', { name: /^Endre/ })
      .map((link) => link.textContent);
    expect(new Set(editNames).size).toBe(editNames.length);
    expect(editNames).toHaveLength(CATALOGUE.questions.length);
  });

  it('opens the wizard at the question an «Endre» link is about', async () => {
    const user = userEvent.setup();
    const q = scored.at(-1)!;
    const { current } = renderAt('/oppsummering');
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('link', { name: `Endre svaret på «${q.text.nb}»` }));
    expect(current()).toBe(`/kartlegging/${stepOfQuestion(CATALOGUE, q.id) + 1}`);
    // Its first option (no answer yet) has focus, not the step's heading.
    const group = await screen.findByRole('radiogroup', { name: q.text.nb });
    expect(within(group).getAllByRole('radio')[0]).toHaveFocus();
  });

  it('says under the heading when it shows the desired state, and switches to today', async () => {
    const user = userEvent.setup();
    const q = scored[0]!;
    act(() => {
      store().setAnswer(q.id, q.options[0]!.id);
      store().startDesired();
      store().setAnswer(q.id, q.options[1]!.id);
    });
    renderAt('/oppsummering');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Oppsummering' });
    const notice = screen.getByText(/^Du ser på ønsket situasjon/);
    expect(heading.compareDocumentPosition(notice)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    const item = () => screen.getByText(q.text.nb).closest('div')!;
    expect(within(item()).getByText(q.options[1]!.label.nb)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Bytt til dagens situasjon' }));
    expect(screen.queryByText(/^Du ser på ønsket situasjon/)).toBeNull();
    expect(within(item()).getByText(q.options[0]!.label.nb)).toBeInTheDocument();
  });

  it('warns about unanswered questions with links to their steps', async () => {
    renderAt('/oppsummering');
    await screen.findByRole('heading', { level: 1 });
    const count = scored.length;
    const notice = screen.getByRole('heading', {
      name: count === 1 ? '1 spørsmål er ikke besvart' : `${count} spørsmål er ikke besvart`,
    }).parentElement!;
    const links = within(notice).getAllByRole('link');
    expect(links[0]).toHaveAttribute('href', '/kartlegging/2');
    expect(screen.getAllByText('Ikke besvart').length).toBeGreaterThanOrEqual(count);
  });

  it('says so when everything is answered, and leads to the result', async () => {
    act(() => {
      for (const q of scored) store().setAnswer(q.id, DONT_KNOW);
    });
    const user = userEvent.setup();
    const { current } = renderAt('/oppsummering');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText('Du har svart på alle spørsmålene.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /ikke besvart/ })).toBeNull();
    await user.click(screen.getAllByRole('link', { name: 'Se resultatet' })[0]!);
    expect(current()).toBe('/resultat');
  });

  it('asks before starting again, and then clears every answer', async () => {
    const q = scored[0]!;
    act(() => store().setAnswer(q.id, q.options[0]!.id));
    const user = userEvent.setup();
    const { current } = renderAt('/oppsummering');
    await screen.findByRole('heading', { level: 1 });

    await user.click(screen.getByRole('button', { name: 'Start på nytt' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('Vil du slette alle svarene');
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(store().assessment.answers[q.id]).toBe(q.options[0]!.id);

    await user.click(screen.getByRole('button', { name: 'Start på nytt' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Start på nytt' }),
    );
    expect(store().assessment.answers).toEqual({});
    expect(current()).toBe('/');
  });
});
