// Runs a TypeScript script on Node 20 without a compile step: Vite's module runner transforms it
// (and the src/ modules it imports), then we call its exported main(args) and exit with its code.
// Usage: node scripts/run-ts.mjs scripts/bench.ts [args...]
// The runner closes once the script has loaded: a script imports what it needs at its top level
// (static imports or top-level await), never with import() inside main.
import path from 'node:path';
import { runnerImport } from 'vite';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args...]');
  process.exit(2);
}
const { module } = await runnerImport(path.resolve(file), {
  configFile: false,
  logLevel: 'error',
});
if (typeof module.main !== 'function') {
  console.error(`${file} has no exported main(args) function`);
  process.exit(2);
}
process.exitCode = (await module.main(args)) ?? 0;
