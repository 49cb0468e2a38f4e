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

/** What goes into the app's chunk: main's static graph without boot's and React DOM's client. */
export function appChunkModules(graph: Graph, main: string, boot: string): Set<string> {
  const bootGraph = staticGraph(graph, boot);
  return new Set(
    [...staticGraph(graph, main)].filter(
      (id) => id !== main && !bootGraph.has(id) && !REACT_DOM_CLIENT.test(id),
    ),
  );
}

/**
 * Puts the app's start-up modules into one chunk ('app'). Add `appChunk.plugin` to the plugins
 * and `appChunk.group` to build.rolldownOptions.output.codeSplitting.groups.
 */
export function appChunk(entries: { main: string; boot: string }) {
  let modules = new Set<string>();
  const plugin: Plugin = {
    name: 'modellkart:app-chunk',
    apply: 'build',
    buildEnd() {
      const id = (file: string) =>
        [...this.getModuleIds()].find((m) => m.replace(/\\/g, '/').endsWith(file)) ?? file;
      modules = appChunkModules(this, id(entries.main), id(entries.boot));
    },
  };
  // Not the modules' own imports: those in the entry's graph stay there.
  const group = {
    name: 'app',
    test: (id: string) => modules.has(id),
    includeDependenciesRecursively: false,
  };
  return { plugin, group };
}
