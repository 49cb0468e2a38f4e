import type { Page } from '@playwright/test';
import type { Assessment } from '../../src/domain/assessment-schema';
import { CATALOGUE } from '../../src/domain/catalogue';

export const STORAGE_KEY = 'modellkart:assessment';

/**
 * Answers saved as an earlier visit leaves them (store format 3), written before the app first
 * loads in a tab. Written once per tab: a reload keeps whatever the test has changed since.
 */
export async function seedAnswers(
  page: Page,
  { answers, comments = {}, context = {} }: Partial<Assessment> & Pick<Assessment, 'answers'>,
  step = 0,
) {
  const saved = JSON.stringify({
    version: 3,
    state: {
      catalogueVersion: CATALOGUE.version,
      assessment: { answers, comments, context },
      desired: null,
      editing: 'today',
      snapshots: [],
      step,
      createdAt: null,
      updatedAt: null,
    },
  });
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem(`${key}:seeded`)) return;
      localStorage.setItem(key, value);
      sessionStorage.setItem(`${key}:seeded`, '1');
    },
    [STORAGE_KEY, saved] as const,
  );
}
