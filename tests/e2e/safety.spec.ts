import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { archetypeAnswers } from '../../src/domain/archetypes';
import { CATALOGUE } from '../../src/domain/catalogue';
import { encodeShareCode, sharePayloadOf } from '../../src/domain/share-code';
import { wizardSteps } from '../../src/domain/steps';
import { en } from '../../src/i18n/en';
import { nb } from '../../src/i18n/nb';
import { nn } from '../../src/i18n/nn';
import { expect, expectNoAxeViolations, test } from './fixtures';

// With the service worker, as a visitor has it (the suite blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const KEY = 'modellkart:assessment';
const RESCUE_PREFIX = `modellkart:rescue:${KEY}:`;
/** The rescued copy (its key carries the time it was made, so several can be kept). */
const rescued = (page: Page) =>
  page.evaluate((prefix) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith(prefix));
    return key ? localStorage.getItem(key) : null;
  }, RESCUE_PREFIX);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const START_TITLE = 'Hvordan er bibliotek og innbyggertorg organisert hos dere?';

/** Puts raw text in the saved-answers slot before the app's first load only (not on reload). */
async function seedStorageOnce(page: Page, raw: string) {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('e2e-seeded')) return;
      sessionStorage.setItem('e2e-seeded', '1');
      localStorage.setItem(key!, value!);
    },
    [KEY, raw],
  );
}

async function expectRescued(page: Page, raw: string) {
  const notice = page.getByRole('alert').filter({
    has: page.getByRole('heading', { name: 'Vi kunne ikke lese de lagrede svarene' }),
  });
  await expect(notice).toBeVisible();
  const downloadPromise = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Last ned lagrede data' }).click();
  const download = await downloadPromise;
  expect(readFileSync((await download.path())!, 'utf8')).toBe(raw);
  expect(await rescued(page)).toBe(raw);
}

test('corrupt saved answers are kept and offered for download', async ({ page }) => {
  await seedStorageOnce(page, '{not json');
  await page.goto('./');
  await expectRescued(page, '{not json');
  // Still there after a reload: never dropped.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: START_TITLE })).toBeVisible();
  expect(await rescued(page)).toBe('{not json');
});

test('answers saved by a newer version are kept and offered for download', async ({ page }) => {
  const raw = '{"state":{},"version":99}';
  await seedStorageOnce(page, raw);
  await page.goto('./');
  await expectRescued(page, raw);
});

test('a second tab sees the first tab’s answers', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('./');
  await b.goto('./');
  await expect(b.getByRole('link', { name: 'Start kartleggingen' })).toBeVisible();

  // Answers saved by another tab (a version-1 state: the app migrates it).
  const saved = JSON.stringify({
    state: {
      assessment: {
        answers: Object.fromEntries(
          wizardSteps(CATALOGUE)[1]!
            .questions.slice(0, 2)
            .map((q) => [q.id, 'vet-ikke']),
        ),
        comments: {},
        context: {},
      },
      step: 1,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    },
    version: 1,
  });
  const writer = await context.newPage();
  await writer.goto('./');
  await writer.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, saved]);
  await writer.close();

  for (const tab of [a, b]) {
    await expect(tab.getByText('Du har svart på 2 spørsmål så langt.')).toBeVisible();
    await expect(tab.getByRole('link', { name: 'Fortsett der du slapp' })).toBeVisible();
  }

  // Starting over in tab B through the UI reaches tab A too.
  await b.getByRole('button', { name: 'Start på nytt' }).click();
  await b.getByRole('dialog').getByRole('button', { name: 'Start på nytt' }).click();
  await expect(b.getByRole('link', { name: 'Start kartleggingen' })).toBeVisible();
  await expect(a.getByRole('link', { name: 'Start kartleggingen' })).toBeVisible();
  await expect(a.getByText('Du har svart på 2 spørsmål så langt.')).toBeHidden();
});

test('an answer chosen in one tab shows in the other tab’s review without a reload', async ({
  context,
}) => {
  const step = wizardSteps(CATALOGUE)[1]!;
  const q = step.questions[0]!;
  if (q.kind !== 'scored') throw new Error('step 2 must start with a scored question');
  const option = q.options[1] ?? q.options[0]!;

  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('./#/kartlegging/2');
  await b.goto('./#/oppsummering');
  await expect(a.getByRole('heading', { level: 1, name: /^Steg 2 av/ })).toBeVisible();
  await expect(b.getByRole('heading', { level: 1, name: 'Oppsummering' })).toBeVisible();
  // The answer is the definition right after the question's term.
  const shown = b
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${escapeRegExp(q.text.nb)}$`) })
    .locator('xpath=following-sibling::dd[1]');
  await expect(shown).toHaveText('Ikke besvart');
  // Marks the document: a reload would lose it, so the check below proves there was none.
  await b.evaluate(
    () => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true),
  );

  await a
    .getByRole('radiogroup', { name: q.text.nb })
    .getByRole('radio', { name: option.label.nb, exact: true })
    .check();
  await expect(shown).toHaveText(option.label.nb);

  // And back: «Vet ikke» in tab A replaces it in tab B too.
  await a
    .getByRole('radiogroup', { name: q.text.nb })
    .getByRole('radio', { name: 'Vet ikke' })
    .check();
  await expect(shown).toHaveText('Vet ikke');
  expect(
    await b.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
  ).toBe(true);
  const saved = JSON.parse((await b.evaluate((k) => localStorage.getItem(k), KEY))!);
  expect(saved.state.assessment.answers[q.id]).toBe('vet-ikke');
});

test('an answer chosen in one tab shows on the same wizard step in the other tab', async ({
  context,
}) => {
  const q = wizardSteps(CATALOGUE)[1]!.questions[0]!;
  if (q.kind !== 'scored') throw new Error('step 2 must start with a scored question');
  const option = q.options[0]!;
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const tab of [a, b]) {
    await tab.goto('./#/kartlegging/2');
    await expect(tab.getByRole('heading', { level: 1, name: /^Steg 2 av/ })).toBeVisible();
  }
  const radio = (tab: Page, name: string) =>
    tab.getByRole('radiogroup', { name: q.text.nb }).getByRole('radio', { name, exact: true });
  await expect(radio(b, option.label.nb)).not.toBeChecked();
  await b.evaluate(
    () => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true),
  );

  await radio(a, option.label.nb).check();
  await expect(radio(b, option.label.nb)).toBeChecked();
  // Tab B answers back; tab A follows, and neither tab reloaded.
  await radio(b, 'Vet ikke').check();
  await expect(radio(a, 'Vet ikke')).toBeChecked();
  await expect(radio(a, option.label.nb)).not.toBeChecked();
  expect(
    await b.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
  ).toBe(true);
});

test('a full run asks only the app’s own origin and breaks no CSP rule', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  const consoleProblems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) {
      consoleProblems.push(m.text());
    }
  });
  page.on('pageerror', (e) => consoleProblems.push(String(e)));
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });

  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: START_TITLE })).toBeVisible();
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toContain("object-src 'none'");
  // Scripts: the app's own files, plus only the inline scripts the policy names by their hash.
  const inline = await page.locator('script:not([src])').allTextContents();
  const hashes = inline.map(
    (code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`,
  );
  expect(csp).toMatch(
    new RegExp(`script-src 'self'${hashes.map((h) => ` ${escapeRegExp(h)}`).join('')}(;|$)`),
  );

  const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
  await page.getByRole('link', { name: 'Start kartleggingen' }).click();
  await expect(page.locator('main h1')).toBeVisible();
  await nav.getByRole('link', { name: 'Resultat' }).click();
  await expect(page).toHaveURL(/#\/resultat$/);
  await expect(page.locator('main h1')).toBeVisible();
  await nav.getByRole('link', { name: 'Workshop' }).click();
  await expect(page).toHaveURL(/#\/workshop$/);
  await expect(page.locator('main h1')).toBeVisible();
  await page.getByRole('link', { name: 'Tilgjengelighet' }).click();
  await expect(page.locator('main h1')).toBeVisible();
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  // Should the language not change, say what the page reported (it once did not, on CI).
  await expect(page.locator('html'))
    .toHaveAttribute('lang', 'en')
    .catch((error: Error) => {
      throw new Error(
        `${error.message}\nThe page reported: ${consoleProblems.join('\n') || 'nothing'}`,
      );
    });
  await page.waitForLoadState('networkidle');

  expect(requests.length).toBeGreaterThan(3);
  expect(requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u))).toEqual(
    [],
  );
  expect(
    await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  ).toEqual([]);
  expect(consoleProblems).toEqual([]);
});

test('the start page is in the HTML: it shows without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, locale: 'nb-NO' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: START_TITLE })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'De fire modellene' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start kartleggingen' })).toBeVisible();
  // Styled, not raw HTML: the stylesheet and the hashed style attributes apply under the CSP.
  const listStyle = await page
    .getByRole('region', { name: 'De fire modellene' })
    .getByRole('list')
    .evaluate((el) => getComputedStyle(el).listStyleType);
  expect(listStyle).toBe('none');
  await page.screenshot({ path: test.info().outputPath('start-without-js.png'), fullPage: true });
  await context.close();
});

test('the app takes over the prerendered page without errors or layout shift', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: START_TITLE })).toBeVisible();
  // Interactive means hydrated: the language picker changes the language.
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
  await expect(async () => {
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('nn');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn', { timeout: 1000 });
  }).toPass();
  await expect(page.getByRole('combobox', { name: 'Språk' })).toBeVisible();
  expect(errors).toEqual([]);
});

/** A share link's code for a typical Hybrid samarbeid answer set. */
const hybridCode = () =>
  encodeShareCode(
    sharePayloadOf(
      { answers: archetypeAnswers(CATALOGUE, 'hybrid'), comments: {}, context: {} },
      CATALOGUE,
    ),
  );

/** Sums the page's layout shifts from its first paint on; read it with `layoutShift(page)`. */
async function watchLayoutShift(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
        w.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
const layoutShift = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cls: number }).__cls);

/**
 * Holds back the app's entry script, as index.html names it, until `release()`. `asked()` tells
 * whether the page has asked for it yet.
 */
async function holdAppEntry(page: Page) {
  const html = await (await page.request.get('./')).text();
  const entry = /<meta name="modellkart-app" content="\.?\/?([^"]+)"/.exec(html)![1]!;
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  await page.route(
    (url) => url.pathname.endsWith(`/${entry}`),
    async (route) => {
      asked = true;
      await released;
      await route.continue();
    },
  );
  return { release, asked: () => asked };
}

test('a shared result never shows the start page while the app loads, and nothing moves', async ({
  page,
}) => {
  const code = await hybridCode();
  await watchLayoutShift(page);
  // The app's code arrives late, as on a slow phone: what shows until then is the HTML alone.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  // The HTML is read; the app's scripts are held back (the page's load event waits for them).
  await page.goto(`./#/delt/${code}`, { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: START_TITLE })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Start kartleggingen' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'a shared result before the app has loaded');
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Et delt resultat' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await layoutShift(page)).toBe(0);
});

const MESSAGES = { nb, nn, en };

// On a phone the app's code takes seconds; a share link's result must not wait for it. Its top
// (heading, lead, certainty) is drawn from the link first, and the app then takes over in place.
for (const { browserLocale, lang, use } of [
  { browserLocale: 'nb-NO', lang: 'nb', use: 'Bruk disse svarene' },
  { browserLocale: 'nn-NO', lang: 'nn', use: 'Bruk desse svara' },
  { browserLocale: 'en-GB', lang: 'en', use: 'Use these answers' },
] as const) {
  test(`a shared result's heading and lead show in ${lang} before the app has loaded, and stay put when it arrives`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({
      baseURL,
      locale: browserLocale,
      viewport: { width: 412, height: 823 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const code = await hybridCode();
    await watchLayoutShift(page);
    // What shows until the app's entry arrives comes from the first paint alone.
    const app = await holdAppEntry(page);
    await page.goto(`./#/delt/${code}`);

    const heading = page.getByRole('heading', { level: 1, name: MESSAGES[lang].app.sharedHeading });
    await expect(heading).toBeVisible();
    const lead = page.getByText(/^Hybrid (samarbeid|cooperation) (har|has) \d+\s?%/);
    await expect(lead).toBeVisible();
    const certainty = page.getByText(MESSAGES[lang].results.certainty.high, { exact: true });
    await expect(certainty).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: START_TITLE })).toHaveCount(0);
    // The first paint asked for the app once it had painted; the app has not run.
    await expect.poll(app.asked).toBe(true);
    await expect(page.getByRole('button', { name: use })).toHaveCount(0);
    if (lang === 'nb') await expectNoAxeViolations(page, 'a shared result’s first paint');
    const before = {
      lead: await lead.textContent(),
      certainty: await certainty.boundingBox(),
      box: await lead.boundingBox(),
    };

    app.release();
    await expect(page.getByRole('button', { name: use })).toBeVisible();
    await expect(heading).toBeVisible();
    // The same text in the same place, now the app's.
    expect(await lead.textContent()).toBe(before.lead);
    expect(await lead.boundingBox()).toEqual(before.box);
    expect(await certainty.boundingBox()).toEqual(before.certainty);
    await page.waitForLoadState('networkidle');
    expect(await layoutShift(page)).toBe(0);
    await context.close();
  });
}

test('a broken share link shows no result before the app, which then says what is wrong', async ({
  page,
}) => {
  const app = await holdAppEntry(page);
  await page.goto('./#/delt/AQAAAqVO80vBpVQxjhw5DPxKg3Frs');
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  app.release();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Et delt resultat');
});

// The HTML holds the start page in every language; the visitor's one shows before any app code
// runs, and the app then takes over that very HTML instead of repainting it.
for (const { browserLocale, saved, lang } of [
  { browserLocale: 'en-US', saved: undefined, lang: 'en' },
  { browserLocale: 'nn-NO', saved: undefined, lang: 'nn' },
  { browserLocale: 'en-US', saved: 'nb', lang: 'nb' },
] as const) {
  const who = saved ? `a visitor who chose ${saved} earlier` : `a ${browserLocale} browser`;
  test(`${who} sees the start page in ${lang} from the HTML, hydrated in place`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, locale: browserLocale });
    if (saved) {
      await context.addInitScript((locale) => {
        const settings = { state: { locale }, version: 1 };
        localStorage.setItem('modellkart:settings', JSON.stringify(settings));
      }, saved);
    }
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    // Hold the app's code back until the page has been looked at as the HTML alone paints it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/main-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./');
    const title = MESSAGES[lang].start.title;
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page).toHaveTitle(MESSAGES[lang].app.documentTitle);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await page.getByRole('heading', { level: 1 }).evaluate((h1) => {
      (window as unknown as { paintedH1: Element }).paintedH1 = h1;
    });

    release();
    const picker = page.getByRole('combobox', { name: MESSAGES[lang].app.language.label });
    await expect(picker).toHaveValue(lang);
    await page.waitForLoadState('networkidle');
    const same = await page.evaluate(
      () =>
        document.querySelector('main h1') ===
        (window as unknown as { paintedH1: Element }).paintedH1,
    );
    expect(same, 'the app kept the prerendered heading (hydrated, not repainted)').toBe(true);
    // The app is in charge: the picker changes the page's language. On a busy machine the app may
    // take over a moment after the network is idle; until then a choice changes only the HTML.
    const other = lang === 'nb' ? 'nn' : 'nb';
    await expect(async () => {
      await picker.selectOption(other);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        MESSAGES[other].start.title,
        { timeout: 1000 },
      );
    }).toPass();
    await expect(page).toHaveTitle(MESSAGES[other].app.documentTitle);
    expect(errors).toEqual([]);
    await context.close();
  });
}
