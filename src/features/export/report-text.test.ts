import { describe, expect, it } from 'vitest';
import type { Answers, Assessment, ContextAnswers } from '../../domain/assessment-schema';
import { en } from '../../i18n/en';
import { formatNumber } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages';
import { nb } from '../../i18n/nb';
import { nn } from '../../i18n/nn';
import { translate, type MessageVars } from '../../i18n/translate';
import { makeExportContext } from './export-context';
import { reportText } from './report-text';

const MESSAGES = { nb, nn, en };

function textFor(locale: keyof typeof MESSAGES, answers: Answers, context: ContextAnswers = {}) {
  const t = (key: MessageKey, vars?: MessageVars) => translate(MESSAGES[locale], key, vars);
  const assessment: Assessment = { answers, comments: {}, context };
  return reportText(makeExportContext(t, locale, assessment))!;
}

/** The closed innbyggertorg whose tasks the library took over: PAC-man as the project means it. */
const TOOK_OVER: Answers = {
  'innbyggertorg-finnes': 'lagt-ned',
  'skranke-organisering': 'bare-bibliotekets',
  leder: 'biblioteksjefen',
  ansattgruppe: 'bare-bibliotekansatte',
};

describe('the summary’s and the report’s text', () => {
  it.each(['nb', 'nn', 'en'] as const)(
    'carries the PAC-man warning only when it is true of the answers (%s)',
    (locale) => {
      expect(textFor(locale, TOOK_OVER).warning).toContain('PAC-man');
      expect(
        textFor(locale, { ...TOOK_OVER, 'innbyggertorg-finnes': 'egen-tjeneste' }).warning,
      ).toBeNull();
    },
  );

  it('with no innbyggertorg left, says why the project’s steps do not apply', () => {
    const text = textFor('nb', TOOK_OVER);
    expect(text.stepsLead).toBe(nb.insight.nextSteps.introOneService);
    expect(text.steps).toHaveLength(1);
  });

  it('never calls a municipality’s baseline result a goal the project leads to', () => {
    const text = textFor('nb', {
      'innbyggertorg-finnes': 'egen-tjeneste',
      'skranke-organisering': 'egne-hvert-sted',
      leder: 'hver-sin',
      'prosjekter-team': 'sjelden',
    });
    expect(text.headline).toContain('Ingen samorganisering');
    expect(text.stepsLead).toBe(nb.insight.nextSteps.introBaseline);
  });
});

describe('percentage points', () => {
  it('keep their decimal below ten, so «1.0 percentage points» agrees in number', () => {
    const text = textFor('en', {
      'innbyggertorg-finnes': 'samlet-med-biblioteket',
      'skranke-organisering': 'en-felles',
    });
    const items = text.whyHere.flatMap((m) => m.items);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const [, whole, decimal] = /\((\d+)(\.\d)? percentage points\)$/.exec(item)!;
      // Whole numbers only from ten up; below, one decimal, never a bare «1».
      expect(decimal !== undefined || Number(whole) >= 10, item).toBe(true);
    }
    expect(items.some((item) => /\(\d\.\d percentage points\)$/.test(item))).toBe(true);
    expect(formatNumber('en', 1, 1, true)).toBe('1.0');
  });
});
