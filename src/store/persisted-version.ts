/** The version of what the assessment store keeps in localStorage. Bump it and add a migration. */
export const PERSISTED_VERSION = 2;

// Limits live here, not in persisted-state.ts, so the store can use them without loading zod.
export const MAX_SNAPSHOTS = 50;
export const MAX_SNAPSHOT_LABEL_LENGTH = 80;
