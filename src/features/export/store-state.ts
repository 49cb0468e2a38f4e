import type { AssessmentFile } from '../../domain/assessment-file';
import type { Assessment } from '../../domain/assessment-schema';
import type { PersistedState } from '../../store/persisted-state';
import { savedOf, useAssessmentStore } from '../../store/assessment-store';

/** The saved part of the store, so an import or "use these answers" can be undone exactly. */
export function savedState(): PersistedState {
  return savedOf(useAssessmentStore.getState());
}

export function restoreState(state: PersistedState): void {
  useAssessmentStore.getState().restoreSaved(state);
}

/** Replaces everything with a file's contents: today, desired, snapshots and dates. */
export function applyFile(file: AssessmentFile): void {
  useAssessmentStore.getState().loadFile(file);
}

/** Replaces the assessment being edited (e.g. with answers from a shared link). */
export function applyAssessment(assessment: Assessment): void {
  useAssessmentStore.getState().replaceAssessment(assessment);
}
