import { mergeAssessments, theirsIsLater } from '../domain/merge-answers';
import { savedOf, takeSynced, useAssessmentStore } from './assessment-store';
import type { PersistedState } from './persisted-state';
import { MAX_SNAPSHOTS } from './persisted-version';

/**
 * Merges another tab's save into this tab's answers, question by question, from the state both
 * last agreed on: answers to different questions both survive; for the same question the later
 * write wins. The merge is then saved, so both tabs end up equal.
 */
export async function mergeFromOtherTab(raw: string): Promise<void> {
  const { readSaved } = await import('./persisted-state');
  const theirs = readSaved(raw);
  // Not readable here (damaged, or a newer version): the safe storage rescues and reports it.
  if (!theirs) return void useAssessmentStore.persist.rehydrate();
  const mine = savedOf(useAssessmentStore.getState());
  const base = takeSynced(theirs);
  const later = theirsIsLater(mine, theirs, JSON.stringify(mine), JSON.stringify(theirs));
  const desired =
    mine.desired && theirs.desired
      ? mergeAssessments(base?.desired ?? null, mine.desired, theirs.desired, later)
      : sameJson(mine.desired, base?.desired ?? null)
        ? theirs.desired
        : mine.desired;
  const known = new Set(theirs.snapshots.map((x) => x.id));
  const before = new Set(base?.snapshots.map((x) => x.id) ?? []);
  const merged: PersistedState = {
    ...mine,
    assessment: mergeAssessments(
      base?.assessment ?? null,
      mine.assessment,
      theirs.assessment,
      later,
    ),
    desired,
    editing: mine.editing === 'desired' && desired ? 'desired' : 'today',
    // Theirs in order, then snapshots this tab made since (none the other tab deleted).
    snapshots: [
      ...theirs.snapshots,
      ...mine.snapshots.filter((x) => !known.has(x.id) && !before.has(x.id)),
    ].slice(-MAX_SNAPSHOTS),
    createdAt: [mine.createdAt, theirs.createdAt].filter((d) => d !== null).sort()[0] ?? null,
    updatedAt:
      [mine.updatedAt, theirs.updatedAt]
        .filter((d) => d !== null)
        .sort()
        .at(-1) ?? null,
  };
  useAssessmentStore.setState(merged);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
