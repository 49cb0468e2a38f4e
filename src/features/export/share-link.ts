import type { Assessment } from '../../domain/assessment-schema';
import type { Catalogue } from '../../domain/catalogue-schema';
import { encodeShareCode, sharePayloadOf } from '../../domain/share-code';

/** The route of a shared result; the code lives only in the URL hash, never sent anywhere. */
export const SHARED_PATH = '/delt';

export async function shareUrl(assessment: Assessment, catalogue: Catalogue): Promise<string> {
  const code = await encodeShareCode(sharePayloadOf(assessment, catalogue));
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}#${SHARED_PATH}/${code}`;
}
