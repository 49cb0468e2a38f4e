import { CATALOGUE } from '../../domain/catalogue';
import { decodeShareCode, type ShareCodeResult } from '../../domain/share-code';

// The last share code decoded, and its result once there. A shared result is decoded first by
// its first paint (src/share-first-paint.ts), before the app loads; the app's shared page then
// starts from that result instead of decoding again and showing «loading» over it meanwhile.
let last: { code: string; promise: Promise<ShareCodeResult>; result?: ShareCodeResult } | null =
  null;

/** decodeShareCode with the shipped catalogue, once per code in a row. */
export function decodeShared(code: string): Promise<ShareCodeResult> {
  if (last?.code === code) return last.promise;
  const entry: NonNullable<typeof last> = {
    code,
    promise: decodeShareCode(code, CATALOGUE).then((result) => {
      entry.result = result;
      return result;
    }),
  };
  last = entry;
  return entry.promise;
}

/** The result for this code when it has already been decoded; undefined otherwise. */
export function decodedShared(code: string): ShareCodeResult | undefined {
  return last?.code === code ? last.result : undefined;
}
