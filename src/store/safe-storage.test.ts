import { describe, expect, it, vi } from 'vitest';
import { createSafeStorage, RESCUE_PREFIX } from './safe-storage';

type S = { n: number };

function setup(decodeOk = true) {
  const onRescue = vi.fn();
  const onWriteError = vi.fn();
  const storage = createSafeStorage<S>(
    2,
    (state, version) =>
      decodeOk && version <= 2
        ? { ok: true, state: state as S }
        : { ok: false, reason: version > 2 ? 'newer-version' : 'invalid' },
    { onRescue, onWriteError },
  );
  return { storage, onRescue, onWriteError };
}

describe('createSafeStorage', () => {
  it('reads a valid envelope', async () => {
    localStorage.setItem('k', JSON.stringify({ state: { n: 1 }, version: 2 }));
    const { storage, onRescue } = setup();
    expect(await storage.getItem('k')).toEqual({ state: { n: 1 }, version: 2 });
    expect(onRescue).not.toHaveBeenCalled();
  });

  it('keeps unreadable data under a rescue key and reports it', async () => {
    localStorage.setItem('k', '{not json');
    const { storage, onRescue } = setup();
    expect(await storage.getItem('k')).toBeNull();
    expect(localStorage.getItem(`${RESCUE_PREFIX}k`)).toBe('{not json');
    expect(onRescue).toHaveBeenCalledWith({
      name: 'k',
      key: `${RESCUE_PREFIX}k`,
      reason: 'unreadable',
      raw: '{not json',
    });
  });

  it('rescues data from a newer version instead of dropping it', async () => {
    const raw = JSON.stringify({ state: { n: 5 }, version: 99 });
    localStorage.setItem('k', raw);
    const { storage, onRescue } = setup();
    expect(await storage.getItem('k')).toBeNull();
    expect(localStorage.getItem(`${RESCUE_PREFIX}k`)).toBe(raw);
    expect(onRescue).toHaveBeenCalledWith(expect.objectContaining({ reason: 'newer-version' }));
  });

  it('reports a failed write (for example a full storage)', () => {
    const { storage, onWriteError } = setup();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    storage.setItem('k', { state: { n: 1 }, version: 2 });
    expect(onWriteError).toHaveBeenCalledTimes(1);
  });
});
