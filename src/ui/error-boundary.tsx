import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { ASSESSMENT_STORAGE_KEY } from '../store/assessment-store';
import { RESCUE_PREFIX } from '../store/safe-storage';
import { downloadFile } from './download';

/** The raw saved answers and any rescued copies, exactly as stored, keyed by storage key. */
export function savedDataSnapshot(storage: Storage | undefined = globalThis.localStorage) {
  const saved: Record<string, string> = {};
  if (!storage) return saved;
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key === ASSESSMENT_STORAGE_KEY || key?.startsWith(RESCUE_PREFIX)) {
        const value = storage.getItem(key);
        if (value !== null) saved[key] = value;
      }
    }
  } catch {
    // Storage blocked: an empty file is still better than a second error here.
  }
  return saved;
}

function downloadSavedData() {
  const file = { exportedAt: new Date().toISOString(), localStorage: savedDataSnapshot() };
  downloadFile(`modellkart-svar-${Date.now()}.json`, JSON.stringify(file, null, 2));
}

// A lazy chunk that cannot be fetched (offline before the app was cached, or after a deploy).
function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(
    message,
  );
}

type Props = {
  children: ReactNode;
  /** 1 when the boundary replaces a whole page (its heading is then the page's h1). */
  headingLevel?: 1 | 2;
  /** Changing it (e.g. the route) clears the error, so navigating away recovers. */
  resetKey?: unknown;
};

type State = { error: unknown; hasError: boolean; resetKey: unknown };

/** Keeps one broken feature from taking the app down, and keeps the user's answers reachable. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, hasError: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, hasError: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey === state.resetKey) return null;
    return { resetKey: props.resetKey, error: null, hasError: false };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept in the console for whoever debugs it; nothing is sent anywhere.
    console.error('Modellkart error boundary', error, info.componentStack);
  }

  render() {
    if (!this.state.hasError) return this.props.children;
    return <ErrorFallback error={this.state.error} headingLevel={this.props.headingLevel ?? 1} />;
  }
}

function ErrorFallback({ error, headingLevel }: { error: unknown; headingLevel: 1 | 2 }) {
  const t = useT();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="ds-alert mk-stack" data-color="danger" role="alert">
      <Heading className="ds-heading" data-size={headingLevel === 1 ? 'md' : 'xs'}>
        {t('app.errorBoundary.title')}
      </Heading>
      <p className="ds-paragraph">
        {t(isChunkLoadError(error) ? 'app.errorBoundary.chunkBody' : 'app.errorBoundary.body')}
      </p>
      <div className="mk-row">
        <button
          type="button"
          className="ds-button"
          data-variant="primary"
          onClick={downloadSavedData}
        >
          {t('app.errorBoundary.download')}
        </button>
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          onClick={() => window.location.reload()}
        >
          {t('app.errorBoundary.reload')}
        </button>
      </div>
      <details className="ds-details">
        <summary>{t('app.errorBoundary.details')}</summary>
        <p className="ds-paragraph" data-size="sm">
          {message}
        </p>
      </details>
    </div>
  );
}
