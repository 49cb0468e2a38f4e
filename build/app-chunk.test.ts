import { describe, expect, it } from 'vitest';
import { chunkModules, staticGraph } from './app-chunk';

// main → app, shell; app → paths (also the entry's), texts, react-dom client; boot → paths;
// first paint → texts, catalogue.
const imports: Record<string, string[]> = {
  '/src/main.tsx': ['/src/app.tsx', '/src/shell.ts', '/node_modules/react-dom/client.js'],
  '/src/app.tsx': [
    '/src/paths.ts',
    '/src/texts.ts',
    '/node_modules/react-dom/cjs/react-dom-client.production.js',
  ],
  '/src/shell.ts': ['/src/app.tsx'],
  '/src/boot.ts': ['/src/paths.ts'],
  '/src/paths.ts': [],
  '/src/texts.ts': [],
  '/src/first-paint.ts': ['/src/texts.ts', '/src/catalogue.ts', '/src/paths.ts'],
  '/src/catalogue.ts': [],
};
const graph = {
  getModuleInfo: (id: string) => (id in imports ? { importedIds: imports[id]! } : null),
};
const entries = { main: '/src/main.tsx', boot: '/src/boot.ts', firstPaint: '/src/first-paint.ts' };

describe('the app chunk', () => {
  it('follows static imports, cycles included', () => {
    expect([...staticGraph(graph, '/src/shell.ts')].sort()).toEqual([
      '/node_modules/react-dom/cjs/react-dom-client.production.js',
      '/src/app.tsx',
      '/src/paths.ts',
      '/src/shell.ts',
      '/src/texts.ts',
    ]);
  });

  it('holds what main imports, not main itself, the entry’s modules, React DOM’s client or what the first paint needs', () => {
    expect([...chunkModules(graph, entries).app].sort()).toEqual(['/src/app.tsx', '/src/shell.ts']);
  });

  it('puts what both the app and the first paint need in one chunk, and the rest of the first paint’s in another', () => {
    const { core, firstPaint } = chunkModules(graph, entries);
    expect([...core]).toEqual(['/src/texts.ts']);
    // Not the first paint's own module (its entry chunk) nor the entry's (paths).
    expect([...firstPaint]).toEqual(['/src/catalogue.ts']);
  });
});
