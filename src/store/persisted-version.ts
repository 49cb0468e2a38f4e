// Limits live here, not in persisted-state.ts, so the store can use them without loading zod.
// The format's version is in domain/formats/migrations.ts, with every other format's.
export const MAX_SNAPSHOTS = 50;
export const MAX_SNAPSHOT_LABEL_LENGTH = 80;
