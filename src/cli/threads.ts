import { availableParallelism } from 'node:os';
import { configError } from '../config/errors.js';

/**
 * `auto` adds a worker for each this many files. A worker loads and optimises the parsers, the
 * model and the rules anew, about 1.5 s of CPU on V8's background threads that both cores of a
 * 2-core machine then share with the linting: on a quiet machine two workers are 1.26× slower
 * than one over 1,000 reports, even at 3,000 and 0.88× at 10,000 (docs/benchmarks.md).
 */
const FILES_PER_WORKER = 2500;

/**
 * Worker threads that lint whole files (ESLint's --concurrency: a number, auto or off). Every
 * file is linted in a worker, so that none can take the run down; `off`, like a run of fewer
 * files than FILES_PER_WORKER × 2, uses one.
 */
export function lintThreads(value: string, files: number, cores = availableParallelism()): number {
  if (value !== 'auto' && value !== 'off' && !/^\s*[1-9]\d*\s*$/.test(value)) throw configError('badConcurrency', { value });
  if (value === 'off') return 1;
  if (value !== 'auto') return Number(value);
  return Math.max(1, Math.min(cores, Math.floor(files / FILES_PER_WORKER)));
}
