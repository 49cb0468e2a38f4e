import type { Browser, BrowserContext, Page } from '@playwright/test';
import { archetypeAnswers } from '../../src/domain/archetypes';
import { CATALOGUE } from '../../src/domain/catalogue';
import type { ReferenceId } from '../../src/domain/references';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { control, focused, tabTo } from './keyboard';

type Person = {
  model: ReferenceId;
  role: string;
  viewport: { width: number; height: number };
  name?: string;
};

const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1280, height: 800 };
const PEOPLE: Person[] = [
  { model: 'totalt', role: 'Kommunalsjef eller annen leder', viewport: PHONE, name: 'Kari' },
  { model: 'hybrid', role: 'Ansatt i biblioteket', viewport: PHONE },
  { model: 'en-dor-inn', role: 'Ansatt i innbyggertorget', viewport: PHONE },
  { model: 'ingen', role: 'Politiker', viewport: LAPTOP },
  { model: 'totalt', role: 'Ansatt i biblioteket', viewport: LAPTOP },
  { model: 'hybrid', role: 'Ansatt i innbyggertorget', viewport: LAPTOP },
];

/** A participant's browser with answers already given (the wizard itself is tested elsewhere). */
async function participantPage(
  browser: Browser,
  baseURL: string,
  person: Person,
  options: Parameters<Browser['newContext']>[0] = {},
) {
  const context = await browser.newContext({ viewport: person.viewport, baseURL, ...options });
  await context.addInitScript((saved) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('modellkart:assessment', saved);
  }, savedAnswers(person.model));
  return { context, page: await context.newPage() };
}

function savedAnswers(model: ReferenceId) {
  return JSON.stringify({
    state: {
      assessment: { answers: archetypeAnswers(CATALOGUE, model), comments: {}, context: {} },
      desired: null,
      editing: 'today',
      snapshots: [],
      step: 7,
      createdAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-01T10:00:00.000Z',
      catalogueVersion: CATALOGUE.version,
    },
    version: 3,
  });
}

/** Joins by the live link, keeps the seeded answers, and opens «Send til workshopleder». */
async function joinAndOpenSend(page: Page, link: string, person: Person) {
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Samling i Drammen');
  await page.getByRole('radio', { name: person.role, exact: true }).check();
  await page.getByRole('radio', { name: /Behold svarene/ }).check();
  await page.getByRole('button', { name: 'Start kartleggingen' }).click();
  await expect(page).toHaveURL(/#\/kartlegging\/1/);
  await page.goto('./#/resultat');
  await page.getByRole('link', { name: 'Send til workshopleder' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Send svarene til workshoplederen' }),
  ).toBeVisible();
}

/** A new workshop «Samling i Drammen» with its live room started; returns the join link. */
async function startLive(page: Page) {
  await page.goto('./#/workshop');
  await page.getByLabel('Navn på workshopen').fill('Samling i Drammen');
  await page.getByRole('button', { name: 'Opprett workshop' }).click();
  await page.getByRole('button', { name: 'Start live' }).click();
  return liveLink(page);
}

/** The live join link, once the room exists (until then the field holds the serverless link). */
async function liveLink(page: Page) {
  const field = page.getByLabel('Lenke for å bli med');
  await expect(field).toHaveValue(/#\/workshop\/delta\/[\w-]{22}\/[\w-]{87}\//);
  return field.inputValue();
}

async function sendByMouse(page: Page, name?: string) {
  if (name) await page.getByLabel('Navnet ditt (valgfritt)').fill(name);
  await page.getByRole('button', { name: /^Send/ }).click();
}

async function slideFits(page: Page, label: string) {
  const sizes = await page.evaluate(() => {
    const overlay = document.querySelector('[role="dialog"]') as HTMLElement;
    return {
      overlay: [overlay.scrollHeight, overlay.clientHeight],
      page: [document.documentElement.scrollHeight, window.innerHeight],
    };
  });
  expect(sizes.overlay[0], `${label}: slide scrolls`).toBeLessThanOrEqual(sizes.overlay[1]!);
  expect(sizes.page[0], `${label}: page scrolls`).toBeLessThanOrEqual(sizes.page[1]!);
}

test('six participants send live; the projector counts them, follows a re-send and a late one', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const link = await startLive(page);
  await page.getByLabel('Hvor mange venter du svar fra?').fill('6');
  await expect(page.getByText('0 av 6 har sendt')).toBeVisible();
  await expect(page.getByText('Tilkoblet: nye svar vises med en gang.')).toBeVisible();
  await expectNoAxeViolations(page, 'live panel');

  // The projector view, open while the room answers.
  await page.getByRole('link', { name: 'Start presentasjonen' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/0 av 6 har sendt/)).toBeVisible();

  const people: { context: BrowserContext; page: Page }[] = [];
  for (const [i, person] of PEOPLE.entries()) {
    const p = await participantPage(browser, baseURL!, person);
    people.push(p);
    await joinAndOpenSend(p.page, link, person);
    // The preview shows exactly what goes: role and answers.
    await expect(p.page.getByText(`Rolle: ${person.role}`)).toBeVisible();
    if (i === 4) {
      // One participant sends by keyboard only.
      await p.page.getByRole('heading', { level: 1 }).focus();
      await tabTo(p.page, (el) => el.tag === 'input' && el.type !== 'checkbox', 'the name field');
      await p.page.keyboard.type('Ola');
      await tabTo(p.page, control('Send til workshopleder'), 'the send button');
      await p.page.keyboard.press('Enter');
    } else if (i === 5) {
      // Offline at send time: kept, and delivered when the browser is back.
      await p.context.setOffline(true);
      await sendByMouse(p.page);
      await expect(p.page.getByText(/Du er uten nett/)).toBeVisible();
      await expect(dialog.getByText(/5 av 6 har sendt/)).toBeVisible();
      await p.context.setOffline(false);
    } else {
      await sendByMouse(p.page, person.name);
    }
    await expect(p.page.getByText(/Kvittering nr\. \d+/)).toBeVisible();
  }
  await expect(dialog.getByText(/6 av 6 har sendt/)).toBeVisible();
  await expectNoAxeViolations(people[0]!.page, 'send page with receipt');

  // The map slide: the room's centre moves when someone re-sends other answers.
  const title = dialog.getByRole('heading', { level: 1 });
  for (let i = 0; i < 8 && (await title.textContent()) !== 'Hvor står vi?'; i++) {
    await page.keyboard.press('ArrowRight');
  }
  await expect(title).toHaveText('Hvor står vi?');
  const map = dialog.locator('svg[role="img"]');
  const before = await map.getAttribute('aria-label');
  const mover = people[1]!.page;
  await mover.evaluate((saved) => {
    const now = JSON.parse(localStorage.getItem('modellkart:assessment')!);
    now.state.assessment.answers = JSON.parse(saved).state.assessment.answers;
    localStorage.setItem('modellkart:assessment', JSON.stringify(now));
  }, savedAnswers('pac-man'));
  await mover.reload();
  await mover.getByRole('button', { name: 'Send på nytt (erstatter det du sendte)' }).click();
  await expect(mover.getByText(/Sendt på nytt kl\./)).toBeVisible();
  await expect(map).not.toHaveAttribute('aria-label', before!);
  await expect(dialog.getByText(/6 av 6 har sendt/)).toBeVisible();

  // A changed ciphertext is refused with a clear line, and nothing is added.
  const [, roomId, publicKey] = /#\/workshop\/delta\/([\w-]+)\/([\w-]+)\//.exec(link)!;
  const tampered = await page.request.put(
    `./relay/rooms/${roomId}/submissions/${'A'.repeat(21)}B`,
    {
      headers: { Authorization: `Bearer ${'C'.repeat(22)}` },
      data: { envelope: { v: 1, epk: publicKey, iv: 'A'.repeat(16), ct: 'B'.repeat(64) } },
    },
  );
  expect(tampered.status(), await tampered.text()).toBe(200);
  await page.keyboard.press('Escape');
  await expect(page.getByText(/^Et svar kunne ikke leses/)).toBeVisible();
  await expect(page.getByText('6 av 6 har sendt')).toBeVisible();
  const table = page.getByRole('table', { name: 'Deltakerne i workshopen' });
  await expect(table.getByRole('row')).toHaveCount(7);
  // Roles are compared in groups. Kari gave her name, so her group is printed; the politician
  // did not, and is the only other one in «ledelse og politikk», so that role is not printed.
  await expect(table.getByRole('row', { name: /Kari/ })).toContainText('Ledelse og politikk');
  await expect(table.getByRole('row', { name: /Ledelse og politikk/ })).toHaveCount(1);
  await expect(table.getByText('Skjult (for få med rollen)').first()).toBeVisible();
  await expect(table).not.toContainText('Politiker');
  // A name the facilitator types is not the participant's choice: the role stays hidden.
  await page.getByRole('button', { name: 'Gi nytt navn: Deltaker 4' }).click();
  await page.getByLabel('Nytt navn på Deltaker 4').fill('Per');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(table.getByRole('row', { name: /Per/ })).toContainText('Skjult (for få med rollen)');
  await expect(table.getByRole('row', { name: /Ledelse og politikk/ })).toHaveCount(1);

  for (const p of people) await p.context.close();
});

test('a phone on plain http, with no WebCrypto, sends live and the facilitator reads it', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const link = await startLive(page);

  // The phone opens the laptop by a name that is not localhost, over plain http: no secure
  // context. Its requests reach the same preview server (as the room's Wi-Fi would carry them).
  const host = new URL(baseURL!).host;
  const lanHost = `modellkart.test:${new URL(baseURL!).port}`;
  const lan = (url: string) => url.replace(host, lanHost);
  const person = PEOPLE[1]!;
  const p = await participantPage(browser, lan(baseURL!), person, { serviceWorkers: 'block' });
  await p.context.route(/^http:\/\/modellkart\.test:\d+\//, async (route) => {
    const response = await route.fetch({ url: route.request().url().replace(lanHost, host) });
    await route.fulfill({ response });
  });
  await joinAndOpenSend(p.page, lan(link), person);
  expect(
    await p.page.evaluate(() => ({
      origin: location.origin,
      secure: window.isSecureContext,
      subtle: typeof globalThis.crypto.subtle,
    })),
  ).toEqual({ origin: lan(new URL(baseURL!).origin), secure: false, subtle: 'undefined' });
  await sendByMouse(p.page, 'Ida');
  await expect(p.page.getByText(/Kvittering nr\. \d+/)).toBeVisible();

  await expect(page.getByText('1 har sendt')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Har sendt' })).toContainText('Ida');
  const table = page.getByRole('table', { name: 'Deltakerne i workshopen' });
  await expect(table.getByRole('row', { name: /Ida/ })).toBeVisible();
  await p.context.close();
});

test('the projector slides fit the screen in three languages, pass axe, and run by keyboard', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const link = await startLive(page);
  for (const person of PEOPLE.slice(0, 4)) {
    const p = await participantPage(browser, baseURL!, person);
    await joinAndOpenSend(p.page, link, person);
    await sendByMouse(p.page, person.name);
    await expect(p.page.getByText(/Kvittering nr\. \d+/)).toBeVisible();
    await p.context.close();
  }
  await expect(page.getByText('4 har sendt')).toBeVisible();

  for (const [locale, size] of [
    ['nb', { width: 1280, height: 720 }],
    ['nn', { width: 1920, height: 1080 }],
    ['en', { width: 1280, height: 720 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.getByRole('combobox', { name: /Språk|Language/ }).selectOption(locale);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expectNoAxeViolations(page, `live panel ${locale}`);
    // Keyboard only: Tab to the start link and press Enter, then the arrow keys.
    await page.getByRole('heading', { level: 1 }).focus();
    const start = {
      nb: 'Start presentasjonen',
      nn: 'Start presentasjonen',
      en: 'Start the presentation',
    }[locale];
    await tabTo(page, control(start), 'the presentation link');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const seen = new Set<string>();
    for (let press = 0; press < 40; press++) {
      const title = await dialog.getByRole('heading', { level: 1 }).textContent();
      await slideFits(page, `${locale} ${size.width}: ${title}`);
      // The map's labels read from the back of the room: at least 24 px on the screen.
      const labelPx = await page.evaluate(() =>
        Array.from(document.querySelectorAll('[role="dialog"] svg[role="img"] text'), (text) => {
          const ctm = (text as SVGTextElement).getScreenCTM()!;
          return parseFloat(getComputedStyle(text).fontSize) * Math.hypot(ctm.a, ctm.b);
        }),
      );
      if (labelPx.length > 0) {
        expect(Math.min(...labelPx), `${locale} ${size.width}: map labels`).toBeGreaterThanOrEqual(
          24,
        );
      }
      // axe on every slide in bokmål (the slides' DOM is the same in every language); in nynorsk
      // and English on the first, where the language's own texts and lang attribute show.
      if (!seen.has(title!) && (locale === 'nb' || seen.size === 0)) {
        await expectNoAxeViolations(page, `${locale} slide ${title}`);
      }
      seen.add(title!);
      const before = await page.evaluate(
        () => (document.querySelector('[role="dialog"]') as HTMLElement).innerText,
      );
      await page.keyboard.press('PageDown');
      const after = await page.evaluate(
        () => (document.querySelector('[role="dialog"]') as HTMLElement).innerText,
      );
      if (before === after) break;
    }
    expect(seen.size, `${locale}: slides reached`).toBeGreaterThanOrEqual(7);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect((await focused(page)).text).toBe(start);
  }
});

test('without a relay the workshop says so and the participant gets e-mail and copy', async ({
  page,
}) => {
  await page.route('**/relay/**', (route) => route.fulfill({ status: 502, body: '' }));
  await page.addInitScript((saved) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('modellkart:assessment', saved);
  }, savedAnswers('hybrid'));
  await page.goto('./#/workshop');
  await page.getByLabel('Navn på workshopen').fill('Uten tjener');
  await page.getByRole('button', { name: 'Opprett workshop' }).click();
  await expect(page.getByText(/^Live er ikke tilgjengelig her/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start live' })).toHaveCount(0);
  // Today's way still works: the join link without live.
  const field = page.getByLabel('Lenke for å bli med');
  await expect(field).toHaveValue(/#\/workshop\/bli-med\//);
  const link = await field.inputValue();
  await page.goto(link);
  await page.getByRole('radio', { name: 'Kommunalsjef eller annen leder', exact: true }).check();
  await page.getByRole('radio', { name: /Behold svarene/ }).check();
  await page.getByRole('button', { name: 'Start kartleggingen' }).click();
  await page.goto('./#/resultat');
  await page.getByRole('link', { name: 'Send til workshopleder' }).click();
  await expect(page.getByText(/^Denne workshopen er ikke live/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Send på e-post' })).toHaveAttribute(
    'href',
    /^mailto:\?subject=.*Uten%20tjener.*&body=.*%23%2Fdelt%2F/,
  );
  await expectNoAxeViolations(page, 'serverless send page');
});

test('the live join and send pages pass axe in nynorsk and English', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const link = await startLive(page);
  const person = PEOPLE[0]!;
  const p = await participantPage(browser, baseURL!, person);
  await joinAndOpenSend(p.page, link, person);
  for (const locale of ['nn', 'en'] as const) {
    await p.page.getByRole('combobox', { name: /Språk|Language/ }).selectOption(locale);
    await expect(p.page.locator('html')).toHaveAttribute('lang', locale);
    await expectNoAxeViolations(p.page, `send page ${locale}`);
    await p.page.goto(link);
    await expect(p.page.getByRole('radio').first()).toBeVisible();
    await expectNoAxeViolations(p.page, `live join page ${locale}`);
    await p.page.goto('./#/workshop/send');
    await expect(p.page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await p.context.close();
});
