import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAssessmentProblems, type Assessment } from '../assessment-schema';
import { CATALOGUE } from '../catalogue';
import { DONT_KNOW, contextQuestions, scoredQuestions } from '../catalogue-schema';
import { CATALOGUE_V1_IDS } from './v1-ids';
import { V1_TO_V2_CONTEXT, V1_TO_V2_SCORED, catalogueV1ToV2 } from './v1-to-v2';

const v2Scored = new Map(scoredQuestions(CATALOGUE).map((q) => [q.id, q]));
const v2Context = new Map(contextQuestions(CATALOGUE).map((q) => [q.id, q]));
const v1Scored = CATALOGUE_V1_IDS.scored as Record<string, readonly string[]>;
const v1Context = CATALOGUE_V1_IDS.context as Record<string, readonly string[]>;

const migrate = (a: Partial<Assessment>) =>
  catalogueV1ToV2.migrate({ answers: {}, comments: {}, context: {}, ...a });

describe('the 1.0.0 → 2.0.0 step', () => {
  it('goes from 1.0.0 to the shipped catalogue', () => {
    expect(catalogueV1ToV2.from).toBe(CATALOGUE_V1_IDS.version);
    expect(catalogueV1ToV2.to).toBe(CATALOGUE.version);
  });

  it('maps every 1.0.0 scored option explicitly, and nothing else', () => {
    expect(Object.keys(V1_TO_V2_SCORED).sort()).toEqual(Object.keys(v1Scored).sort());
    for (const [question, options] of Object.entries(v1Scored)) {
      expect(Object.keys(V1_TO_V2_SCORED[question]!).sort(), question).toEqual([...options].sort());
    }
  });

  it('maps every 1.0.0 role, and keeps the other context options that 2.0.0 still has', () => {
    expect(Object.keys(V1_TO_V2_CONTEXT.rolle!).sort()).toEqual([...v1Context.rolle!].sort());
    for (const [question, options] of Object.entries(v1Context)) {
      const v2 = v2Context.get(question);
      expect(v2, question).toBeDefined();
      if (V1_TO_V2_CONTEXT[question]) continue;
      for (const option of options) {
        expect(
          v2!.options.map((o) => o.id),
          `${question}.${option}`,
        ).toContain(option);
      }
    }
  });

  it('points only at 2.0.0 options that exist, and flags those that say the library took over', () => {
    for (const [question, byOption] of Object.entries(V1_TO_V2_SCORED)) {
      for (const [option, mapping] of Object.entries(byOption)) {
        for (const [q, o] of mapping.to) {
          const target = v2Scored.get(q)?.options.find((x) => x.id === o);
          expect(target, `${question}.${option} → ${q}.${o}`).toBeDefined();
          const tookOver = target!.facts?.includes('itorg-closed-library-took-over') ?? false;
          expect(mapping.tookOver ?? false, `${question}.${option}`).toBe(tookOver);
        }
      }
    }
    for (const [question, byOption] of Object.entries(V1_TO_V2_CONTEXT)) {
      for (const target of Object.values(byOption)) {
        if (target === null) continue;
        expect(v2Context.get(question)!.options.map((o) => o.id)).toContain(target);
      }
    }
  });

  it('turns any 1.0.0 answers into answers 2.0.0 accepts, losing no comment', () => {
    const answer = fc.record(
      Object.fromEntries(
        Object.entries(v1Scored).map(([q, options]) => [
          q,
          fc.option(fc.constantFrom(...options, DONT_KNOW), { nil: undefined }),
        ]),
      ),
    );
    const comments = fc.dictionary(fc.constantFrom(...Object.keys(v1Scored)), fc.string(), {
      maxKeys: 4,
    });
    const role = fc.option(fc.constantFrom(...v1Context.rolle!), { nil: undefined });
    fc.assert(
      fc.property(answer, comments, role, (raw, notes, rolle) => {
        const answers = Object.fromEntries(
          Object.entries(raw).filter((e): e is [string, string] => e[1] !== undefined),
        );
        const context: Record<string, string> = { kommune: 'Eksempel' };
        if (rolle) context.rolle = rolle;
        const { assessment, changed } = migrate({ answers, comments: notes, context });
        expect(findAssessmentProblems(assessment, CATALOGUE)).toEqual([]);
        const kept = Object.values(assessment.comments).join('\n\n');
        for (const note of Object.values(notes)) expect(kept).toContain(note);
        expect(assessment.context.kommune).toBe('Eksempel');
        for (const id of changed) {
          expect(v2Scored.has(id) || id === 'apningstider' || id === 'rolle', id).toBe(true);
        }
      }),
    );
  });

  it('keeps an answer that means the same, and says nothing changed', () => {
    const result = migrate({
      answers: { leder: 'en-leder-to-avdelinger', lokaler: 'hvert-sitt-sted' },
      context: { rolle: 'politiker', befolkning: 'spredt', 'andre-tjenester': ['kino'] },
    });
    expect(result.assessment.answers).toEqual({
      leder: 'en-leder-to-avdelinger',
      lokaler: 'hvert-sitt-sted',
    });
    expect(result.assessment.context).toEqual({
      rolle: 'politiker',
      befolkning: 'spredt',
      'andre-tjenester': ['kino'],
    });
    expect(result.changed).toEqual([]);
  });

  it('drops opening hours and the lumped role «Leder», and says so', () => {
    const result = migrate({
      answers: { apningstider: 'felles' },
      comments: { apningstider: 'Vi har ulike åpningstider om sommeren.' },
      context: { rolle: 'leder' },
    });
    expect(result.assessment.answers).toEqual({});
    expect(result.assessment.context).toEqual({});
    expect(result.assessment.comments).toEqual({
      vaktplan: 'Vi har ulike åpningstider om sommeren.',
    });
    expect(result.changed).toEqual(['apningstider', 'rolle']);
  });

  it('splits a double question into both of its halves', () => {
    const result = migrate({
      answers: { 'arrangementer-utstyr': 'planlagt-pa-tvers', 'arbeidstid-avtaler': DONT_KNOW },
    });
    expect(result.assessment.answers).toEqual({
      arrangementer: 'planlagt-pa-tvers',
      utstyr: 'planlagt-pa-tvers',
      avtaler: DONT_KNOW,
      vaktplan: DONT_KNOW,
    });
    expect(result.changed).toEqual([]);
  });

  it('lists a narrowed question and an answer that now says less', () => {
    const result = migrate({
      answers: { 'ressurser-flyttes': 'fritt', 'digital-veiledning': 'bare-biblioteket' },
    });
    expect(result.assessment.answers).toEqual({
      'midler-flyttes': 'fritt',
      'digital-veiledning': 'hver-for-seg',
    });
    expect(result.changed).toEqual(['digital-veiledning', 'midler-flyttes']);
  });

  it('does not claim the library took over when the same answers say the innbyggertorg runs', () => {
    const runs = migrate({
      answers: {
        'innbyggertorg-finnes': 'egen-tjeneste',
        'skranke-organisering': 'bare-bibliotekets',
      },
    });
    expect(runs.assessment.answers).toEqual({ 'innbyggertorg-finnes': 'egen-tjeneste' });
    expect(runs.changed).toEqual(['skranke-organisering']);

    const closed = migrate({
      answers: { 'innbyggertorg-finnes': 'lagt-ned', 'skranke-organisering': 'bare-bibliotekets' },
    });
    expect(closed.assessment.answers).toEqual({
      'innbyggertorg-finnes': 'lagt-ned',
      'skranke-organisering': 'bare-bibliotekets',
    });
    expect(closed.changed).toEqual([]);
  });
});
