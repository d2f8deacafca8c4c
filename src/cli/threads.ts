import { availableParallelism } from 'node:os';
import { configError } from '../config/errors.js';

/**
 * Below this many files a run uses one worker: each worker loads the parsers, the model and
 * the rules, a few hundred ms of CPU that a short run would not win back (docs/benchmarks.md).
 */
const POOL_FROM_FILES = 8;

/**
 * Worker threads that lint whole files (ESLint's --concurrency: a number, auto or off). Every
 * file is linted in a worker, so that none can take the run down; `off`, like a run of a few
 * files, uses one.
 */
export function lintThreads(value: string, files: number): number {
  if (value !== 'auto' && value !== 'off' && !/^\s*[1-9]\d*\s*$/.test(value)) throw configError('badConcurrency', { value });
  if (value === 'off') return 1;
  if (value !== 'auto') return Number(value);
  return files >= POOL_FROM_FILES ? Math.min(availableParallelism(), files) : 1;
}
