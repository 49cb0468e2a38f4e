import { RESCUE_PREFIX, type RescueInfo } from './safe-storage';
import { useStorageStatus } from './storage-status-store';

/**
 * Keys of rescued copies the user has downloaded. Their notice is not shown again: at the next
 * visit the copies are deleted (the user has the file; storage space is scarce). Until then the
 * user can still download again, should the download have failed.
 */
export const DOWNLOADED_RESCUES_KEY = 'modellkart:rescues-downloaded';

const AT_END = /:(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)$/;

/**
 * A rescue key's parts: `modellkart:rescue:<name>:<ISO time>`, or without the time as an older
 * version wrote it. Null for a key that is not a rescue's.
 */
export function parseRescueKey(key: string): { name: string; at: string | null } | null {
  if (!key.startsWith(RESCUE_PREFIX)) return null;
  const rest = key.slice(RESCUE_PREFIX.length);
  const match = AT_END.exec(rest);
  const at = match && !Number.isNaN(Date.parse(match[1]!)) ? match[1]! : null;
  const name = at ? rest.slice(0, rest.length - at.length - 1) : rest;
  return name === '' ? null : { name, at };
}

/**
 * Every rescued copy in storage, oldest first; copies downloaded on an earlier visit are deleted
 * instead. Never throws.
 */
export function findEarlierRescues(
  storage: Storage | undefined = globalThis.localStorage,
): RescueInfo[] {
  if (!storage) return [];
  try {
    for (const key of downloadedKeys(storage)) storage.removeItem(key);
    storage.removeItem(DOWNLOADED_RESCUES_KEY);
    const found: RescueInfo[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      const parts = key === null ? null : parseRescueKey(key);
      const raw = key === null ? null : storage.getItem(key);
      if (!parts || raw === null) continue;
      found.push({ ...parts, key: key!, raw, reason: 'earlier-visit', kept: true });
    }
    // ISO times sort as plain strings.
    return found.sort((a, b) =>
      (a.at ?? '') < (b.at ?? '') ? -1 : (a.at ?? '') > (b.at ?? '') ? 1 : 0,
    );
  } catch {
    return [];
  }
}

/**
 * Lists the copies kept on earlier visits beside this visit's rescues (see storage-notice.tsx);
 * one already listed stays as it is. Here rather than in the status store, whose code is on the
 * start page.
 */
export function showEarlierRescues(storage?: Storage): void {
  const found = findEarlierRescues(storage);
  if (found.length === 0) return;
  useStorageStatus.setState((s) => ({
    rescued: [...s.rescued, ...found.filter((i) => !s.rescued.some((r) => r.key === i.key))],
  }));
}

/** Remembers that the user downloaded a kept copy, so later visits do not ask again. */
export function markRescueDownloaded(
  key: string,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  if (!storage) return;
  try {
    const keys = downloadedKeys(storage).filter((k) => k !== key);
    storage.setItem(DOWNLOADED_RESCUES_KEY, JSON.stringify([...keys, key]));
  } catch {
    // Storage full: the notice shows again next time, which loses nothing.
  }
}

function downloadedKeys(storage: Storage): string[] {
  try {
    const text = storage.getItem(DOWNLOADED_RESCUES_KEY) ?? '[]';
    // A list of a few keys; anything far longer is not ours and is not parsed.
    if (text.length > 100_000) return [];
    const value: unknown = JSON.parse(text);
    return Array.isArray(value)
      ? value.filter((k): k is string => typeof k === 'string' && k.startsWith(RESCUE_PREFIX))
      : [];
  } catch {
    return [];
  }
}
