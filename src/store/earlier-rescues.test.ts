import { beforeEach, describe, expect, it } from 'vitest';
import {
  DOWNLOADED_RESCUES_KEY,
  findEarlierRescues,
  markRescueDownloaded,
  parseRescueKey,
  showEarlierRescues,
} from './earlier-rescues';
import { hasRescueCopy, RESCUE_PREFIX, type RescueInfo } from './safe-storage';
import { useStorageStatus } from './storage-status-store';

const AT = '2026-12-01T08:15:00.000Z';
const key = (name: string, at: string | null = AT) =>
  at ? `${RESCUE_PREFIX}${name}:${at}` : `${RESCUE_PREFIX}${name}`;

beforeEach(() => {
  localStorage.clear();
  useStorageStatus.setState({ rescued: [] });
});

describe('rescues from earlier visits', () => {
  it('reads a rescue key, with its time or (as older versions wrote it) without', () => {
    expect(parseRescueKey(key('modellkart:assessment'))).toEqual({
      name: 'modellkart:assessment',
      at: AT,
    });
    expect(parseRescueKey(key('modellkart:workshops', null))).toEqual({
      name: 'modellkart:workshops',
      at: null,
    });
    expect(parseRescueKey('modellkart:assessment')).toBeNull();
    expect(parseRescueKey(RESCUE_PREFIX)).toBeNull();
  });

  it('tells cheaply whether there is a copy at all', () => {
    expect(hasRescueCopy()).toBe(false);
    localStorage.setItem('modellkart:assessment', '{}');
    expect(hasRescueCopy()).toBe(false);
    localStorage.setItem(key('modellkart:assessment'), 'x');
    expect(hasRescueCopy()).toBe(true);
  });

  it('lists every kept copy, oldest first, beside this visit’s rescues without doubling any', () => {
    localStorage.setItem(key('modellkart:workshops', '2026-12-02T10:00:00.000Z'), 'second');
    localStorage.setItem(key('modellkart:assessment'), 'first');
    localStorage.setItem('modellkart:assessment', '{"state":{},"version":3}');
    const thisVisit: RescueInfo = {
      name: 'modellkart:workshops',
      key: key('modellkart:workshops', '2026-12-02T10:00:00.000Z'),
      raw: 'second',
      reason: 'unreadable',
      at: '2026-12-02T10:00:00.000Z',
      kept: true,
    };
    useStorageStatus.getState().addRescue(thisVisit);
    showEarlierRescues();
    const { rescued } = useStorageStatus.getState();
    expect(rescued.map((r) => [r.raw, r.reason, r.kept])).toEqual([
      ['second', 'unreadable', true],
      ['first', 'earlier-visit', true],
    ]);
  });

  it('shows a downloaded copy no more: the next visit deletes it', () => {
    const downloaded = key('modellkart:assessment');
    const other = key('modellkart:workshops');
    localStorage.setItem(downloaded, 'a');
    localStorage.setItem(other, 'b');
    markRescueDownloaded(downloaded);
    // This visit still has it, should the download have failed.
    expect(localStorage.getItem(downloaded)).toBe('a');
    expect(findEarlierRescues().map((r) => r.raw)).toEqual(['b']);
    expect(localStorage.getItem(downloaded)).toBeNull();
    expect(localStorage.getItem(DOWNLOADED_RESCUES_KEY)).toBeNull();
    expect(localStorage.getItem(other)).toBe('b');
  });

  it('never deletes anything but rescue copies, whatever the list of downloads says', () => {
    localStorage.setItem('modellkart:assessment', 'answers');
    localStorage.setItem(DOWNLOADED_RESCUES_KEY, JSON.stringify(['modellkart:assessment', 5]));
    expect(findEarlierRescues()).toEqual([]);
    expect(localStorage.getItem('modellkart:assessment')).toBe('answers');
    localStorage.setItem(DOWNLOADED_RESCUES_KEY, '{not json');
    expect(findEarlierRescues()).toEqual([]);
  });
});
