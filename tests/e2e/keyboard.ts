import type { Page } from '@playwright/test';

/** What a keyboard user has in focus right now. */
export type Focused = { tag: string; type: string; name: string; value: string; text: string };

export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? '',
      name: el?.getAttribute('name') ?? '',
      value: el?.value ?? '',
      text: el?.textContent?.trim() ?? '',
    };
  });
}

/** Presses Tab until the focused element matches, like a keyboard user looking for it. */
export async function tabTo(page: Page, match: (el: Focused) => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    if (match(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Matches a button or link by its visible text. */
export const control = (label: string) => (el: Focused) =>
  (el.tag === 'button' || el.tag === 'a') && el.text === label;
