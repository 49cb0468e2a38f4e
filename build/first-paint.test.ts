import { describe, expect, it } from 'vitest';
import { chunkFiles, withShareFirstPaint, type BuiltFile } from './first-paint';

const chunk = (fileName: string, name: string, imports: string[], css: string[] = []) => ({
  type: 'chunk' as const,
  fileName,
  name,
  isEntry: false,
  moduleIds: [`/work/app/src/${name}.ts`, `/work/app/node_modules/lib/${name}.js`],
  imports,
  viteMetadata: { importedCss: new Set(css) },
});

const bundle: Record<string, BuiltFile> = {
  a: chunk('assets/share-first-paint-1.js', 'share-first-paint', [
    'assets/core-2.js',
    'assets/paint-3.js',
  ]),
  b: chunk('assets/core-2.js', 'core', ['assets/helper-4.js']),
  c: chunk('assets/paint-3.js', 'first-paint', ['assets/core-2.js'], ['assets/paint-3.css']),
  d: chunk('assets/helper-4.js', 'helper', []),
  e: chunk('assets/texts-nb-5.js', 'core-messages-nb', ['assets/core-2.js']),
  f: chunk('assets/app-6.js', 'app', ['assets/core-2.js'], ['assets/app-6.css']),
  // A dynamic import's facade: it re-exports texts-en from the chunk that holds it.
  h: { ...chunk('assets/texts-en-8.js', 'texts-en', ['assets/app-6.js']) },
  i: {
    ...chunk('assets/texts-en-9.js', 'texts-en-proxy', ['assets/texts-en-8.js']),
    facadeModuleId: '/work/app/src/texts-en.ts',
    moduleIds: [],
  },
  g: { type: 'asset', fileName: 'assets/index-7.css' },
};

describe('a shared result’s first paint', () => {
  it('names the first module’s chunk first, then the others’, every chunk they import once, then their stylesheets', () => {
    expect(chunkFiles(bundle, ['src/share-first-paint.ts', 'src/core-messages-nb.ts'])).toEqual([
      'assets/share-first-paint-1.js',
      'assets/texts-nb-5.js',
      'assets/core-2.js',
      'assets/paint-3.js',
      'assets/helper-4.js',
      'assets/paint-3.css',
    ]);
  });

  it('takes the chunk a dynamic import asks for, not the one it re-exports from', () => {
    expect(chunkFiles(bundle, ['src/texts-en.ts']).slice(0, 2)).toEqual([
      'assets/texts-en-9.js',
      'assets/texts-en-8.js',
    ]);
  });

  it('refuses a module no chunk holds', () => {
    expect(() =>
      chunkFiles(bundle, ['src/share-first-paint.ts', 'src/core-messages-xx.ts']),
    ).toThrow(/xx/);
  });

  it('writes one meta tag per language before </head>, under the app’s base', () => {
    const html = withShareFirstPaint(
      '<html><head><title>x</title></head><body></body></html>',
      { nb: ['assets/a.js', 'assets/b.css'], en: ['assets/a.js'] },
      '/sub/',
    );
    expect(html).toContain(
      '<meta name="modellkart-share-first-paint" data-locale="nb" content="/sub/assets/a.js /sub/assets/b.css" />',
    );
    expect(html).toContain(
      '<meta name="modellkart-share-first-paint" data-locale="en" content="/sub/assets/a.js" />\n  </head>',
    );
  });

  it('refuses file names that would break the tag', () => {
    expect(() => withShareFirstPaint('<head></head>', { nb: ['assets/a".js'] }, './')).toThrow(
      /unexpected/,
    );
  });
});
