import { useShallow } from 'zustand/react/shallow';
import {
  selectEditedAssessment,
  selectEditing,
  useAssessmentHydrated,
  useAssessmentStore,
} from '../../store/assessment-store';

/** Everything the insight sections read from the store, in one subscription. */
export function useInsightState() {
  const hydrated = useAssessmentHydrated();
  const state = useAssessmentStore(
    useShallow((s) => ({
      edited: selectEditedAssessment(s),
      today: s.assessment,
      desired: s.desired,
      editing: selectEditing(s),
      snapshots: s.snapshots,
    })),
  );
  return { hydrated, ...state };
}
