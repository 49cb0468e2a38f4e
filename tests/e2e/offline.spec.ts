import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { CATALOGUE } from '../../src/domain/catalogue';
import { scoredQuestions } from '../../src/domain/catalogue-schema';
import { wizardSteps } from '../../src/domain/steps';
import { expect, test } from './fixtures';
import { seedAnswers } from './seed';

// With the service worker, as a visitor has it (the suite blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const steps = wizardSteps(CATALOGUE);
const START_TITLE = 'Hvordan er bibliotek og innbyggertorg organisert hos dere?';

// One visit online installs the service worker, which precaches every chunk of the app.
async function waitForServiceWorkerControl(page: Page) {
  await page.waitForFunction(
    () => navigator.serviceWorker?.controller?.state === 'activated',
    null,
    { timeout: 30_000 },
  );
}

async function expectPageLoaded(page: Page) {
  const heading = page.locator('main h1');
  await expect(heading).toBeVisible();
  // Neither the error boundary nor the not-found page: the real page rendered.
  await expect(heading).not.toHaveText(/Noe gikk galt|Fant ikke siden/);
}

/**
 * Cuts the network and records anything that still tried to use it: a response that did not come
 * from the service worker's cache, or a request that failed.
 */
async function goOffline(page: Page, context: BrowserContext) {
  await context.setOffline(true);
  const fromNetwork: string[] = [];
  const failed: string[] = [];
  page.on('response', (response) => {
    if (!/^(data|blob):/.test(response.url()) && !response.fromServiceWorker()) {
      fromNetwork.push(response.url());
    }
  });
  page.on('requestfailed', (request) => {
    if (!/^(data|blob):/.test(request.url())) failed.push(request.url());
  });
  return { fromNetwork, failed };
}

test('after one visit the app loads and runs with the network off', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForServiceWorkerControl(page);
  const { fromNetwork, failed } = await goOffline(page, context);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: START_TITLE })).toBeVisible();

  await page.getByRole('link', { name: 'Start kartleggingen' }).click();
  await expect(page).toHaveURL(/#\/kartlegging\/1$/);
  await expectPageLoaded(page);

  await page
    .getByRole('navigation', { name: 'Hovedmeny' })
    .getByRole('link', { name: 'Resultat' })
    .click();
  await expect(page).toHaveURL(/#\/resultat$/);
  await expectPageLoaded(page);

  // A deep link opened offline is served from the cache as well.
  await page.goto('./#/workshop');
  await expectPageLoaded(page);

  expect(failed, 'requests that failed offline').toEqual([]);
  expect(fromNetwork, 'responses not served by the service worker').toEqual([]);
});

test('offline after one visit: every step, an answer changed, the results and exports', async ({
  page,
  context,
}) => {
  // Answers saved earlier (the full walk by keyboard is journey.spec.ts); one is changed offline.
  await seedAnswers(page, {
    answers: Object.fromEntries(scoredQuestions(CATALOGUE).map((q) => [q.id, q.options[0]!.id])),
  });
  const changed = steps[1]!.questions[0]!;
  if (changed.kind !== 'scored') throw new Error('step 2 must start with a scored question');
  const option = changed.options[1]!;

  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: START_TITLE })).toBeVisible();
  await waitForServiceWorkerControl(page);
  const { fromNetwork, failed } = await goOffline(page, context);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: START_TITLE })).toBeVisible();

  await page.getByRole('link', { name: 'Fortsett der du slapp' }).click();
  for (const index of steps.keys()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      new RegExp(`^Steg ${index + 1} av ${steps.length}: `),
    );
    if (index === 1) {
      const radio = page
        .getByRole('radiogroup', { name: changed.text.nb })
        .getByRole('radio', { name: option.label.nb, exact: true });
      await radio.check();
      await expect(radio).toBeChecked();
    }
    const last = index === steps.length - 1;
    await page.getByRole('button', { name: last ? 'Gå til oppsummeringen' : 'Neste steg' }).click();
  }

  await expect(page).toHaveURL(/#\/oppsummering$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Oppsummering' })).toBeVisible();
  await expect(page.getByText('Du har svart på alle spørsmålene.')).toBeVisible();
  await page.getByRole('link', { name: 'Se resultatet' }).first().click();

  await expect(page).toHaveURL(/#\/resultat$/);
  await expect(
    page.getByRole('heading', { level: 1, name: /^Dere ligner mest på \S/ }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: 'Modellkartet' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Modellblandingen' })).toBeVisible();

  // The answers as a file: made in the browser, so it works without a network.
  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Last ned svarene (JSON)' }).click();
  const json = JSON.parse(readFileSync((await (await jsonDownload).path())!, 'utf8'));
  expect(json.type).toBe('modellkart-assessment');
  expect(json.assessment.answers[changed.id]).toBe(option.id);

  // The map as SVG, from the chart's own download menu.
  await page.getByRole('button', { name: 'Last ned Modellkartet' }).click();
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'SVG (skarp i alle størrelser)' }).click();
  const svg = readFileSync((await (await svgDownload).path())!, 'utf8');
  expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
  expect(svg).toContain('Dere er her');

  expect(failed, 'requests that failed offline').toEqual([]);
  expect(fromNetwork, 'responses not served by the service worker').toEqual([]);
});

test('the app is installable: manifest with icons and a service worker', async ({ page }) => {
  await page.goto('./');
  // The app names the manifest once the page has painted (build/prerender.ts).
  const link = page.locator('link[rel="manifest"]');
  await expect(link).toHaveAttribute('href', /\.webmanifest$/);
  const href = await link.getAttribute('href');
  const manifestUrl = new URL(href!, page.url()).href;
  const manifest = await (await page.request.get(manifestUrl)).json();
  expect(manifest).toMatchObject({
    name: expect.stringContaining('Modellkart'),
    display: 'standalone',
  });
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const response = await page.request.get(new URL(icon.src, manifestUrl).href);
    expect(response.ok(), icon.src).toBe(true);
    expect(response.headers()['content-type']).toContain(icon.type);
  }
  await waitForServiceWorkerControl(page);
});
