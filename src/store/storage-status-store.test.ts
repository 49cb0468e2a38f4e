import { beforeEach, describe, expect, it } from 'vitest';
import { ASSESSMENT_STORAGE_KEY } from './assessment-store';
import { RESCUE_PREFIX, type RescueInfo } from './safe-storage';
import { rescuedData, rescueFileName, useStorageStatus } from './storage-status-store';
import { WORKSHOPS_STORAGE_KEY } from './workshop-store';

const info = (name: string): RescueInfo => ({
  name,
  key: `${RESCUE_PREFIX}${name}`,
  raw: 'not json at all',
  reason: 'unreadable',
  at: '2026-12-06T19:30:00.000Z',
  kept: true,
});

beforeEach(() => useStorageStatus.setState({ rescued: [], writeFailed: false }));

describe('storage status', () => {
  it('tells answers from workshops by the key they were saved under', () => {
    expect(rescuedData(info(ASSESSMENT_STORAGE_KEY))).toBe('answers');
    expect(rescuedData(info(WORKSHOPS_STORAGE_KEY))).toBe('workshops');
  });

  it('keeps one notice per saved key, so both can be shown and dismissed apart', () => {
    const { addRescue, dismissRescue } = useStorageStatus.getState();
    addRescue(info(ASSESSMENT_STORAGE_KEY));
    addRescue(info(WORKSHOPS_STORAGE_KEY));
    addRescue(info(WORKSHOPS_STORAGE_KEY));
    expect(useStorageStatus.getState().rescued.map(rescuedData)).toEqual(['answers', 'workshops']);
    dismissRescue(`${RESCUE_PREFIX}${ASSESSMENT_STORAGE_KEY}`);
    expect(useStorageStatus.getState().rescued.map(rescuedData)).toEqual(['workshops']);
  });

  it('names a rescue file after what it holds and when, in local time', () => {
    const date = new Date(2025, 2, 4, 9, 5, 59);
    expect(rescueFileName('lagrede-workshoper', date)).toBe(
      'modellkart-lagrede-workshoper-2025-03-04-0905.txt',
    );
    expect(rescueFileName('saved-answers', new Date(2025, 11, 31, 23, 59))).toBe(
      'modellkart-saved-answers-2025-12-31-2359.txt',
    );
  });
});
