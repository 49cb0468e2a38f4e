import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Assessment, ContextAnswers } from '../domain/assessment-schema';
import type { PersistedState } from './persisted-state';
import { PERSISTED_VERSION } from './persisted-version';
import { createSafeStorage } from './safe-storage';
import { useStorageStatus } from './storage-status-store';

export const ASSESSMENT_STORAGE_KEY = 'modellkart:assessment';

type AssessmentActions = {
  setAnswer: (questionId: string, optionId: string) => void;
  setComment: (questionId: string, comment: string) => void;
  setContext: (questionId: string, value: ContextAnswers[string]) => void;
  /** Applies a whole step's answers at once (one write, one update). */
  applyAnswers: (patch: Partial<Assessment>) => void;
  setStep: (step: number) => void;
  replaceAssessment: (assessment: Assessment) => void;
  reset: () => void;
};

export type AssessmentState = PersistedState & AssessmentActions;

const initial: PersistedState = {
  assessment: { answers: {}, comments: {}, context: {} },
  step: 0,
  createdAt: null,
  updatedAt: null,
};

function touched(s: PersistedState, assessment: Assessment): Partial<PersistedState> {
  const now = new Date().toISOString();
  return { assessment, updatedAt: now, createdAt: s.createdAt ?? now };
}

function withoutEmpty<T extends Record<string, unknown>>(
  record: T,
  key: string,
  empty: boolean,
): T {
  if (!empty) return record;
  const copy = { ...record };
  delete copy[key];
  return copy;
}

export const useAssessmentStore = create<AssessmentState>()(
  persist(
    (set) => ({
      ...initial,
      setAnswer: (questionId, optionId) =>
        set((s) =>
          touched(s, {
            ...s.assessment,
            answers: { ...s.assessment.answers, [questionId]: optionId },
          }),
        ),
      setComment: (questionId, comment) =>
        set((s) =>
          touched(s, {
            ...s.assessment,
            comments: withoutEmpty(
              { ...s.assessment.comments, [questionId]: comment },
              questionId,
              comment.trim() === '',
            ),
          }),
        ),
      setContext: (questionId, value) =>
        set((s) =>
          touched(s, {
            ...s.assessment,
            context: withoutEmpty(
              { ...s.assessment.context, [questionId]: value },
              questionId,
              value.length === 0,
            ),
          }),
        ),
      applyAnswers: (patch) =>
        set((s) =>
          touched(s, {
            answers: { ...s.assessment.answers, ...patch.answers },
            comments: { ...s.assessment.comments, ...patch.comments },
            context: { ...s.assessment.context, ...patch.context },
          }),
        ),
      setStep: (step) => set({ step }),
      replaceAssessment: (assessment) => set((s) => touched(s, assessment)),
      reset: () => set({ ...initial }),
    }),
    {
      name: ASSESSMENT_STORAGE_KEY,
      version: PERSISTED_VERSION,
      // Validation (zod) loads on demand: the start page paints without it.
      storage: createSafeStorage<PersistedState>(
        PERSISTED_VERSION,
        async (state, version) =>
          (await import('./persisted-state')).migratePersisted(state, version),
        {
          onRescue: (info) => useStorageStatus.getState().addRescue(info),
          onWriteError: () => useStorageStatus.getState().setWriteFailed(true),
        },
      ),
      partialize: (s): PersistedState => ({
        assessment: s.assessment,
        step: s.step,
        createdAt: s.createdAt,
        updatedAt: s.updatedAt,
      }),
    },
  ),
);

/** Keeps two open tabs in step: another tab's newer answers are loaded, not overwritten. */
export function syncAssessmentAcrossTabs(target: Window = window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === ASSESSMENT_STORAGE_KEY && event.newValue !== null) {
      void useAssessmentStore.persist.rehydrate();
    }
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}

/** True once saved answers have been read; pages that edit answers wait for it. */
export function useAssessmentHydrated(): boolean {
  return useSyncExternalStore(
    (notify) => useAssessmentStore.persist.onFinishHydration(notify),
    () => useAssessmentStore.persist.hasHydrated(),
    () => false,
  );
}

/** The assessment the wizard is editing now. Components read answers through this. */
export function selectEditedAssessment(s: AssessmentState): Assessment {
  return s.assessment;
}
