import type { AssessmentFile } from '../../domain/assessment-file';
import type { Assessment } from '../../domain/assessment-schema';
import type { PersistedState } from '../../store/persisted-state';
import { MAX_SNAPSHOT_LABEL_LENGTH } from '../../store/persisted-version';
import { useAssessmentStore } from '../../store/assessment-store';

/** The saved part of the store, so an import or "use these answers" can be undone exactly. */
export function savedState(): PersistedState {
  const s = useAssessmentStore.getState();
  return {
    assessment: s.assessment,
    desired: s.desired,
    editing: s.editing,
    snapshots: s.snapshots,
    step: s.step,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    catalogueVersion: s.catalogueVersion,
  };
}

export function restoreState(state: PersistedState): void {
  useAssessmentStore.setState(state);
}

/** Replaces everything with a file's contents: today, desired, snapshots and dates. */
export function applyFile(file: AssessmentFile): void {
  useAssessmentStore.setState({
    assessment: file.assessment,
    desired: file.desired ?? null,
    editing: 'today',
    snapshots: (file.snapshots ?? []).map((s) => ({
      ...s,
      label: s.label.slice(0, MAX_SNAPSHOT_LABEL_LENGTH),
    })),
    createdAt: file.createdAt,
    updatedAt: file.updatedAt,
    catalogueVersion: file.catalogueVersion,
  });
}

/** Replaces the assessment being edited (e.g. with answers from a shared link). */
export function applyAssessment(assessment: Assessment): void {
  useAssessmentStore.getState().replaceAssessment(assessment);
}
