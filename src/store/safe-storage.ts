import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { checkJsonText, hasDangerousKeys } from '../domain/safe-json';

export type RescueInfo = {
  /** Where the data was saved (e.g. `modellkart:workshops`), so the app can say what it was. */
  name: string;
  /** Where the copy is kept; unique per rescue, so a second one never replaces the first. */
  key: string;
  raw: string;
  /** Why it was kept; `earlier-visit` when it was found kept from an earlier visit. */
  reason: 'unreadable' | 'newer-version' | 'invalid' | 'no-migration' | 'earlier-visit';
  /** When it was found (ISO); null for a copy kept by an older version, which did not say. */
  at: string | null;
  /**
   * True only when the copy was written and read back. When false the original is still in its
   * place, and nothing is saved over it until the user has downloaded or discarded it.
   */
  kept: boolean;
};

export type SafeStorageEvents = {
  /** Saved data could not be used: it has been kept aside, or is held until the user acts. */
  onRescue: (info: RescueInfo) => void;
  /** Writing failed, most often because storage is full. */
  onWriteError: (error: unknown) => void;
};

type Decoded<S> = { ok: true; state: S } | { ok: false; reason: RescueInfo['reason'] };

/** May be async, so the validation code can load after the first paint. */
type Decode<S> = (state: unknown, version: number) => Decoded<S> | Promise<Decoded<S>>;

export const RESCUE_PREFIX = 'modellkart:rescue:';
/** Larger saved values are not parsed at all: no save of ours comes near it. */
export const MAX_SAVED_CHARS = 4_000_000;

/**
 * Saves held back because the original could not be copied aside: the latest value per key,
 * written when the user has the original (downloaded or discarded, see releaseHeld).
 */
const held = new Map<string, { write: (() => void) | null }>();

/** The user has the unreadable original (or let it go): saves to `name` go ahead again. */
export function releaseHeld(name: string): void {
  const entry = held.get(name);
  held.delete(name);
  entry?.write?.();
}

/**
 * True when a rescued copy is in storage, from this visit or an earlier one. Cheap (key names
 * only), so the start page can tell whether to load the code that lists them.
 */
export function hasRescueCopy(
  storage: () => Storage | undefined = () => globalThis.localStorage,
): boolean {
  try {
    const s = storage();
    for (let i = 0; s && i < s.length; i++) if (s.key(i)?.startsWith(RESCUE_PREFIX)) return true;
  } catch {
    // No storage: nothing was kept.
  }
  return false;
}

/** Removes a rescued copy for good (the user chose «Slett kopien»). */
export function discardRescue(
  key: string,
  storage: () => Storage | undefined = () => globalThis.localStorage,
): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to do: the copy stays, which loses nothing.
  }
}

/**
 * A zustand PersistStorage that never drops saved data: anything it cannot read, migrate or
 * validate is copied to its own rescue key (confirmed by reading it back) before the app starts
 * fresh. When the copy cannot be written, the original stays where it is and saves to that key
 * wait until the user has downloaded or discarded it. Write failures are reported.
 */
export function createSafeStorage<S>(
  version: number,
  decode: Decode<S>,
  events: SafeStorageEvents,
  storage: () => Storage | undefined = () => globalThis.localStorage,
  now: () => Date = () => new Date(),
): PersistStorage<S> {
  const write = (name: string, text: string) => {
    try {
      storage()?.setItem(name, text);
    } catch (error) {
      events.onWriteError(error);
    }
  };
  const rescue = (name: string, raw: string, reason: RescueInfo['reason']) => {
    const at = now().toISOString();
    const key = `${RESCUE_PREFIX}${name}:${at}`;
    let kept = false;
    try {
      storage()?.setItem(key, raw);
      kept = storage()?.getItem(key) === raw;
    } catch {
      // Storage full: the original stays in place and is held (below).
    }
    if (!kept) held.set(name, { write: null });
    events.onRescue({ name, key, raw, reason, at, kept });
  };
  return {
    async getItem(name): Promise<StorageValue<S> | null> {
      const raw = storage()?.getItem(name) ?? null;
      if (raw === null) return null;
      if (checkJsonText(raw, MAX_SAVED_CHARS)) {
        rescue(name, raw, 'unreadable');
        return null;
      }
      let envelope: unknown;
      try {
        envelope = JSON.parse(raw);
      } catch {
        rescue(name, raw, 'unreadable');
        return null;
      }
      if (
        typeof envelope !== 'object' ||
        envelope === null ||
        hasDangerousKeys(envelope) ||
        !('state' in envelope) ||
        !('version' in envelope) ||
        typeof envelope.version !== 'number'
      ) {
        rescue(name, raw, 'unreadable');
        return null;
      }
      const decoded = await decode(envelope.state, envelope.version);
      if (!decoded.ok) {
        rescue(name, raw, decoded.reason);
        return null;
      }
      return { state: decoded.state, version };
    },
    setItem(name, value) {
      const text = JSON.stringify(value);
      const hold = held.get(name);
      if (hold) {
        hold.write = () => write(name, text);
        return;
      }
      write(name, text);
    },
    removeItem(name) {
      if (held.has(name)) return;
      storage()?.removeItem(name);
    },
  };
}
