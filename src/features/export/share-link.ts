import type { Assessment } from '../../domain/assessment-schema';
import type { Catalogue } from '../../domain/catalogue-schema';
import { encodeShareCode, sharePayloadOf } from '../../domain/share-code';
import { useAssessmentStore } from '../../store/assessment-store';

/** The route of a shared result; the code lives only in the URL hash, never sent anywhere. */
export const SHARED_PATH = '/delt';

export async function shareUrl(assessment: Assessment, catalogue: Catalogue): Promise<string> {
  // The desired situation travels along (a workshop can then show «i dag vs ønsket»), but only
  // when the link is for the user's own answers, not for a result they were sent.
  const store = useAssessmentStore.getState();
  const desired = assessment === store.assessment ? store.desired : null;
  const code = await encodeShareCode(sharePayloadOf(assessment, catalogue, desired));
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}#${SHARED_PATH}/${code}`;
}
