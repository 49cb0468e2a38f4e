import { describe, expect, it } from 'vitest';
import { catalogueData } from './catalogue-data';
import {
  DIMENSION_IDS,
  DONT_KNOW,
  contextQuestions,
  scoredQuestions,
  validateCatalogue,
} from './catalogue-schema';

/* eslint-disable @typescript-eslint/no-explicit-any -- tests break the data on purpose */
type Mutable = any;

/** A copy of the shipped catalogue with one thing broken, and the reason it is rejected. */
function reasonFor(breakIt: (catalogue: Mutable) => void): string {
  const copy: Mutable = structuredClone(catalogueData);
  breakIt(copy);
  const result = validateCatalogue(copy);
  if (result.ok) throw new Error('expected the catalogue to be rejected');
  return result.reason;
}

/** Index of the first scored question in the raw data (context questions come first). */
const firstScored = catalogueData.questions.findIndex((q) => q.kind === 'scored');
const firstContextChoice = catalogueData.questions.findIndex(
  (q) => q.kind === 'context' && q.input === 'choice',
);

describe('the shipped catalogue', () => {
  const result = validateCatalogue(catalogueData);

  it('validates', () => {
    expect(result).toMatchObject({ ok: true });
  });

  it('has 20–35 scored questions that cover every dimension', () => {
    if (!result.ok) throw new Error(result.reason);
    const scored = scoredQuestions(result.catalogue);
    expect(scored.length).toBeGreaterThanOrEqual(20);
    expect(scored.length).toBeLessThanOrEqual(35);
    for (const id of DIMENSION_IDS) {
      expect(scored.filter((q) => q.dimension === id).length, id).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps context questions apart from the scored ones', () => {
    if (!result.ok) throw new Error(result.reason);
    expect(contextQuestions(result.catalogue).map((q) => q.id)).toEqual([
      'kommune',
      'rolle',
      'befolkning',
      'andre-tjenester',
      'workshop',
    ]);
  });
});

describe('validateCatalogue rejects a broken catalogue with a clear reason', () => {
  it('duplicate question id', () => {
    const reason = reasonFor((c) => {
      c.questions[firstScored + 1].id = c.questions[firstScored].id;
    });
    expect(reason).toMatch(/duplicate question id "innbyggertorg-finnes"/);
  });

  it('duplicate option id', () => {
    const reason = reasonFor((c) => {
      c.questions[firstScored].options[1].id = c.questions[firstScored].options[0].id;
    });
    expect(reason).toMatch(
      /duplicate option id "egen-tjeneste" in question "innbyggertorg-finnes"/,
    );
  });

  it('two context questions with the same purpose', () => {
    const reason = reasonFor((c) => {
      c.questions[2].purpose = c.questions[0].purpose;
    });
    expect(reason).toMatch(/two context questions have the purpose "municipality"/);
  });

  it('a context question without a purpose', () => {
    const reason = reasonFor((c) => {
      delete c.questions[0].purpose;
    });
    expect(reason).toMatch(/questions\.0\.purpose: is missing/);
  });

  it('a role group on an option of another context question', () => {
    const reason = reasonFor((c) => {
      c.questions[firstContextChoice + 1].options[0].group = 'bibliotek';
    });
    expect(reason).toMatch(/only the respondent-role question's options have a group/);
  });

  it('duplicate dimension id', () => {
    const reason = reasonFor((c) => {
      c.dimensions.push(structuredClone(c.dimensions[0]));
    });
    expect(reason).toMatch(/duplicate dimension id/);
  });

  it('missing profile key', () => {
    const reason = reasonFor((c) => {
      delete c.questions[firstScored].options[0].profile.hybrid;
    });
    expect(reason).toMatch(/profile\.hybrid: is missing/);
  });

  it('unknown reference in a profile', () => {
    const reason = reasonFor((c) => {
      c.questions[firstScored].options[0].profile.dansk = 1;
    });
    expect(reason).toMatch(/profile: unknown key\(s\) dansk/);
  });

  it('profile that points nowhere', () => {
    const reason = reasonFor((c) => {
      const profile = c.questions[firstScored].options[0].profile;
      for (const key of Object.keys(profile)) profile[key] = 0;
    });
    expect(reason).toMatch(/profile: a profile must point to at least one reference/);
  });

  it('profile value above 1', () => {
    const reason = reasonFor((c) => {
      c.questions[firstScored].options[0].profile.totalt = 3;
    });
    expect(reason).toMatch(/profile\.totalt: must be at most 1 \(got 3\)/);
  });

  it('dimension id that does not exist at all', () => {
    const reason = reasonFor((c) => {
      c.questions[firstScored].dimension = 'kaffe';
    });
    expect(reason).toMatch(/dimension: unknown value "kaffe"; expected one of skranke/);
  });

  it('question in a dimension the catalogue does not list', () => {
    const reason = reasonFor((c) => {
      c.dimensions = c.dimensions.filter((d: Mutable) => d.id !== 'samarbeid');
    });
    expect(reason).toMatch(/refers to unknown dimension "samarbeid"/);
  });

  it('dimension without questions', () => {
    const reason = reasonFor((c) => {
      c.questions = c.questions.filter((q: Mutable) => q.dimension !== 'budsjett');
    });
    expect(reason).toMatch(/dimension "budsjett" has no questions/);
  });

  it('empty nynorsk text', () => {
    const reason = reasonFor((c) => {
      c.questions[firstScored].text.nn = '   ';
    });
    expect(reason).toMatch(/text\.nn: must not be empty/);
  });

  it('missing English help', () => {
    const reason = reasonFor((c) => {
      delete c.questions[firstScored].help.en;
    });
    expect(reason).toMatch(/help\.en: is missing/);
  });

  it(`option id "${DONT_KNOW}"`, () => {
    const reason = reasonFor((c) => {
      c.questions[firstScored].options[0].id = DONT_KNOW;
    });
    expect(reason).toMatch(/options\.0\.id: "vet-ikke" is reserved/);
  });

  it('negative weight', () => {
    const reason = reasonFor((c) => {
      c.questions[firstScored].weight = -1;
    });
    expect(reason).toMatch(/weight: must be greater than 0 \(got -1\)/);
  });

  it('a question with a single option', () => {
    const reason = reasonFor((c) => {
      c.questions[firstScored].options.length = 1;
    });
    expect(reason).toMatch(/options: needs at least 2 item\(s\)/);
  });

  it('a choice context question with a single option', () => {
    const reason = reasonFor((c) => {
      c.questions[firstContextChoice].options.length = 1;
    });
    expect(reason).toMatch(/context question "rolle" needs at least two options/);
  });

  it('an id that is not kebab-case', () => {
    const reason = reasonFor((c) => {
      c.questions[firstScored].id = 'Felles skranke';
    });
    expect(reason).toMatch(/id: must be a kebab-case id/);
  });

  it('unknown question kind', () => {
    const reason = reasonFor((c) => {
      c.questions[firstScored].kind = 'fritekst';
    });
    expect(reason).toMatch(/kind: unknown kind "fritekst"/);
  });

  it('a version that is not semantic', () => {
    const reason = reasonFor((c) => {
      c.version = '1.0';
    });
    expect(reason).toMatch(/version: must be a semantic version/);
  });

  it('something that is not a catalogue', () => {
    const result = validateCatalogue(null);
    expect(result.ok).toBe(false);
  });
});
