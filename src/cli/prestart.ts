import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Limits, parseLimits } from '../pipeline/budgets.js';
import { IsolatedParser } from '../pipeline/isolate.js';
import { parseCommandLine } from './options.js';
import { lintThreads } from './threads.js';

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The limits of a run that will parse in this thread's parse worker: standard input, or files
 * named one by one, too few for a pool of lint workers. Anything else gets undefined: help,
 * version, --print-config, --lsp, a folder or a glob (it may hold thousands of files), and a
 * command line with a mistake, which the run itself reports.
 */
export function parseWorkerWanted(argv: string[], cwd: string): Limits | undefined {
  if (argv.includes('--lsp')) return undefined;
  try {
    const line = parseCommandLine(argv);
    if (line.kind !== 'run' || line.args['print-config'] !== undefined) return undefined;
    const { args } = line;
    const files = args.stdin ? 1 : args.patterns.every((p) => isFile(resolve(cwd, p))) ? args.patterns.length : 0;
    if (!files || lintThreads(args.concurrency, files, args.fix || args['fix-dry-run'])) return undefined;
    return parseLimits(args.limit);
  } catch {
    return undefined;
  }
}

/**
 * Starts the parse worker before the linter is loaded, for a run that will need it: the worker
 * loads its parsers on the other core while this thread loads the rules, the model and the
 * config, instead of after them (docs/benchmarks.md, cold start).
 */
export function prestartParseWorker(argv: string[], cwd: string): void {
  const limits = parseWorkerWanted(argv, cwd);
  if (limits) IsolatedParser.shared(limits).prestart();
}
