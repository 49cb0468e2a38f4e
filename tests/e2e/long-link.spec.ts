import { expect, expectNoAxeViolations, test } from './fixtures';

// The trace recorder copies the page's 2 MB address into every snapshot, on the page's main
// thread: that is the recorder's work, not the app's, so it is off in this file.
test.use({ trace: 'off' });

test('a 2 MB share link says «for lang» without a long task over 200 ms', async ({ page }) => {
  // The share page is loaded first, so what is measured is the app's handling of the link.
  await page.goto('./#/delt/Kari');
  await expect(page.getByText('Lenken er endret eller skadet. Be om en ny lenke.')).toBeVisible();
  await page.evaluate(() => {
    const w = window as unknown as {
      __tasks: { start: number; duration: number }[];
      __set: number;
    };
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    setTimeout(() => {
      location.hash = `#/delt/${'A'.repeat(2_000_000)}`;
      // The setter's own task is the browser parsing a 2 MB address, before any app code runs;
      // everything the app does (hashchange, render, decode) starts after this mark.
      w.__set = performance.now();
    }, 0);
  });
  // Playwright itself is slow on a page with a 2 MB address; the long tasks are the measure.
  await expect(page.getByText(/for lang/)).toBeVisible({ timeout: 45_000 });
  const { tasks, set } = await page.evaluate(() => {
    const w = window as unknown as {
      __tasks: { start: number; duration: number }[];
      __set: number;
    };
    return { tasks: w.__tasks, set: w.__set };
  });
  expect(set).toBeGreaterThan(0);
  expect(tasks.filter((t) => t.start >= set && t.duration > 200)).toEqual([]);
  await expectNoAxeViolations(page, 'share link too long');
});
