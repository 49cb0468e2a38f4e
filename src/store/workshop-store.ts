import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Answers, Assessment } from '../domain/assessment-schema';
import type { LivePayload } from '../domain/live-envelope';
import { neutraliseBidi } from '../domain/bidi-text';
import { CATALOGUE } from '../domain/catalogue';
import {
  assessmentFingerprint,
  MAX_PARTICIPANTS,
  migrateWorkshops,
  randomId,
  roleOf,
  WORKSHOPS_VERSION,
  type LiveRoom,
  type Participant,
  type RoleView,
  type Workshop,
  type WorkshopFile,
  type WorkshopsState,
} from '../domain/workshop-schema';
import { createSafeStorage } from './safe-storage';
import { useStorageStatus } from './storage-status-store';

export const WORKSHOPS_STORAGE_KEY = 'modellkart:workshops';

export type NewParticipant = {
  assessment: Assessment;
  desired?: Answers | null;
  source: Participant['source'];
  name?: string | null;
};

/** The last thing removed, kept in memory (not saved) so «Angre» can put it back. */
export type Removed =
  | { kind: 'participant'; workshopId: string; participant: Participant; index: number }
  | { kind: 'workshop'; workshop: Workshop; index: number };

type Actions = {
  /** Returns the new workshop's id. */
  createWorkshop: (name: string) => string;
  renameWorkshop: (id: string, name: string) => void;
  removeWorkshop: (id: string) => void;
  /** Adds participants in order; returns those added (duplicates are the caller's to check). */
  addParticipants: (workshopId: string, entries: NewParticipant[]) => Participant[];
  renameParticipant: (workshopId: string, participantId: string, name: string) => void;
  setHidden: (workshopId: string, participantId: string, hidden: boolean) => void;
  removeParticipant: (workshopId: string, participantId: string) => void;
  undoRemove: () => void;
  dismissUndo: () => void;
  /** Starts (a room), updates or ends (undefined) the workshop's live room. */
  setLive: (workshopId: string, live: LiveRoom | undefined) => void;
  /**
   * A live submission: a new participant, or new answers for the one who sent it before (same
   * submission id). Remembers the relay's sequence number so a reload resumes after it.
   */
  receiveLive: (
    workshopId: string,
    submissionId: string,
    payload: LivePayload,
    seq: number,
  ) => void;
  setRoleView: (workshopId: string, view: RoleView) => void;
  /** Adds an exported workshop as a new one (new id, so it never overwrites); returns its id. */
  importWorkshop: (file: WorkshopFile) => string;
};

/** Set while reading saved workshops that needed a repair (see onRehydrateStorage). */
let repairedOnRead = false;

export type WorkshopStore = WorkshopsState & { removed: Removed | null } & Actions;

export const newId = randomId;

function updateWorkshop(
  workshops: Workshop[],
  id: string,
  change: (w: Workshop) => Workshop,
): Workshop[] {
  return workshops.map((w) =>
    w.id === id ? { ...change(w), updatedAt: new Date().toISOString() } : w,
  );
}

function updateParticipant(
  workshops: Workshop[],
  workshopId: string,
  participantId: string,
  change: (p: Participant) => Participant,
): Workshop[] {
  return updateWorkshop(workshops, workshopId, (w) => ({
    ...w,
    participants: w.participants.map((p) => (p.id === participantId ? change(p) : p)),
  }));
}

export const useWorkshopStore = create<WorkshopStore>()(
  persist(
    (set, get) => ({
      workshops: [],
      removed: null,
      createWorkshop: (name) => {
        const now = new Date().toISOString();
        const id = newId();
        const workshop: Workshop = {
          id,
          name: neutraliseBidi(name).trim(),
          createdAt: now,
          updatedAt: now,
          nextNumber: 1,
          participants: [],
        };
        set((s) => ({ workshops: [...s.workshops, workshop] }));
        return id;
      },
      renameWorkshop: (id, name) =>
        set((s) => ({
          workshops: updateWorkshop(s.workshops, id, (w) => ({
            ...w,
            name: neutraliseBidi(name).trim(),
          })),
        })),
      removeWorkshop: (id) =>
        set((s) => {
          const index = s.workshops.findIndex((w) => w.id === id);
          if (index < 0) return {};
          return {
            workshops: s.workshops.filter((w) => w.id !== id),
            removed: { kind: 'workshop', workshop: s.workshops[index]!, index },
          };
        }),
      addParticipants: (workshopId, entries) => {
        const workshop = get().workshops.find((w) => w.id === workshopId);
        if (!workshop) return [];
        const room = Math.max(0, MAX_PARTICIPANTS - workshop.participants.length);
        const now = new Date().toISOString();
        const added: Participant[] = entries.slice(0, room).map((entry, i) => ({
          id: newId(),
          number: workshop.nextNumber + i,
          name: entry.name ? neutraliseBidi(entry.name).trim() || null : null,
          role: roleOf(entry.assessment),
          assessment: entry.assessment,
          ...(entry.desired ? { desired: entry.desired } : {}),
          hidden: false,
          addedAt: now,
          source: entry.source,
          // Entries are checked against (or carried to) today's catalogue before they get here.
          catalogueVersion: CATALOGUE.version,
        }));
        if (added.length === 0) return [];
        set((s) => ({
          workshops: updateWorkshop(s.workshops, workshopId, (w) => ({
            ...w,
            nextNumber: w.nextNumber + added.length,
            participants: [...w.participants, ...added],
          })),
        }));
        return added;
      },
      renameParticipant: (workshopId, participantId, name) =>
        set((s) => ({
          workshops: updateParticipant(s.workshops, workshopId, participantId, (p) => {
            const next = neutraliseBidi(name).trim() || null;
            if (next === p.name) return p;
            // A name the facilitator gives is not the participant's choice to be known.
            const { selfNamed: _own, ...rest } = p;
            return { ...rest, name: next };
          }),
        })),
      setHidden: (workshopId, participantId, hidden) =>
        set((s) => ({
          workshops: updateParticipant(s.workshops, workshopId, participantId, (p) => ({
            ...p,
            hidden,
          })),
        })),
      removeParticipant: (workshopId, participantId) =>
        set((s) => {
          const workshop = s.workshops.find((w) => w.id === workshopId);
          const index = workshop?.participants.findIndex((p) => p.id === participantId) ?? -1;
          if (!workshop || index < 0) return {};
          return {
            workshops: updateWorkshop(s.workshops, workshopId, (w) => ({
              ...w,
              participants: w.participants.filter((p) => p.id !== participantId),
            })),
            removed: {
              kind: 'participant',
              workshopId,
              participant: workshop.participants[index]!,
              index,
            },
          };
        }),
      undoRemove: () =>
        set((s) => {
          const removed = s.removed;
          if (!removed) return {};
          if (removed.kind === 'workshop') {
            const workshops = [...s.workshops];
            workshops.splice(Math.min(removed.index, workshops.length), 0, removed.workshop);
            return { workshops, removed: null };
          }
          return {
            removed: null,
            workshops: updateWorkshop(s.workshops, removed.workshopId, (w) => {
              const participants = [...w.participants];
              participants.splice(
                Math.min(removed.index, participants.length),
                0,
                removed.participant,
              );
              return { ...w, participants };
            }),
          };
        }),
      dismissUndo: () => set({ removed: null }),
      setLive: (workshopId, live) =>
        set((s) => ({
          workshops: updateWorkshop(s.workshops, workshopId, (w) => {
            const { live: _old, ...rest } = w;
            return live ? { ...rest, live } : rest;
          }),
        })),
      receiveLive: (workshopId, submissionId, payload, seq) =>
        set((s) => ({
          workshops: updateWorkshop(s.workshops, workshopId, (w) => {
            const live = w.live ? { ...w.live, lastSeq: Math.max(w.live.lastSeq, seq) } : w.live;
            // Opening checked the answers against today's catalogue (live-envelope.ts).
            const answers = {
              assessment: payload.assessment,
              catalogueVersion: CATALOGUE.version,
              role: payload.role,
              ...(payload.desired ? { desired: payload.desired.answers } : {}),
            };
            // The participant chose to give this name (or none) in what they sent.
            const named = payload.name ? { name: payload.name, selfNamed: true } : { name: null };
            const existing = w.participants.find((p) => p.liveId === submissionId);
            if (existing) {
              const { desired: _d, selfNamed: _s, ...rest } = existing;
              return {
                ...w,
                live,
                participants: w.participants.map((p) =>
                  p === existing
                    ? {
                        ...rest,
                        ...answers,
                        ...named,
                        addedAt: new Date().toISOString(),
                      }
                    : p,
                ),
              };
            }
            if (w.participants.length >= MAX_PARTICIPANTS) return { ...w, live };
            const added: Participant = {
              id: newId(),
              number: w.nextNumber,
              ...named,
              ...answers,
              hidden: false,
              addedAt: new Date().toISOString(),
              source: 'live',
              liveId: submissionId,
            };
            return {
              ...w,
              live,
              nextNumber: w.nextNumber + 1,
              participants: [...w.participants, added],
            };
          }),
        })),
      setRoleView: (workshopId, view) =>
        set((s) => ({
          workshops: updateWorkshop(s.workshops, workshopId, (w) => ({ ...w, roleView: view })),
        })),
      importWorkshop: (file) => {
        const id = newId();
        const now = new Date().toISOString();
        set((s) => ({
          workshops: [...s.workshops, { ...file.workshop, id, updatedAt: now }],
        }));
        return id;
      },
    }),
    {
      name: WORKSHOPS_STORAGE_KEY,
      version: WORKSHOPS_VERSION,
      storage: createSafeStorage<WorkshopsState>(
        WORKSHOPS_VERSION,
        (state, version) => {
          const result = migrateWorkshops(state, version);
          if (result.ok && result.note) {
            useStorageStatus.getState().addCarried('workshops', result.note);
          }
          if (result.ok && result.repairs.length > 0) {
            useStorageStatus.getState().setRepaired(result.repairs);
            repairedOnRead = true;
          }
          return result;
        },
        {
          onRescue: (info) => useStorageStatus.getState().addRescue(info),
          onWriteError: () => useStorageStatus.getState().setWriteFailed(true),
        },
      ),
      partialize: (s): WorkshopsState => ({ workshops: s.workshops }),
      // Repaired workshops are saved at once, so the user is told about a repair once, not on
      // every visit until the next change.
      onRehydrateStorage: () => () => {
        if (!repairedOnRead) return;
        repairedOnRead = false;
        useWorkshopStore.setState({});
      },
    },
  ),
);

/**
 * Keeps open tabs in step: when another tab saves workshops, this tab reads them at once, so its
 * next save includes them instead of writing over them. Reading replaces only the saved part
 * (`workshops`); forms keep their own state, and the undo slot stays.
 *
 * What this cannot do: localStorage has no transactions. Every save writes the whole list, so if
 * two tabs save within the moment it takes the storage event to arrive (milliseconds), the later
 * save wins and the earlier tab's change is lost; both tabs then show the later one. Saved data
 * this tab cannot read (damaged, or from a newer version after an update in the other tab) is kept
 * aside and reported by the safe storage; this tab keeps what it shows, and its next save replaces
 * the saved copy (the rescue key still holds the other tab's data).
 */
export function syncWorkshopsAcrossTabs(target: Window = window): () => void {
  const onStorage = (event: StorageEvent) => {
    // A removal (null) is left alone: what this tab shows is saved again on its next change.
    if (event.key === WORKSHOPS_STORAGE_KEY && event.newValue !== null) {
      void useWorkshopStore.persist.rehydrate();
    }
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}

// zustand marks the store as not hydrated while it re-reads (another tab saved). The gate below
// must not follow: it would swap the page for «loading» for a moment, and the page's forms would
// lose what was typed in them. Once read, the workshops stay shown.
let hydratedOnce = false;
let started = false;

/**
 * Starts the store's work outside React: follows other tabs' saves and remembers the first read.
 * The app calls it when it loads the workshop pages (not at start-up: that would put the
 * workshops' validation code on the start page); a tab that has not loaded them holds no
 * workshops to go stale. Calling it again does nothing.
 */
export function startWorkshopStore(target: Window = window): void {
  if (started) return;
  started = true;
  syncWorkshopsAcrossTabs(target);
  if (useWorkshopStore.persist.hasHydrated()) hydratedOnce = true;
  useWorkshopStore.persist.onFinishHydration(() => {
    hydratedOnce = true;
  });
}

/** True once saved workshops have been read (hydration is asynchronous); stays true after. */
export function useWorkshopsHydrated(): boolean {
  return useSyncExternalStore(
    (notify) => useWorkshopStore.persist.onFinishHydration(notify),
    () => hydratedOnce || useWorkshopStore.persist.hasHydrated(),
    () => false,
  );
}

/** The participant who already gave exactly these answers, if any. */
export function findDuplicate(workshop: Workshop, assessment: Assessment): Participant | null {
  const fingerprint = assessmentFingerprint(assessment);
  return (
    workshop.participants.find((p) => assessmentFingerprint(p.assessment) === fingerprint) ?? null
  );
}
