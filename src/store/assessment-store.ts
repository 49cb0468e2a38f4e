import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { AssessmentFile } from '../domain/assessment-file';
import type { Assessment, ContextAnswers } from '../domain/assessment-schema';
import { neutraliseBidi } from '../domain/bidi-text';
import { currentVersion } from '../domain/formats/migrations';
import type { PersistedState, Snapshot, Variant } from './persisted-state';
import { MAX_SNAPSHOT_LABEL_LENGTH, MAX_SNAPSHOTS } from './persisted-version';
import { createSafeStorage } from './safe-storage';
import { useStorageStatus } from './storage-status-store';

export type { Snapshot, Variant } from './persisted-state';

export const ASSESSMENT_STORAGE_KEY = 'modellkart:assessment';
const PERSISTED_VERSION = currentVersion('storedAnswers');

type AssessmentActions = {
  /** The answer-writing actions below write the edited variant (`editing`). */
  setAnswer: (questionId: string, optionId: string) => void;
  setComment: (questionId: string, comment: string) => void;
  setContext: (questionId: string, value: ContextAnswers[string]) => void;
  /** Applies a whole step's answers at once (one write, one update). */
  applyAnswers: (patch: Partial<Assessment>) => void;
  setStep: (step: number) => void;
  replaceAssessment: (assessment: Assessment) => void;
  /** Forgets everything: today, desired and snapshots. */
  reset: () => void;
  /** Starts editing the desired state; it begins as a copy of today when there is none. */
  startDesired: () => void;
  /** Chooses which variant the wizard edits; 'desired' creates it from today if needed. */
  setEditing: (variant: Variant) => void;
  /** Makes an assessment (e.g. a what-if) the desired state, without touching today. */
  saveDesiredFrom: (assessment: Assessment) => void;
  /** Forgets the desired state and goes back to editing today. */
  clearDesired: () => void;
  /** Keeps a copy of the edited variant with a label; returns its id. Oldest go beyond the limit. */
  saveSnapshot: (label: string) => string;
  deleteSnapshot: (id: string) => void;
  /** Puts a deleted snapshot back where it was («Angre»); nothing when it is there already. */
  restoreSnapshot: (snapshot: Snapshot, index: number) => void;
  /** Puts back a saved state exactly (savedOf), e.g. to undo an import. */
  restoreSaved: (saved: PersistedState) => void;
  /** Replaces everything with a file's contents: today, desired, snapshots and dates. */
  loadFile: (file: AssessmentFile) => void;
};

export type AssessmentState = PersistedState & AssessmentActions;

const emptyAssessment = (): Assessment => ({ answers: {}, comments: {}, context: {} });

const initial: PersistedState = {
  assessment: emptyAssessment(),
  desired: null,
  editing: 'today',
  snapshots: [],
  step: 0,
  createdAt: null,
  updatedAt: null,
  // Not known on the start page (the catalogue is not loaded there): reading the saved answers
  // sets it, and it is kept from then on.
  catalogueVersion: '',
};

/** The saved part of the state: what persistence writes and an undo puts back. */
export function savedOf(s: PersistedState): PersistedState {
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

function copyAssessment(a: Assessment): Assessment {
  return {
    answers: { ...a.answers },
    comments: { ...a.comments },
    context: Object.fromEntries(
      Object.entries(a.context).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]),
    ),
  };
}

function editedOf(s: PersistedState): Assessment {
  return s.editing === 'desired' && s.desired ? s.desired : s.assessment;
}

/** Writes the edited variant and stamps the change. */
function touched(s: PersistedState, assessment: Assessment): Partial<PersistedState> {
  const now = new Date().toISOString();
  const stamp = { updatedAt: now, createdAt: s.createdAt ?? now };
  return s.editing === 'desired' && s.desired
    ? { desired: assessment, ...stamp }
    : { assessment, ...stamp };
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

function newId(): string {
  // randomUUID needs a secure context; a plain http host still gets a unique enough id.
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * What this tab last read from storage (at start, or another tab's save): the base that two tabs'
 * answers merge from. This tab's own writes do not move it: the other tab's next save was made
 * without them, and an answer missing there must not read as one it removed.
 */
let synced: PersistedState | null = null;

/** The base of a two-tab merge, swapped for theirs as the merge reads it. */
export function takeSynced(next: PersistedState): PersistedState | null {
  const base = synced;
  synced = next;
  return base;
}

const safeStorage = createSafeStorage<PersistedState>(
  PERSISTED_VERSION,
  async (state, version) => {
    const result = (await import('./persisted-state')).migratePersisted(state, version);
    if (result.ok && result.note) useStorageStatus.getState().addCarried('answers', result.note);
    return result;
  },
  {
    onRescue: (info) => useStorageStatus.getState().addRescue(info),
    onWriteError: () => useStorageStatus.getState().setWriteFailed(true),
  },
);

const answersStorage: typeof safeStorage = {
  ...safeStorage,
  async getItem(name) {
    const saved = await safeStorage.getItem(name);
    if (saved) {
      synced = saved.state;
      return saved;
    }
    // Nothing (usable) saved: fresh answers are given with today's catalogue.
    const { currentCatalogueVersion } = await import('./persisted-state');
    return {
      state: { catalogueVersion: currentCatalogueVersion() } as PersistedState,
      version: PERSISTED_VERSION,
    };
  },
  setItem(name, value) {
    safeStorage.setItem(name, value);
  },
};

export const useAssessmentStore = create<AssessmentState>()(
  persist(
    (set, get) => ({
      ...initial,
      setAnswer: (questionId, optionId) =>
        set((s) => {
          const a = editedOf(s);
          return touched(s, { ...a, answers: { ...a.answers, [questionId]: optionId } });
        }),
      setComment: (questionId, typed) =>
        set((s) => {
          const comment = neutraliseBidi(typed);
          const a = editedOf(s);
          return touched(s, {
            ...a,
            comments: withoutEmpty(
              { ...a.comments, [questionId]: comment },
              questionId,
              comment.trim() === '',
            ),
          });
        }),
      setContext: (questionId, typed) =>
        set((s) => {
          const value = typeof typed === 'string' ? neutraliseBidi(typed) : typed;
          const a = editedOf(s);
          return touched(s, {
            ...a,
            context: withoutEmpty(
              { ...a.context, [questionId]: value },
              questionId,
              value.length === 0,
            ),
          });
        }),
      applyAnswers: (patch) =>
        set((s) => {
          const a = editedOf(s);
          return touched(s, {
            answers: { ...a.answers, ...patch.answers },
            comments: { ...a.comments, ...patch.comments },
            context: { ...a.context, ...patch.context },
          });
        }),
      setStep: (step) => set({ step }),
      replaceAssessment: (assessment) => set((s) => touched(s, assessment)),
      reset: () =>
        set((s) => ({
          ...initial,
          assessment: emptyAssessment(),
          catalogueVersion: s.catalogueVersion,
        })),
      restoreSaved: (saved) => set(savedOf(saved)),
      loadFile: (file) =>
        set({
          assessment: file.assessment,
          desired: file.desired ?? null,
          editing: 'today',
          snapshots: (file.snapshots ?? []).map((snapshot) => ({
            ...snapshot,
            label: snapshot.label.slice(0, MAX_SNAPSHOT_LABEL_LENGTH),
          })),
          createdAt: file.createdAt,
          updatedAt: file.updatedAt,
          catalogueVersion: file.catalogueVersion,
        }),
      startDesired: () =>
        set((s) => ({
          desired: s.desired ?? copyAssessment(s.assessment),
          editing: 'desired',
        })),
      setEditing: (variant) =>
        set((s) =>
          variant === 'desired'
            ? { desired: s.desired ?? copyAssessment(s.assessment), editing: 'desired' }
            : { editing: 'today' },
        ),
      saveDesiredFrom: (assessment) =>
        set((s) => {
          const now = new Date().toISOString();
          return {
            desired: copyAssessment(assessment),
            updatedAt: now,
            createdAt: s.createdAt ?? now,
          };
        }),
      clearDesired: () => set({ desired: null, editing: 'today' }),
      saveSnapshot: (label) => {
        const s = get();
        const snapshot: Snapshot = {
          id: newId(),
          label: neutraliseBidi(label).trim().slice(0, MAX_SNAPSHOT_LABEL_LENGTH),
          createdAt: new Date().toISOString(),
          variant: s.editing === 'desired' && s.desired ? 'desired' : 'today',
          assessment: copyAssessment(editedOf(s)),
        };
        set({ snapshots: [...s.snapshots, snapshot].slice(-MAX_SNAPSHOTS) });
        return snapshot.id;
      },
      deleteSnapshot: (id) => set((s) => ({ snapshots: s.snapshots.filter((x) => x.id !== id) })),
      restoreSnapshot: (snapshot, index) =>
        set((s) =>
          s.snapshots.some((x) => x.id === snapshot.id)
            ? {}
            : {
                snapshots: [
                  ...s.snapshots.slice(0, index),
                  snapshot,
                  ...s.snapshots.slice(index),
                ].slice(-MAX_SNAPSHOTS),
              },
        ),
    }),
    {
      name: ASSESSMENT_STORAGE_KEY,
      version: PERSISTED_VERSION,
      // Validation (zod) and the catalogue load on demand: the start page paints without them.
      storage: answersStorage,
      // Inputs only: scores are always derived, never stored.
      partialize: (s): PersistedState => savedOf(s),
    },
  ),
);

/**
 * Keeps two open tabs in step. Another tab's save is merged question by question with what this
 * tab has written since both last agreed: answers to different questions both survive, and for
 * the same question the later write wins. The merge is then saved, so both tabs end up equal.
 */
export function syncAssessmentAcrossTabs(target: Window = window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== ASSESSMENT_STORAGE_KEY || event.newValue === null) return;
    const raw = event.newValue;
    // A save that arrives while this tab is still reading its own is merged after that read:
    // merged before, the read would land on top of it and the other tab's answers would be lost.
    // The merge loads only when another tab writes: the start page does without it.
    void afterHydration()
      .then(() => import('./merge-from-other-tab'))
      .then((m) => m.mergeFromOtherTab(raw));
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}

function afterHydration(): Promise<void> {
  const { persist } = useAssessmentStore;
  if (persist.hasHydrated()) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = persist.onFinishHydration(() => {
      stop();
      resolve();
    });
  });
}

/** True once saved answers have been read; pages that edit answers wait for it. */
export function useAssessmentHydrated(): boolean {
  return useSyncExternalStore(
    (notify) => useAssessmentStore.persist.onFinishHydration(notify),
    () => useAssessmentStore.persist.hasHydrated(),
    () => false,
  );
}

/** The assessment the wizard is editing now (today or desired). Components read answers through this. */
export function selectEditedAssessment(s: AssessmentState): Assessment {
  return editedOf(s);
}

/** The situation today, whatever is being edited. */
export function selectTodayAssessment(s: AssessmentState): Assessment {
  return s.assessment;
}

export function selectDesiredAssessment(s: AssessmentState): Assessment | null {
  return s.desired;
}

/** Which variant the wizard writes; 'desired' only when a desired state exists. */
export function selectEditing(s: AssessmentState): Variant {
  return s.editing === 'desired' && s.desired ? 'desired' : 'today';
}
