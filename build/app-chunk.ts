import type { Plugin } from 'vite';

// The modules the app (src/main.tsx) imports statically, minus what the entry (src/boot.ts)
// already has and React DOM's client (evaluated in a task of its own, see src/boot.ts). Left to
// the bundler they form some thirty small shared chunks, each with its own imports and exports
// and its own gzip stream; as one chunk they are about 2 kB smaller on the start page.
const REACT_DOM_CLIENT =
  /[\\/]node_modules[\\/](react-dom[\\/](client|cjs[\\/]react-dom-client)|scheduler)[\\/.]/;

type Graph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };

/** Every module reachable from `from` by static imports, `from` included. */
export function staticGraph(graph: Graph, from: string): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

type Entries = {
  /** The app (src/main.tsx), which the entry imports once it starts it. */
  main: string;
  /** index.html's entry (src/boot.ts). */
  boot: string;
  /** A shared result's first paint (src/share-first-paint.ts), an entry of its own. */
  firstPaint: string;
};

/**
 * The modules of three chunks:
 * - app: what main imports statically, minus what boot already has, React DOM's client (evaluated
 *   in a task of its own, see src/boot.ts) and what the first paint needs;
 * - core: what both the app and the first paint need (texts, paths, formats, the loader);
 * - firstPaint: what only the first paint needs up front (decoding, the catalogue, scoring, the
 *   result's texts); the app's shared page imports it later. Kept out of the app's chunk, the
 *   first paint loads none of the app, and the start page none of the first paint.
 */
export function chunkModules(graph: Graph, entries: Entries) {
  const bootGraph = staticGraph(graph, entries.boot);
  const firstPaintGraph = staticGraph(graph, entries.firstPaint);
  const mainGraph = [...staticGraph(graph, entries.main)].filter(
    (id) => id !== entries.main && !bootGraph.has(id) && !REACT_DOM_CLIENT.test(id),
  );
  const mainSet = new Set(mainGraph);
  return {
    app: new Set(mainGraph.filter((id) => !firstPaintGraph.has(id))),
    core: new Set(mainGraph.filter((id) => firstPaintGraph.has(id))),
    firstPaint: new Set(
      [...firstPaintGraph].filter(
        (id) => id !== entries.firstPaint && !mainSet.has(id) && !bootGraph.has(id),
      ),
    ),
  };
}

/**
 * Puts the app's start-up modules into one chunk ('app') and a shared result's first paint into
 * two ('core', 'first-paint'); see chunkModules. Add `appChunk.plugin` to the plugins and
 * `appChunk.groups` to build.rolldownOptions.output.codeSplitting.groups.
 */
export function appChunk(entries: Entries) {
  let modules: ReturnType<typeof chunkModules> = {
    app: new Set(),
    core: new Set(),
    firstPaint: new Set(),
  };
  const plugin: Plugin = {
    name: 'modellkart:app-chunk',
    apply: 'build',
    buildEnd() {
      const id = (file: string) =>
        [...this.getModuleIds()].find((m) => m.replace(/\\/g, '/').endsWith(file)) ?? file;
      modules = chunkModules(this, {
        main: id(entries.main),
        boot: id(entries.boot),
        firstPaint: id(entries.firstPaint),
      });
    },
  };
  // Not the modules' own imports: those in the entry's graph stay there.
  const group = (name: string, set: () => Set<string>) => ({
    name,
    test: (id: string) => set().has(id),
    includeDependenciesRecursively: false,
  });
  const groups = [
    group('app', () => modules.app),
    group('core', () => modules.core),
    group('first-paint', () => modules.firstPaint),
  ];
  return { plugin, groups };
}
