import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it, vi } from 'vitest';
import '../i18n/core-messages';
import { useSettingsStore } from '../store/settings-store';
import { downloadFile } from './download';
import { DownloadStatus, useDownloadAs, type BuiltFile } from './download-as';

vi.mock('./download', () => ({ downloadFile: vi.fn() }));

function Exporter({ build }: { build: () => Promise<BuiltFile> }) {
  const { state, busy, downloadAs } = useDownloadAs();
  return (
    <>
      <button
        type="button"
        aria-disabled={busy || undefined}
        onClick={() => void downloadAs('docx', build)}
      >
        Word
      </button>
      <DownloadStatus state={state} />
    </>
  );
}

beforeEach(() => {
  vi.mocked(downloadFile).mockClear();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

it('says it is working, saves the file once however often it is pressed, then names it', async () => {
  useSettingsStore.setState({ locale: 'nb' });
  let finish: (file: BuiltFile) => void = () => {};
  const build = vi.fn(() => new Promise<BuiltFile>((resolve) => (finish = resolve)));
  render(<Exporter build={build} />);
  const button = screen.getByRole('button', { name: 'Word' });
  await userEvent.click(button);
  await userEvent.click(button);
  expect(screen.getByRole('status')).toHaveTextContent('Lager Word-dokumentet …');
  expect(button).toHaveAttribute('aria-disabled', 'true');
  finish({ name: 'modellkart-rapport.docx', content: 'x' });
  expect(await screen.findByText('modellkart-rapport.docx er lastet ned.')).toBeInTheDocument();
  expect(build).toHaveBeenCalledTimes(1);
  expect(downloadFile).toHaveBeenCalledTimes(1);
  expect(vi.mocked(downloadFile).mock.calls[0]![0]).toBe('modellkart-rapport.docx');
  expect(screen.getByRole('alert')).toBeEmptyDOMElement();
});

it('says in the user’s language when a file could not be made, and saves nothing', async () => {
  useSettingsStore.setState({ locale: 'en' });
  render(<Exporter build={() => Promise.reject(new Error('chunk failed'))} />);
  await userEvent.click(screen.getByRole('button', { name: 'Word' }));
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Could not make the Word document. Try again, or choose another format.',
  );
  expect(downloadFile).not.toHaveBeenCalled();
  expect(screen.getByRole('button', { name: 'Word' })).not.toHaveAttribute('aria-disabled');
});
