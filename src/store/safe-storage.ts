import type { PersistStorage, StorageValue } from 'zustand/middleware';

export type RescueInfo = {
  /** Where the data was saved (e.g. `modellkart:workshops`), so the app can say what it was. */
  name: string;
  /** Where the copy is kept. */
  key: string;
  raw: string;
  reason: 'unreadable' | 'newer-version' | 'invalid' | 'no-migration';
};

export type SafeStorageEvents = {
  /** Saved data could not be used: it has been kept under another key for rescue. */
  onRescue: (info: RescueInfo) => void;
  /** Writing failed, most often because storage is full. */
  onWriteError: (error: unknown) => void;
};

type Decoded<S> = { ok: true; state: S } | { ok: false; reason: RescueInfo['reason'] };

/** May be async, so the validation code can load after the first paint. */
type Decode<S> = (state: unknown, version: number) => Decoded<S> | Promise<Decoded<S>>;

export const RESCUE_PREFIX = 'modellkart:rescue:';

/**
 * A zustand PersistStorage that never drops saved data: anything it cannot read, migrate or
 * validate is copied to a rescue key before the app starts fresh, and write failures are reported.
 */
export function createSafeStorage<S>(
  version: number,
  decode: Decode<S>,
  events: SafeStorageEvents,
  storage: () => Storage | undefined = () => globalThis.localStorage,
): PersistStorage<S> {
  const rescue = (name: string, raw: string, reason: RescueInfo['reason']) => {
    const key = `${RESCUE_PREFIX}${name}`;
    try {
      storage()?.setItem(key, raw);
    } catch {
      // Could not copy it aside: leave the original in place rather than overwrite it.
    }
    events.onRescue({ name, key, raw, reason });
  };
  return {
    async getItem(name): Promise<StorageValue<S> | null> {
      const raw = storage()?.getItem(name) ?? null;
      if (raw === null) return null;
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
      try {
        storage()?.setItem(name, JSON.stringify(value));
      } catch (error) {
        events.onWriteError(error);
      }
    },
    removeItem(name) {
      storage()?.removeItem(name);
    },
  };
}
