import { execFileSync } from 'node:child_process';

/** The URL of a module of the project's sources, for a script to import. */
export const sourceUrl = (path: string) => new URL(`../${path}`, import.meta.url).href;

/**
 * Runs `prepare`, then `measured` (ES module code; the project's TypeScript sources may be
 * imported by sourceUrl) in a Node of its own with --expose-gc, and returns the MB the heap
 * holds after `measured` beyond what it held before it (both after a collection), and what
 * the script put in `globalThis.result`: whether what the script keeps keeps more alive than
 * it should.
 */
export function heapKept<T = unknown>(prepare: string, measured: string): { mb: number; result: T } {
  const body = `
    import { register } from 'node:module';
    register(${JSON.stringify(sourceUrl('src/pipeline/source-worker/hooks.mjs'))});
    ${prepare}
    globalThis.gc(); const before = process.memoryUsage().heapUsed;
    ${measured}
    // RegExp's legacy RegExp.input holds the last subject matched, whatever the script kept.
    /x/.exec('x');
    globalThis.gc();
    console.log(JSON.stringify({ mb: (process.memoryUsage().heapUsed - before) / 2 ** 20, result: globalThis.result ?? null }));`;
  return JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--no-warnings', '--input-type=module', '-e', body], { encoding: 'utf8' }));
}
