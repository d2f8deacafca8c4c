import { Worker } from 'node:worker_threads';
import type { Limits } from './budgets.js';
import type { Failure } from '../model/loaded.js';

/** Run from TypeScript source (under vitest), a worker needs a loader for .ts files. */
const FROM_SOURCE = import.meta.url.endsWith('.ts');

/**
 * A worker's young generation, half V8's default of 32 MB: a report's garbage is short-lived, and
 * the default's second half was RSS without speed (1,000 reports: 0.92× the CPU, 15 MB less;
 * 10,000 reports with two workers: 267 MB peak instead of 293 MB; docs/benchmarks.md).
 */
const YOUNG_GENERATION_MB = 16;

/**
 * Starts one of this folder's worker scripts (`lint-worker`) with its heap
 * capped at `memoryMb`: a file that would exhaust it ends that worker, not the process.
 */
export function startWorker(name: string, memoryMb: number): Worker {
  const worker = new Worker(FROM_SOURCE ? new URL('./source-worker/bootstrap.mjs', import.meta.url) : new URL(`./${name}.js`, import.meta.url), {
    ...(FROM_SOURCE ? { workerData: { entry: new URL(`./${name}.ts`, import.meta.url).href } } : {}),
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    stdout: false,
    stderr: false,
  });
  // A worker that dies while idle is dropped by its owner; its error has no file to be reported on.
  worker.on('error', () => {});
  return worker;
}

/** The fatal message of a file whose worker ran past limits.maxSeconds. */
export function overTime(limits: Limits): Failure {
  return { ok: false, reason: 'overLimit', data: { limit: 'maxSeconds', found: limits.maxSeconds, max: limits.maxSeconds } };
}

/** The fatal message of a file whose worker died of an error (its memory cap, most often). */
export function workerDied(error: Error & { code?: string }, limits: Limits): Failure {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') return { ok: false, reason: 'overLimit', data: { limit: 'maxMemoryMb', found: limits.maxMemoryMb, max: limits.maxMemoryMb } };
  return { ok: false, reason: 'parseError', data: { detail: error.message } };
}

/** The fatal message of a file whose worker stopped without a word. */
export const WORKER_EXITED: Failure = { ok: false, reason: 'parseError', data: { detail: { zh: '解析它的线程意外退出', en: 'the thread parsing it stopped' } } };
