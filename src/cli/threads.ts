import { availableParallelism } from 'node:os';
import { configError } from '../config/errors.js';

/**
 * Below this many files a run parses in one worker and lints in this thread: a pool's workers
 * would each load the rules and the model too (docs/benchmarks.md).
 */
const POOL_FROM_FILES = 8;

/**
 * Worker threads that lint whole files (ESLint's --concurrency: a number, auto or off); 0 for
 * none, where files are parsed in a worker and linted in this thread. --fix lints each file
 * again after fixing it, in this thread.
 */
export function lintThreads(value: string, files: number, fixing: boolean): number {
  if (value !== 'auto' && value !== 'off' && !/^\s*[1-9]\d*\s*$/.test(value)) throw configError('badConcurrency', { value });
  if (fixing || value === 'off') return 0;
  if (value !== 'auto') return Number(value);
  return files >= POOL_FROM_FILES ? Math.min(availableParallelism(), files) : 0;
}
