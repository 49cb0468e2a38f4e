import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildAssessmentFile, serializeAssessmentFile } from '../../domain/assessment-file';
import { CATALOGUE } from '../../domain/catalogue';
import { scoredQuestions } from '../../domain/catalogue-schema';
import { useAssessmentStore } from '../../store/assessment-store';
import { useSettingsStore } from '../../store/settings-store';
import { useStorageStatus } from '../../store/storage-status-store';
import ImportActions from './import-actions';

// jsdom has no modal dialogs and no Blob.text(): both as browsers have them.
beforeAll(() => {
  Blob.prototype.text ??= function (this: Blob) {
    return new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(this);
    });
  };
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

const [known, other] = scoredQuestions(CATALOGUE);
const store = () => useAssessmentStore.getState();

function fileWith(answers: Record<string, string>): File {
  const text = serializeAssessmentFile(
    buildAssessmentFile({
      assessment: { answers, comments: {}, context: {} },
      catalogue: CATALOGUE,
      createdAt: null,
      updatedAt: null,
    }),
  );
  return new File([text], 'svar.json', { type: 'application/json' });
}

beforeEach(async () => {
  await useAssessmentStore.persist.rehydrate();
  store().reset();
  useStorageStatus.setState({ leftOut: null, carried: [] });
});

describe('importing answers with unknown questions and options', () => {
  it.each([
    [
      'nb',
      '2 svar kunne ikke brukes og er utelatt:',
      'et spørsmål som ikke finnes i dette spørsmålssettet',
      'et ukjent svaralternativ på',
    ],
    [
      'nn',
      '2 svar kunne ikkje brukast og er utelatne:',
      'eit spørsmål som ikkje finst i dette spørsmålssettet',
      'eit ukjent svaralternativ på',
    ],
    [
      'en',
      '2 answers could not be used and were left out:',
      'a question that is not in this question set',
      'an unknown answer option to',
    ],
  ] as const)(
    '(%s) takes the known ones after asking, and says per line what was left out',
    async (locale, summary, question, option) => {
      useSettingsStore.setState({ locale });
      store().setAnswer(known!.id, 'vet-ikke');
      const user = userEvent.setup();
      render(<ImportActions />);
      const answers = {
        'finnes-ikke': 'x',
        [other!.id]: 'ukjent',
        [known!.id]: known!.options[0]!.id,
      };
      await user.upload(screen.getByLabelText(/./, { selector: 'input' }), fileWith(answers));
      const dialog = await screen.findByRole('dialog');
      const replace = { nb: 'Erstatt svarene', nn: 'Byt ut svara', en: 'Replace answers' }[locale];
      await user.click(within(dialog).getByRole('button', { name: replace }));
      expect(await screen.findByText(summary)).toBeVisible();
      const lines = screen.getAllByRole('listitem').map((li) => li.textContent);
      expect(lines).toEqual([question, expect.stringContaining(other!.text[locale])]);
      expect(lines[1]).toContain(option);
      expect(document.body.textContent).not.toContain('finnes-ikke');
      expect(store().assessment.answers).toEqual({ [known!.id]: known!.options[0]!.id });
    },
  );

  it('in an empty browser takes the answers at once and tells it with the page’s notices', async () => {
    useSettingsStore.setState({ locale: 'nb' });
    const user = userEvent.setup();
    render(<ImportActions />);
    await user.upload(
      screen.getByLabelText(/./, { selector: 'input' }),
      fileWith({ 'finnes-ikke': 'x', [known!.id]: known!.options[0]!.id }),
    );
    await expect
      .poll(() => store().assessment.answers)
      .toEqual({
        [known!.id]: known!.options[0]!.id,
      });
    expect(useStorageStatus.getState().leftOut).toEqual({
      answers: 1,
      unknownQuestions: 1,
      unknownOptions: [],
    });
  });

  it('refuses a file with nothing usable, changes nothing, and never shows the unknown id', async () => {
    useSettingsStore.setState({ locale: 'nb' });
    store().setAnswer(known!.id, 'vet-ikke');
    const user = userEvent.setup();
    render(<ImportActions />);
    await user.upload(
      screen.getByLabelText(/./, { selector: 'input' }),
      fileWith({ 'finnes-ikke': 'x' }),
    );
    expect(
      await screen.findByText(
        'Ingen av svarene i filen hører til spørsmål i dette spørsmålssettet.',
      ),
    ).toBeVisible();
    expect(document.body.textContent).not.toContain('finnes-ikke');
    expect(store().assessment.answers).toEqual({ [known!.id]: 'vet-ikke' });
  });
});
