import type { Page } from '@playwright/test';
import { CATALOGUE } from '../../src/domain/catalogue';
import { scoredQuestions } from '../../src/domain/catalogue-schema';
import { expect, expectNoAxeViolations, test } from './fixtures';

// Texts come from the catalogue by id, so rewording a question does not break the test.
const question = (id: string) => scoredQuestions(CATALOGUE).find((q) => q.id === id)!;
const questionText = (id: string) => question(id).text.nb;
const optionText = (id: string, optionId: string) =>
  question(id).options.find((o) => o.id === optionId)!.label.nb;

// A Drammen-like hybrid: shared leadership and budget, separate places, one «Vet ikke».
const TODAY = {
  'skranke-organisering': 'egne-hvert-sted',
  'innbyggertorg-finnes': 'egen-tjeneste',
  henvisning: 'viser-til-annet-sted',
  'budsjett-felles': 'felles-to-avdelinger',
  'budsjett-fellestiltak': 'felles-satsing',
  'midler-flyttes': 'leder-avgjor',
  okonomirapportering: 'samlet-med-egne-tall',
  leder: 'en-leder-to-avdelinger',
  kommunalomrade: 'samme-sektor-to-avdelinger',
  'felles-mal': 'egne-mal',
  'ansvar-for-samarbeidet': 'leder-og-team',
  lokaler: 'hvert-sitt-sted',
  flerbrukshus: 'ikke-samme-bygg',
  'serviceoppgaver-sted': 'innbyggertorget-annet-sted',
  ansattgruppe: 'to-grupper-samme-leder',
  'generalist-spesialist': 'egne-oppgaver-noe-felles',
  vaktplan: 'samordnet-av-leder',
  avtaler: 'under-arbeid',
  kompetansedeling: 'team-pa-tvers',
  'digital-veiledning': 'felles-team',
  'digitale-henvendelser': 'vet-ikke',
  'utskrift-skanning': 'samme-losning-begge-steder',
  'digital-utvikling': 'faste-team',
  'prosjekter-team': 'faste-team',
  arrangementer: 'planlagt-pa-tvers',
  utstyr: 'planlagt-pa-tvers',
  moteplasser: 'samlinger',
  'gjensidig-avhengighet': 'nei',
  'hvor-samarbeidet-skjer': 'internt',
};

// Six sections with charts and axe runs over all of them: slow on a busy machine.
test.describe.configure({ timeout: 240_000 });

/** Today's answers, saved as a previous visit would have left them. */
async function openResultsWithAnswers(page: Page) {
  await page.goto('./');
  await page.evaluate(
    ([answers, catalogueVersion]) => {
      localStorage.setItem(
        'modellkart:assessment',
        JSON.stringify({
          version: 3,
          state: {
            catalogueVersion,
            assessment: { answers, comments: {}, context: { kommune: 'Testvik' } },
            desired: null,
            editing: 'today',
            snapshots: [],
            step: 7,
            createdAt: '2025-01-01T10:00:00.000Z',
            updatedAt: '2025-01-01T10:00:00.000Z',
          },
        }),
      );
    },
    [TODAY, CATALOGUE.version] as const,
  );
  // Only a hash change otherwise: reload so the app reads the saved answers.
  await page.goto('./#/resultat');
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Hvorfor her?' })).toBeVisible({
    timeout: 30_000,
  });
}

/** A section of the results page, found by its heading. */
const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/**
 * The rows of a section's model-map table whose «Type» is `kind`: what the map draws, read the way a
 * screen reader user reads it (the table opens behind «Vis som tabell»).
 */
async function mapRows(page: Page, sectionName: string, kind: string) {
  const map = section(page, sectionName)
    .getByRole('figure')
    .filter({
      has: page.getByRole('table', {
        name: 'Punktene på modellkartet (0–100)',
        includeHidden: true,
      }),
    });
  const table = map.getByRole('table', { name: 'Punktene på modellkartet (0–100)' });
  if (!(await table.isVisible())) await map.getByText('Vis som tabell').click();
  return table
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: kind, exact: true }) });
}

/** «Punktet står på (x, y).» in the what-if panel: where the saved answers place the point. */
async function currentPointText(page: Page) {
  const text = await section(page, 'Hva om …?')
    .getByText(/^Punktet står på/)
    .textContent();
  return text!;
}

test('why here links to a question; changing it moves the point', async ({ page }) => {
  await openResultsWithAnswers(page);
  const why = section(page, 'Hvorfor her?');
  await expect(
    why.getByRole('heading', { level: 3, name: /^Hybrid samarbeid – \d+/ }),
  ).toBeVisible();
  await expect(why.getByText(/\d+ prosentpoeng/).first()).toBeVisible();

  // The tension Drammen warned about and the region left open by «Vet ikke».
  await expect(
    page.getByRole('heading', { name: 'Felles ledelse, men lite som bindes sammen' }),
  ).toBeVisible();
  const certainty = section(page, 'Hvor sikker er plasseringen?');
  await expect(await mapRows(page, 'Hvor sikker er plasseringen?', 'Usikkerhet')).toHaveCount(1);
  await expect(certainty.getByText(/Punktet kan havne mellom/)).toBeVisible();
  await expectNoAxeViolations(page, 'results with insight sections');

  const before = await currentPointText(page);
  await why
    .getByRole('link', { name: `Endre svaret på «${questionText('leder')}»` })
    .first()
    .click();
  await expect(page).toHaveURL(/#\/kartlegging\/4$/);
  // The wizard opens at that question and offers «Tilbake til resultatet».
  await expect(
    page
      .getByRole('radiogroup', { name: questionText('leder') })
      .getByRole('radio', { checked: true }),
  ).toBeFocused();
  await page.getByRole('radio', { name: optionText('leder', 'hver-sin'), exact: true }).check();

  await page.getByRole('link', { name: 'Tilbake til resultatet' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Hvorfor her?' })).toBeVisible();
  await expect.poll(() => currentPointText(page)).not.toBe(before);
});

test('a what-if becomes the desired state: both points, the arrow and the gaps', async ({
  page,
}) => {
  await openResultsWithAnswers(page);
  const whatIf = section(page, 'Hva om …?');
  await whatIf.getByLabel(questionText('lokaler'), { exact: true }).selectOption('samme-lokale');
  await whatIf
    .getByLabel(questionText('skranke-organisering'), { exact: true })
    .selectOption('en-felles');
  await expect(whatIf.getByText('2 svar endret')).toBeVisible();
  await expect(whatIf.getByText(/^Punktet flytter seg fra/)).toBeVisible();
  await expect(await mapRows(page, 'Hva om …?', 'Før endringen')).toHaveCount(1);
  await expect(await mapRows(page, 'Hva om …?', 'Pil')).toHaveText([
    /^Fra før til etter endringen/,
  ]);
  await expectNoAxeViolations(page, 'what-if with changes');

  await whatIf.getByRole('button', { name: 'Lagre som ønsket situasjon' }).click();
  await expect(whatIf.getByRole('status')).toHaveText(/Lagret som ønsket situasjon/);

  const goal = section(page, 'I dag og ønsket situasjon');
  await expect(goal.getByRole('heading', { name: 'Fra i dag til ønsket situasjon' })).toBeVisible();
  await expect(goal.getByText(/^Pilen går fra i dag/)).toBeVisible();
  await expect(
    await mapRows(page, 'I dag og ønsket situasjon', 'Organisasjonen deres'),
  ).toHaveCount(1);
  await expect(await mapRows(page, 'I dag og ønsket situasjon', 'Ønsket situasjon')).toHaveCount(1);
  await expect(await mapRows(page, 'I dag og ønsket situasjon', 'Pil')).toHaveText([
    /^Fra i dag til ønsket situasjon/,
  ]);
  await expect(goal.getByRole('heading', { name: 'Blandingen i dag' })).toBeVisible();
  await expect(goal.getByRole('heading', { name: 'Ønsket blanding' })).toBeVisible();
  const gaps = goal.getByRole('heading', { level: 4 });
  await expect(gaps.first()).toBeVisible();
  await expect(goal.getByText(/Lag én felles skranke/).first()).toBeVisible();
  await expect(goal.getByText(/mente 1 av 4 at det å slå sammen/).first()).toBeVisible();
  await expectNoAxeViolations(page, 'today and desired');
  // The today → desired chart downloads like every other chart.
  await goal
    .getByRole('button', { name: /^Last ned/ })
    .first()
    .click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^SVG/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
  await page.keyboard.press('Escape');

  // The goal is saved: it is still there after a reload, and today's answers are unchanged.
  await page.reload();
  await expect(await mapRows(page, 'I dag og ønsket situasjon', 'Pil')).toHaveText([
    /^Fra i dag til ønsket situasjon/,
  ]);
  await expect(
    section(page, 'Hva om …?').getByLabel(questionText('lokaler'), {
      exact: true,
    }),
  ).toHaveValue('hvert-sitt-sted');
});

test('two snapshots draw a trajectory and survive a reload', async ({ page }) => {
  await openResultsWithAnswers(page);
  const snapshots = section(page, 'Øyeblikksbilder');
  await snapshots.getByLabel('Navn på øyeblikksbildet').fill('Før');
  await snapshots.getByRole('button', { name: 'Lagre øyeblikksbilde' }).click();
  await expect(snapshots.getByRole('status')).toHaveText('Øyeblikksbildet «Før» er lagret.');

  // Move the answers: a what-if saved as the goal, then the goal is what is being edited.
  const whatIf = section(page, 'Hva om …?');
  await whatIf.getByLabel(questionText('ansattgruppe'), { exact: true }).selectOption('en-gruppe');
  await whatIf.getByLabel(questionText('lokaler'), { exact: true }).selectOption('samme-lokale');
  await whatIf.getByRole('button', { name: 'Lagre som ønsket situasjon' }).click();
  await section(page, 'I dag og ønsket situasjon')
    .getByRole('button', { name: 'Vis og rediger ønsket situasjon' })
    .click();
  await expect(page.getByText(/Resultatet øverst på siden viser ønsket situasjon/)).toBeVisible();

  await snapshots.getByLabel('Navn på øyeblikksbildet').fill('Etter');
  await snapshots.getByRole('button', { name: 'Lagre øyeblikksbilde' }).click();

  const table = snapshots.getByRole('table', { name: /Lagrede øyeblikksbilder/ });
  await expect(table.getByRole('rowheader')).toHaveText(['1. Før', '2. Etter']);
  await expect(
    snapshots.getByText(
      'Pilene viser hvordan plasseringen har flyttet seg gjennom 2 øyeblikksbilder, fra «Før» til «Etter».',
    ),
  ).toBeVisible();
  await expect(await mapRows(page, 'Øyeblikksbilder', 'Øyeblikksbilde')).toHaveCount(2);
  await expect(await mapRows(page, 'Øyeblikksbilder', 'Pil')).toHaveText([
    /^Fra ett øyeblikksbilde til det neste/,
  ]);
  await expectNoAxeViolations(page, 'snapshots');

  await page.reload();
  await expect(table.getByRole('rowheader')).toHaveText(['1. Før', '2. Etter']);
  await expect(await mapRows(page, 'Øyeblikksbilder', 'Pil')).toHaveCount(1);
});
