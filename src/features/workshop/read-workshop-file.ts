import { parseWorkshopFile, type WorkshopFileResult } from '../../domain/workshop-schema';

/** Above this, parsing could hold the page for a noticeable moment: it runs in a worker. */
export const WORKER_FROM_CHARS = 500_000;

/**
 * Reads a workshop file. A large one is parsed in a Web Worker, so the page stays responsive;
 * where workers are missing (tests, very old browsers) it is parsed here. Never rejects.
 */
export function readWorkshopFile(text: string): Promise<WorkshopFileResult> {
  if (text.length < WORKER_FROM_CHARS || typeof Worker === 'undefined') {
    return Promise.resolve(parseWorkshopFile(text));
  }
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./workshop-file.worker.ts', import.meta.url), {
      type: 'module',
    });
    const done = (result: WorkshopFileResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<WorkshopFileResult>) => done(event.data);
    worker.onerror = () => done({ ok: false, reason: 'invalid' });
    worker.postMessage(text);
  });
}
