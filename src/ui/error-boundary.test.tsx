import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it, vi } from 'vitest';
import '../i18n/core-messages';
import { useSettingsStore } from '../store/settings-store';
import { downloadFile } from './download';
import { ErrorBoundary, savedDataSnapshot } from './error-boundary';

vi.mock('./download', () => ({ downloadFile: vi.fn() }));

function Broken({ message = 'kaboom' }: { message?: string }): never {
  throw new Error(message);
}

beforeEach(() => {
  useSettingsStore.setState({ locale: 'nb' });
  // React reports caught errors on the console; keep the test output readable.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.mocked(downloadFile).mockClear();
});

it('shows its children while nothing is wrong', () => {
  render(
    <ErrorBoundary>
      <p>Alt i orden</p>
    </ErrorBoundary>,
  );
  expect(screen.getByText('Alt i orden')).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

it('shows what happened and offers the saved answers and a reload when a child throws', () => {
  render(
    <ErrorBoundary>
      <Broken />
    </ErrorBoundary>,
  );
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent('Svarene dine er fortsatt lagret');
  expect(screen.getByRole('heading', { level: 1, name: 'Noe gikk galt' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Last ned svarene dine' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Last inn siden på nytt' })).toBeInTheDocument();
  expect(screen.getByText('kaboom')).toBeInTheDocument();
});

it('downloads the raw saved answers and rescued copies exactly as stored', async () => {
  localStorage.setItem('modellkart:assessment', '{"state":{"x":1},"version":1}');
  localStorage.setItem('modellkart:rescue:modellkart:assessment', '{not json');
  localStorage.setItem('modellkart:settings', '{"state":{"locale":"nb"}}');
  render(
    <ErrorBoundary>
      <Broken />
    </ErrorBoundary>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Last ned svarene dine' }));
  expect(downloadFile).toHaveBeenCalledTimes(1);
  const [name, content] = vi.mocked(downloadFile).mock.calls[0]!;
  expect(name).toMatch(/^modellkart-svar-\d+\.json$/);
  const file = JSON.parse(content as string);
  expect(file.localStorage).toEqual({
    'modellkart:assessment': '{"state":{"x":1},"version":1}',
    'modellkart:rescue:modellkart:assessment': '{not json',
  });
});

it('speaks the user’s language', () => {
  useSettingsStore.setState({ locale: 'nn' });
  render(
    <ErrorBoundary headingLevel={2}>
      <Broken />
    </ErrorBoundary>,
  );
  expect(screen.getByRole('heading', { level: 2, name: 'Noko gjekk gale' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Last ned svara dine' })).toBeInTheDocument();
});

it('says a part could not be loaded when a lazy chunk fails', () => {
  render(
    <ErrorBoundary>
      <Broken message="Failed to fetch dynamically imported module: /assets/x.js" />
    </ErrorBoundary>,
  );
  expect(screen.getByRole('alert')).toHaveTextContent('kunne ikke lastes');
});

it('recovers when the reset key changes (the user navigates away)', () => {
  const { rerender } = render(
    <ErrorBoundary resetKey="/resultat">
      <Broken />
    </ErrorBoundary>,
  );
  expect(screen.getByRole('alert')).toBeInTheDocument();
  rerender(
    <ErrorBoundary resetKey="/">
      <p>Startsiden</p>
    </ErrorBoundary>,
  );
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(screen.getByText('Startsiden')).toBeInTheDocument();
});

it('snapshots nothing when storage is unavailable', () => {
  expect(savedDataSnapshot(undefined)).toEqual({});
});
