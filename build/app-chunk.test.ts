import { describe, expect, it } from 'vitest';
import { appChunkModules, staticGraph } from './app-chunk';

// main → app, shell; app → paths (also the entry's), react-dom client; boot → paths.
const imports: Record<string, string[]> = {
  '/src/main.tsx': ['/src/app.tsx', '/src/shell.ts', '/node_modules/react-dom/client.js'],
  '/src/app.tsx': ['/src/paths.ts', '/node_modules/react-dom/cjs/react-dom-client.production.js'],
  '/src/shell.ts': ['/src/app.tsx'],
  '/src/boot.ts': ['/src/paths.ts'],
  '/src/paths.ts': [],
};
const graph = {
  getModuleInfo: (id: string) => (id in imports ? { importedIds: imports[id]! } : null),
};

describe('the app chunk', () => {
  it('follows static imports, cycles included', () => {
    expect([...staticGraph(graph, '/src/shell.ts')].sort()).toEqual([
      '/node_modules/react-dom/cjs/react-dom-client.production.js',
      '/src/app.tsx',
      '/src/paths.ts',
      '/src/shell.ts',
    ]);
  });

  it('holds what main imports, not main itself, the entry’s modules or React DOM’s client', () => {
    expect([...appChunkModules(graph, '/src/main.tsx', '/src/boot.ts')].sort()).toEqual([
      '/src/app.tsx',
      '/src/shell.ts',
    ]);
  });
});
