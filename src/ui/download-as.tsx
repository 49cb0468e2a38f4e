import { useCallback, useRef, useState } from 'react';
import type { Messages } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { downloadFile } from './download';
import './office-messages';

export type DownloadKind = keyof Messages['office']['kinds'];

/** What a builder hands back: the file's (translated) name and its content. */
export type BuiltFile = { name: string; content: Blob | string; type?: string };

export type DownloadState =
  | { phase: 'idle' }
  | { phase: 'busy'; kind: DownloadKind }
  | { phase: 'done'; kind: DownloadKind; file: string }
  | { phase: 'failed'; kind: DownloadKind };

/**
 * The one way a page offers a download: `downloadAs(kind, build)` runs the builder (which may
 * load a library on demand), saves the file and says what happened. A second request while one
 * is being made is ignored, so a double press makes one file.
 */
export function useDownloadAs() {
  const [state, setState] = useState<DownloadState>({ phase: 'idle' });
  const running = useRef(false);
  const downloadAs = useCallback(
    async (kind: DownloadKind, build: () => BuiltFile | Promise<BuiltFile>): Promise<boolean> => {
      if (running.current) return false;
      running.current = true;
      setState({ phase: 'busy', kind });
      try {
        const file = await build();
        downloadFile(file.name, file.content, file.type);
        setState({ phase: 'done', kind, file: file.name });
        return true;
      } catch (error) {
        console.error(error);
        setState({ phase: 'failed', kind });
        return false;
      } finally {
        running.current = false;
      }
    },
    [],
  );
  /** Clears the last message, when the next one is about something else. */
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, busy: state.phase === 'busy', downloadAs, reset };
}

/** Says what the last download did: progress and success politely, failure as an alert. */
export function DownloadStatus({ state }: { state: DownloadState }) {
  const t = useT();
  const kind = state.phase === 'idle' ? '' : t(`office.kinds.${state.kind}`);
  return (
    <>
      <div role="status" aria-live="polite">
        {state.phase === 'busy' && (
          <p className="ds-paragraph" data-size="sm">
            {t('office.status.working', { kind })}
          </p>
        )}
        {state.phase === 'done' && (
          <p className="ds-paragraph" data-size="sm">
            {t('office.status.saved', { file: state.file })}
          </p>
        )}
      </div>
      <div role="alert">
        {state.phase === 'failed' && (
          <p className="ds-paragraph" data-size="sm">
            {t('office.status.failed', { kind })}
          </p>
        )}
      </div>
    </>
  );
}
