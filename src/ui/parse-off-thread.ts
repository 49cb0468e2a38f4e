/** What the file-parser worker can read: the decoders of files a user picks. */
export type OffThreadJob = { kind: 'assessment-file' | 'workshop-file'; text: string };

/**
 * Above this, parsing could hold the page for a noticeable moment (a long task): it runs in the
 * worker. Real files are far smaller; crafted ones up to each format's limit are not.
 */
export const WORKER_FROM_CHARS = 200_000;

/**
 * Parses a picked file with the decoder `kind` names. A large one goes to a Web Worker, so the
 * page stays responsive; a small one, or where workers are missing (tests, very old browsers), is
 * parsed here with `parseHere`, the same decoder. Never rejects: a failing worker gives `failed`.
 */
export function parseOffThread<R>(
  kind: OffThreadJob['kind'],
  text: string,
  parseHere: (text: string) => R,
  failed: R,
): Promise<R> {
  if (text.length < WORKER_FROM_CHARS || typeof Worker === 'undefined') {
    return Promise.resolve(parseHere(text));
  }
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./file-parser.worker.ts', import.meta.url), {
      type: 'module',
    });
    const done = (result: R) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<R>) => done(event.data);
    worker.onerror = () => done(failed);
    worker.postMessage({ kind, text } satisfies OffThreadJob);
  });
}
