import { CATALOGUE } from '../domain/catalogue';
import { currentVersion } from '../domain/formats/migrations';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ASSESSMENT_FILE_TYPE, type AssessmentFile } from '../domain/assessment-file';
import {
  ASSESSMENT_STORAGE_KEY,
  selectDesiredAssessment,
  selectEditedAssessment,
  selectEditing,
  savedOf,
  selectTodayAssessment,
  syncAssessmentAcrossTabs,
  useAssessmentStore,
} from './assessment-store';
import { MAX_SNAPSHOT_LABEL_LENGTH, MAX_SNAPSHOTS } from './persisted-version';

const store = () => useAssessmentStore.getState();

function saved(): { version: number; state: Record<string, unknown> } {
  return JSON.parse(localStorage.getItem(ASSESSMENT_STORAGE_KEY)!);
}

beforeEach(() => {
  store().reset();
});

describe('today and desired', () => {
  it('writes today by default and keeps `assessment` as today', () => {
    store().setAnswer('felles-skranke', 'felles');
    expect(store().assessment.answers).toEqual({ 'felles-skranke': 'felles' });
    expect(selectEditedAssessment(store())).toBe(store().assessment);
    expect(store().desired).toBeNull();
  });

  it('startDesired copies today and then writes only the desired state', () => {
    store().setAnswer('felles-skranke', 'felles');
    store().setComment('felles-skranke', 'i dag');
    store().startDesired();
    expect(selectEditing(store())).toBe('desired');
    expect(store().desired?.answers).toEqual({ 'felles-skranke': 'felles' });

    store().setAnswer('felles-skranke', 'hver-sin');
    store().setComment('felles-skranke', 'ønsket');
    store().setContext('kommune', 'Drammen');
    store().applyAnswers({ answers: { budsjett: 'felles' } });

    expect(selectTodayAssessment(store())).toEqual({
      answers: { 'felles-skranke': 'felles' },
      comments: { 'felles-skranke': 'i dag' },
      context: {},
    });
    expect(selectDesiredAssessment(store())).toEqual({
      answers: { 'felles-skranke': 'hver-sin', budsjett: 'felles' },
      comments: { 'felles-skranke': 'ønsket' },
      context: { kommune: 'Drammen' },
    });
    expect(selectEditedAssessment(store())).toBe(store().desired);
  });

  it('startDesired keeps an existing desired state', () => {
    store().setAnswer('a', '1');
    store().startDesired();
    store().setAnswer('a', '2');
    store().setEditing('today');
    store().setAnswer('a', '3');
    store().startDesired();
    expect(store().desired?.answers).toEqual({ a: '2' });
    expect(store().assessment.answers).toEqual({ a: '3' });
  });

  it('setEditing switches the edited variant and creates the desired state when needed', () => {
    store().setAnswer('a', '1');
    store().setEditing('desired');
    expect(store().desired?.answers).toEqual({ a: '1' });
    store().setEditing('today');
    store().setAnswer('a', '2');
    expect(store().desired?.answers).toEqual({ a: '1' });
    expect(selectEditedAssessment(store()).answers).toEqual({ a: '2' });
  });

  it('saveDesiredFrom stores a copy and leaves today and the edited variant alone', () => {
    store().setAnswer('a', '1');
    const whatIf = { answers: { a: '9' }, comments: {}, context: {} };
    store().saveDesiredFrom(whatIf);
    whatIf.answers.a = 'changed later';
    expect(store().desired?.answers).toEqual({ a: '9' });
    expect(store().assessment.answers).toEqual({ a: '1' });
    expect(selectEditing(store())).toBe('today');
  });

  it('clearDesired forgets the goal and returns to today', () => {
    store().startDesired();
    store().clearDesired();
    expect(store().desired).toBeNull();
    expect(selectEditing(store())).toBe('today');
  });

  it('replaceAssessment replaces the edited variant', () => {
    store().setAnswer('a', '1');
    store().startDesired();
    store().replaceAssessment({ answers: { b: '2' }, comments: {}, context: {} });
    expect(store().desired?.answers).toEqual({ b: '2' });
    expect(store().assessment.answers).toEqual({ a: '1' });
  });
});

describe('snapshots', () => {
  it('saves a labelled copy of the edited variant that later edits do not change', () => {
    store().setAnswer('a', '1');
    const id = store().saveSnapshot('  Før omorganiseringen  ');
    store().setAnswer('a', '2');
    const [snap] = store().snapshots;
    expect(snap).toMatchObject({
      id,
      label: 'Før omorganiseringen',
      variant: 'today',
      assessment: { answers: { a: '1' } },
    });
    expect(Number.isNaN(Date.parse(snap!.createdAt))).toBe(false);

    store().startDesired();
    store().saveSnapshot('Mål');
    expect(store().snapshots.map((s) => s.variant)).toEqual(['today', 'desired']);
  });

  it('keeps them in order, deletes by id and drops the oldest beyond the limit', () => {
    const ids = Array.from({ length: MAX_SNAPSHOTS + 2 }, (_, i) => store().saveSnapshot(`#${i}`));
    expect(store().snapshots).toHaveLength(MAX_SNAPSHOTS);
    expect(store().snapshots[0]!.label).toBe('#2');
    store().deleteSnapshot(ids[10]!);
    expect(store().snapshots.map((s) => s.id)).not.toContain(ids[10]);
    expect(store().snapshots).toHaveLength(MAX_SNAPSHOTS - 1);
  });

  it('restoreSnapshot puts a deleted snapshot back in its place, once', () => {
    const ids = ['a', 'b', 'c'].map((label) => store().saveSnapshot(label));
    const deleted = store().snapshots[1]!;
    store().deleteSnapshot(ids[1]!);
    store().restoreSnapshot(deleted, 1);
    expect(store().snapshots.map((s) => s.label)).toEqual(['a', 'b', 'c']);
    store().restoreSnapshot(deleted, 1);
    expect(store().snapshots).toHaveLength(3);
  });

  it('reset forgets today, desired and snapshots', () => {
    store().setAnswer('a', '1');
    store().startDesired();
    store().saveSnapshot('x');
    store().reset();
    expect(store()).toMatchObject({
      assessment: { answers: {} },
      desired: null,
      editing: 'today',
      snapshots: [],
    });
  });
});

describe('persistence', () => {
  // Saved answers are checked against the catalogue when read: these are real ids.
  const Q = 'skranke-organisering';

  it('saves inputs only, with the catalogue they were given with, under the current version', () => {
    useAssessmentStore.setState({ catalogueVersion: CATALOGUE.version });
    store().setAnswer(Q, 'en-felles');
    store().startDesired();
    store().saveSnapshot('x');
    const { version, state } = saved();
    expect(version).toBe(currentVersion('storedAnswers'));
    expect(state.catalogueVersion).toBe(CATALOGUE.version);
    expect(Object.keys(state).sort()).toEqual(
      [
        'assessment',
        'catalogueVersion',
        'createdAt',
        'desired',
        'editing',
        'snapshots',
        'step',
        'updatedAt',
      ].sort(),
    );
  });

  it('loads a version 1 state saved by the first release', async () => {
    localStorage.setItem(
      ASSESSMENT_STORAGE_KEY,
      JSON.stringify({
        version: 1,
        state: {
          assessment: { answers: { [Q]: 'en-felles' }, comments: {}, context: {} },
          step: 2,
          createdAt: null,
          updatedAt: null,
        },
      }),
    );
    await useAssessmentStore.persist.rehydrate();
    expect(store()).toMatchObject({
      assessment: { answers: { [Q]: 'en-felles' } },
      step: 2,
      desired: null,
      editing: 'today',
      snapshots: [],
      catalogueVersion: CATALOGUE.version,
    });
    store().setAnswer('henvisning', 'vet-ikke');
    expect(store().assessment.answers).toEqual({ [Q]: 'en-felles', henvisning: 'vet-ikke' });
  });

  it('keeps another tab’s save that arrives while this tab is still reading its own', async () => {
    const tab = new EventTarget() as Window;
    const stop = syncAssessmentAcrossTabs(tab);
    const envelope = (answers: Record<string, string>, updatedAt: string) =>
      JSON.stringify({
        version: 1,
        state: {
          assessment: { answers, comments: {}, context: {} },
          step: 1,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt,
        },
      });
    // This tab's read takes its saved copy at once and finishes when the test says so.
    const storage = useAssessmentStore.persist.getOptions().storage!;
    let finishReading = () => {};
    const readingMayFinish = new Promise<void>((resolve) => (finishReading = resolve));
    useAssessmentStore.persist.setOptions({
      storage: {
        ...storage,
        getItem: (name) => {
          const read = storage.getItem(name);
          return readingMayFinish.then(() => read);
        },
      },
    });
    localStorage.setItem(ASSESSMENT_STORAGE_KEY, envelope({}, '2026-01-01T00:00:00.000Z'));
    const reading = useAssessmentStore.persist.rehydrate();
    // The other tab saves while that read is under way; its merge has every chance to run first.
    const theirs = envelope({ [Q]: 'en-felles' }, '2026-01-02T00:00:00.000Z');
    localStorage.setItem(ASSESSMENT_STORAGE_KEY, theirs);
    tab.dispatchEvent(
      new StorageEvent('storage', { key: ASSESSMENT_STORAGE_KEY, newValue: theirs }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    finishReading();
    await reading;
    useAssessmentStore.persist.setOptions({ storage });
    await vi.waitFor(() => expect(store().assessment.answers).toEqual({ [Q]: 'en-felles' }));
    stop();
  });

  it('snapshots and the desired state survive a reload', async () => {
    store().setAnswer(Q, 'en-felles');
    store().startDesired();
    store().setAnswer(Q, 'egne-samme-bygg');
    store().saveSnapshot('mål');
    const raw = localStorage.getItem(ASSESSMENT_STORAGE_KEY)!;
    useAssessmentStore.setState({ desired: null, snapshots: [], editing: 'today' });
    localStorage.setItem(ASSESSMENT_STORAGE_KEY, raw);
    await useAssessmentStore.persist.rehydrate();
    expect(store().desired?.answers).toEqual({ [Q]: 'egne-samme-bygg' });
    expect(store().snapshots.map((s) => s.label)).toEqual(['mål']);
    expect(selectEditing(store())).toBe('desired');
  });
});

describe('import and undo', () => {
  it('loads a file over everything, then puts the saved state back exactly', () => {
    store().setAnswer('felles-skranke', 'felles');
    store().startDesired();
    const before = savedOf(store());

    const file: AssessmentFile = {
      type: ASSESSMENT_FILE_TYPE,
      version: 1,
      catalogueVersion: '1.0.0',
      exportedAt: '2026-01-02T00:00:00.000Z',
      assessment: { answers: { budsjett: 'felles' }, comments: {}, context: {} },
      desired: null,
      snapshots: [
        {
          id: 's1',
          label: 'x'.repeat(200),
          createdAt: '2026-01-01T00:00:00.000Z',
          variant: 'today',
          assessment: { answers: {}, comments: {}, context: {} },
        },
      ],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
    };
    store().loadFile(file);
    expect(store().assessment.answers).toEqual({ budsjett: 'felles' });
    expect(selectEditing(store())).toBe('today');
    expect(store().desired).toBeNull();
    expect(store().snapshots[0]!.label).toHaveLength(MAX_SNAPSHOT_LABEL_LENGTH);
    expect(saved().state.assessment).toEqual(store().assessment);

    store().restoreSaved(before);
    expect(savedOf(store())).toEqual(before);
    expect(saved().state).toEqual(before);
  });
});
