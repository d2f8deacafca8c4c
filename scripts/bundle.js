// Bundles what bin/xxgk-lint.js runs into dist/bundle/ (part of `npm run build`, after tsc).
// A cold run of one report used to load about 170 separate modules, 70 of them micromark's in the
// parse worker, and resolving and compiling them one by one was a third of its CPU time
// (docs/benchmarks.md, cold start). The tests run from the TypeScript sources; the library
// (package.json "main") and the Action stay unbundled in dist/src/.
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${root}dist/bundle`;

/**
 * The binary's entries, and the worker scripts src/pipeline/worker-thread.ts starts beside the
 * code that starts them: every chunk is written to the one folder, so `./lint-worker.js`
 * relative to a chunk is the bundled worker.
 */
const ENTRIES = {
  main: 'dist/src/cli/main.js',
  'process-io': 'dist/src/cli/process-io.js',
  'internal-error': 'dist/src/cli/internal-error.js',
  'lint-worker': 'dist/src/pipeline/lint-worker.js',
};

/**
 * Left to node_modules: pdf.js reads its worker, CMaps and fonts by path from its own package;
 * the others are CommonJS and off the cold path (Word files, --lsp, writing -o, --fix, --cache).
 * What the sources load with createRequire (ajv, iconv-lite, tinyglobby…) is not bundled either.
 */
const EXTERNAL = /^(pdfjs-dist|mammoth|vscode-languageserver|vscode-languageserver-textdocument|write-file-atomic)(\/|$)/;

await rm(OUT, { recursive: true, force: true });
await build({
  cwd: root,
  input: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, `${root}${file}`])),
  platform: 'node',
  external: EXTERNAL,
  logLevel: 'warn',
  output: { dir: OUT, format: 'esm' },
});
