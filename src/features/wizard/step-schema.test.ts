import { describe, expect, it } from 'vitest';
import { MAX_COMMENT_LENGTH, MAX_CONTEXT_TEXT_LENGTH } from '../../domain/assessment-schema';
import { DONT_KNOW } from '../../domain/catalogue-schema';
import type { WizardStep } from '../../domain/steps';
import { stepDefaults, stepSchema, type StepValues } from './step-schema';

const text = (s: string) => ({ nb: s, nn: s, en: s });
const profile = { ingen: 1, 'en-dor-inn': 0, hybrid: 0, totalt: 0, 'pac-man': 0 };

const dimensionStep: WizardStep = {
  kind: 'dimension',
  dimension: 'skranke',
  questions: ['a', 'b'].map((id) => ({
    kind: 'scored' as const,
    id,
    dimension: 'skranke' as const,
    text: text(id),
    help: text('help'),
    weight: 1,
    options: [
      { id: 'ja', label: text('Ja'), profile },
      { id: 'nei', label: text('Nei'), profile },
    ],
  })),
};

const contextStep: WizardStep = {
  kind: 'context',
  questions: [
    {
      kind: 'context',
      id: 'kommune',
      purpose: 'municipality',
      input: 'text',
      text: text('K'),
      help: text('h'),
      options: [],
    },
    {
      kind: 'context',
      id: 'rolle',
      purpose: 'respondent-role',
      input: 'choice',
      text: text('R'),
      help: text('h'),
      options: [
        { id: 'leder', label: text('Leder') },
        { id: 'ansatt', label: text('Ansatt') },
      ],
    },
    {
      kind: 'context',
      id: 'tjenester',
      purpose: 'services',
      input: 'multi',
      text: text('T'),
      help: text('h'),
      options: [
        { id: 'kino', label: text('Kino') },
        { id: 'kafe', label: text('Kafé') },
      ],
    },
  ],
};

function errorsOf(step: WizardStep, values: StepValues) {
  const result = stepSchema(step).safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('stepSchema', () => {
  it('asks for an answer to every scored question', () => {
    const errors = errorsOf(dimensionStep, {
      answers: { a: null, b: 'ja' },
      comments: {},
      context: {},
    });
    expect(errors).toEqual({ 'answers.a': 'required' });
  });

  it('treats a missing or unknown answer as unanswered', () => {
    const errors = errorsOf(dimensionStep, {
      answers: { a: 'kanskje' },
      comments: {},
      context: {},
    });
    expect(errors).toEqual({ 'answers.a': 'required', 'answers.b': 'required' });
  });

  it('accepts «Vet ikke» as an answer', () => {
    expect(
      errorsOf(dimensionStep, {
        answers: { a: DONT_KNOW, b: 'nei' },
        comments: { a: '', b: 'Vi flytter i 2026.' },
        context: {},
      }),
    ).toEqual({});
  });

  it('limits comment length', () => {
    const errors = errorsOf(dimensionStep, {
      answers: { a: 'ja', b: 'ja' },
      comments: { b: 'x'.repeat(MAX_COMMENT_LENGTH + 1) },
      context: {},
    });
    expect(errors).toEqual({ 'comments.b': 'commentTooLong' });
  });

  it('leaves context questions optional', () => {
    expect(
      errorsOf(contextStep, {
        answers: {},
        comments: {},
        context: { kommune: '', rolle: null, tjenester: [] },
      }),
    ).toEqual({});
    expect(errorsOf(contextStep, { answers: {}, comments: {}, context: {} })).toEqual({});
  });

  it('rejects context answers that are too long or not among the options', () => {
    const errors = errorsOf(contextStep, {
      answers: {},
      comments: {},
      context: {
        kommune: 'x'.repeat(MAX_CONTEXT_TEXT_LENGTH + 1),
        rolle: 'ordfører',
        tjenester: ['kino', 'bowling'],
      },
    });
    expect(errors).toEqual({
      'context.kommune': 'textTooLong',
      'context.rolle': 'invalidChoice',
      'context.tjenester.1': 'invalidChoice',
    });
  });
});

describe('stepDefaults', () => {
  it('starts from the saved answers and leaves the rest empty', () => {
    expect(
      stepDefaults(dimensionStep, {
        answers: { a: 'nei' },
        comments: { a: 'Merknad' },
        context: {},
      }),
    ).toEqual({
      answers: { a: 'nei', b: null },
      comments: { a: 'Merknad', b: '' },
      context: {},
    });
    expect(
      stepDefaults(contextStep, {
        answers: {},
        comments: {},
        context: { kommune: 'Drammen', tjenester: ['kino'] },
      }),
    ).toEqual({
      answers: {},
      comments: {},
      context: { kommune: 'Drammen', rolle: null, tjenester: ['kino'] },
    });
  });
});
