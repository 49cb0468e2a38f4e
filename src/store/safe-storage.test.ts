import { describe, expect, it, vi } from 'vitest';
import { createSafeStorage, releaseHeld, RESCUE_PREFIX } from './safe-storage';

type S = { n: number };

const AT = new Date('2026-12-06T19:30:00.000Z');
const KEY = `${RESCUE_PREFIX}k:${AT.toISOString()}`;

function setup(decodeOk = true, now = () => AT) {
  const onRescue = vi.fn();
  const onWriteError = vi.fn();
  const storage = createSafeStorage<S>(
    2,
    (state, version) =>
      decodeOk && version <= 2
        ? { ok: true, state: state as S }
        : { ok: false, reason: version > 2 ? 'newer-version' : 'invalid' },
    { onRescue, onWriteError },
    undefined,
    now,
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
    expect(localStorage.getItem(KEY)).toBe('{not json');
    expect(onRescue).toHaveBeenCalledWith({
      name: 'k',
      key: KEY,
      reason: 'unreadable',
      raw: '{not json',
      at: AT.toISOString(),
      kept: true,
    });
  });

  it('rescues data from a newer version instead of dropping it', async () => {
    const raw = JSON.stringify({ state: { n: 5 }, version: 99 });
    localStorage.setItem('k', raw);
    const { storage, onRescue } = setup();
    expect(await storage.getItem('k')).toBeNull();
    expect(localStorage.getItem(KEY)).toBe(raw);
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

  it('keeps a second rescue beside the first, each under its own time', async () => {
    let minute = 0;
    const { storage } = setup(true, () => new Date(AT.getTime() + 60_000 * minute++));
    localStorage.setItem('k', 'first');
    await storage.getItem('k');
    localStorage.setItem('k', 'second');
    await storage.getItem('k');
    const copies = Object.keys(localStorage)
      .filter((key) => key.startsWith(`${RESCUE_PREFIX}k:`))
      .sort()
      .map((key) => localStorage.getItem(key));
    expect(copies).toEqual(['first', 'second']);
  });

  it('when the copy cannot be written, says so and saves nothing over the original until released', async () => {
    localStorage.setItem('held', 'x'.repeat(100));
    const { storage, onRescue } = setup();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(await storage.getItem('held')).toBeNull();
    setItem.mockRestore();
    expect(onRescue).toHaveBeenCalledWith(expect.objectContaining({ name: 'held', kept: false }));
    storage.setItem('held', { state: { n: 1 }, version: 2 });
    storage.setItem('held', { state: { n: 2 }, version: 2 });
    storage.removeItem('held');
    expect(localStorage.getItem('held')).toBe('x'.repeat(100));
    releaseHeld('held');
    expect(JSON.parse(localStorage.getItem('held')!)).toEqual({ state: { n: 2 }, version: 2 });
  });

  it('does not parse saved text nested deeper than any save of ours', async () => {
    localStorage.setItem(
      'deep',
      '{"state":' + '['.repeat(10_000) + ']'.repeat(10_000) + ',"version":2}',
    );
    const { storage, onRescue } = setup();
    expect(await storage.getItem('deep')).toBeNull();
    expect(onRescue).toHaveBeenCalledWith(expect.objectContaining({ reason: 'unreadable' }));
  });
});
