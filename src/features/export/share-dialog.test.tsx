import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Comments } from '../../domain/assessment-schema';
import { useAssessmentStore } from '../../store/assessment-store';
import { useSettingsStore } from '../../store/settings-store';
import { useExportContext } from './export-context';
import './export-messages';
import { ShareDialog } from './share-dialog';

const PRIVACY = 'Kommentarene er med i lenken. Del den bare med dem som kan se dem.';

// jsdom has no modal dialogs: open and close them, and focus the first control as browsers do.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
    this.querySelector<HTMLElement>('button, textarea, input, select, a[href]')?.focus();
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

const store = () => useAssessmentStore.getState();

beforeEach(async () => {
  await useAssessmentStore.persist.rehydrate();
  store().reset();
  useSettingsStore.setState({ locale: 'nb' });
});

/** The results page's «Del» button and the dialog it opens, as PageActions wires them. */
function Sharing() {
  const ctx = useExportContext();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Del
      </button>
      <ShareDialog open={open} onClose={() => setOpen(false)} ctx={ctx} />
    </>
  );
}

async function openDialog(comments: Comments = {}, desiredComments?: Comments) {
  store().applyAnswers({ answers: { 'skranke-organisering': 'en-felles' } });
  useAssessmentStore.setState((s) => ({
    assessment: { ...s.assessment, comments },
    desired: desiredComments ? { ...s.assessment, comments: desiredComments } : null,
  }));
  const user = userEvent.setup();
  render(<Sharing />);
  await user.click(screen.getByRole('button', { name: 'Del' }));
  const dialog = screen.getByRole('dialog', { name: 'Del resultatet' });
  // The link is made after the dialog opens.
  await within(dialog).findByLabelText('Lenke til resultatet');
  return { user, dialog };
}

describe('ShareDialog: focus', () => {
  it('starts at the title, not at «Lukk» at the bottom, and returns to «Del»', async () => {
    const { user, dialog } = await openDialog();
    expect(within(dialog).getByRole('heading', { name: 'Del resultatet' })).toHaveFocus();

    await user.tab();
    expect(within(dialog).getByLabelText('Lenke til resultatet')).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Lukk' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Del' })).toHaveFocus();
  });
});

describe('ShareDialog: the comments warning', () => {
  it('is not shown without comments', async () => {
    const { dialog } = await openDialog({});
    expect(within(dialog).queryByText(PRIVACY)).not.toBeInTheDocument();
  });

  it('is not shown when every comment is empty', async () => {
    const { dialog } = await openDialog({ 'skranke-organisering': '', lokaler: '  \n' });
    expect(within(dialog).queryByText(PRIVACY)).not.toBeInTheDocument();
  });

  it('is shown when a comment has text', async () => {
    const { dialog } = await openDialog({ 'skranke-organisering': '', lokaler: 'Felles kaffe' });
    expect(within(dialog).getByText(PRIVACY)).toBeInTheDocument();
  });

  it('is shown when only the desired situation, which goes along, has a comment', async () => {
    const { dialog } = await openDialog({}, { lokaler: 'Ett hus' });
    expect(within(dialog).getByText(PRIVACY)).toBeInTheDocument();
  });
});
