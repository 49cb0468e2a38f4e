import path from 'node:path';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOT = import.meta.dirname;

/**
 * Architecture boundaries, by layer under src/. A small local rule rather than a resolver-based
 * plugin: every import in src is a relative path or a package name, so resolving the path is all
 * it takes, and the messages can say which boundary was crossed.
 */
const BOUNDARIES = {
  domain: {
    packages: ['react', 'react-dom', 'zustand', 'wouter', 'recharts'],
    layers: ['render', 'store', 'features', 'ui', 'app', 'i18n'],
    why: 'src/domain is pure TypeScript: no React, no state, no UI, no i18n, no drawing',
  },
  render: {
    packages: ['react', 'react-dom', 'zustand', 'wouter', 'recharts'],
    layers: ['store', 'features', 'ui', 'app', 'i18n'],
    why: 'src/render draws from domain data in pure TypeScript: no React, no state, no UI, no i18n',
  },
  store: {
    packages: [],
    layers: ['features', 'ui', 'app'],
    why: 'src/store holds state only and knows nothing of pages or UI',
  },
  ui: {
    packages: [],
    layers: ['features', 'app'],
    why: 'src/ui is shared UI; features are passed to it by the app through props',
  },
};

/** 'src/features/wizard/x.tsx' → { layer: 'features', feature: 'wizard' }; null outside src. */
export function layerOf(absPath) {
  const rel = path.relative(ROOT, absPath).split(path.sep);
  if (rel[0] !== 'src' || rel.length < 3) return null;
  return { layer: rel[1], feature: rel[1] === 'features' ? rel[2] : undefined };
}

function packageMatches(specifier, pkg) {
  return specifier === pkg || specifier.startsWith(`${pkg}/`);
}

const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps imports inside the architecture boundaries (see README).' },
    schema: [],
  },
  create(context) {
    const from = layerOf(context.filename);
    if (!from) return {};
    const base = BOUNDARIES[from.layer];
    // Tests may read the message files to assert what a user sees; shipped code may not.
    const rules =
      base && /\.test\.tsx?$/.test(context.filename)
        ? { ...base, layers: base.layers.filter((l) => l !== 'i18n') }
        : base;

    function check(node, source) {
      if (!source || typeof source.value !== 'string') return;
      const specifier = source.value;
      const report = (message) => context.report({ node: source, message });
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) {
        const pkg = rules?.packages.find((p) => packageMatches(specifier, p));
        if (pkg) report(`'${specifier}' may not be imported here: ${rules.why}.`);
        return;
      }
      const target = specifier.startsWith('/')
        ? path.join(ROOT, specifier)
        : path.resolve(path.dirname(context.filename), specifier);
      const to = layerOf(target);
      if (!to) return;
      if (rules?.layers.includes(to.layer)) {
        report(`src/${from.layer} may not import src/${to.layer} ('${specifier}'): ${rules.why}.`);
      } else if (
        from.layer === 'features' &&
        to.layer === 'features' &&
        to.feature !== from.feature
      ) {
        report(
          `Feature '${from.feature}' may not import feature '${to.feature}' ('${specifier}'): ` +
            'features never import each other; share code through src/ui or let the app pass it in.',
        );
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportType: (node) => check(node, node.argument?.literal ?? node.argument),
    };
  },
};

const localPlugin = { rules: { layers: layersRule } };

const TEST_CALLEES = '/^(it|test|describe|suite|bench)$/';

export default defineConfig([
  globalIgnores([
    'dist/',
    'dev-dist/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'coverage/',
    'reports/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // Escaping code strips XML-forbidden control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message:
            'Do not use innerHTML/outerHTML: build DOM nodes or JSX so user text is escaped.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Do not use insertAdjacentHTML: build DOM nodes or JSX so user text is escaped.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Do not use dangerouslySetInnerHTML: render text as JSX so it is escaped.',
        },
        {
          selector: "Property[key.name='dangerouslySetInnerHTML']",
          message: 'Do not use dangerouslySetInnerHTML: render text as JSX so it is escaped.',
        },
        {
          selector: `MemberExpression[property.name=/^(only|skip)$/][object.name=${TEST_CALLEES}]`,
          message: 'No .only/.skip in committed tests: every test must run.',
        },
        {
          selector: `MemberExpression[property.name=/^(only|skip)$/][object.property.name=/^(describe|step)$/]`,
          message: 'No .only/.skip in committed tests: every test must run.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { local: localPlugin },
    rules: { 'local/layers': 'error' },
  },
  {
    // The classic hook rules. The plugin's React Compiler diagnostics stay off: the app does not
    // use the compiler, and they misread react-hook-form's handleSubmit as reading refs in render.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.tsx'],
    rules: {
      // A scrollable region (role="region" + label) must be focusable so keyboard users can scroll it.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
    },
  },
  {
    files: ['scripts/**', 'tests/**', '*.config.{js,ts}', 'src/test/**', 'build/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The relay shares the domain's wire format and nothing of the app's UI or state.
    files: ['relay/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'zustand'],
              message: 'relay/ is a server: no React or app state (see relay/README.md).',
            },
            {
              regex: '(^|/)src/(store|features|ui|app|i18n)(/|$)',
              message: 'relay/ imports only from src/domain (see relay/README.md).',
            },
          ],
        },
      ],
    },
  },
  prettier,
]);
