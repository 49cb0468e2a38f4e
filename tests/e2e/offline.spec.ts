import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

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

test('after one visit the app loads and runs with the network off', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  const fromNetwork: string[] = [];
  const failed: string[] = [];
  page.on('response', (response) => {
    if (!/^(data|blob):/.test(response.url()) && !response.fromServiceWorker()) {
      fromNetwork.push(response.url());
    }
  });
  page.on('requestfailed', (request) => failed.push(request.url()));

  await page.reload();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Hvordan er bibliotek og innbyggertorg organisert hos dere?',
    }),
  ).toBeVisible();

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

test('the app is installable: manifest with icons and a service worker', async ({ page }) => {
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
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
