import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { builtinRules } from '../../rules/index.js';
import { resolveSettings } from '../../src/config/config.js';
import type { LintOptions } from '../../src/engine/linter.js';
import { coreMessage } from '../../src/i18n.js';
import { lintBytes } from '../../src/pipeline/lint-file.js';
import { DEFAULT_LIMITS } from '../../src/pipeline/budgets.js';
import { ReportLoader } from '../../src/pipeline/load-report.js';
import { PooledRun } from '../../src/pipeline/pooled-run.js';
import type { LintMessage, LintResult, Locale } from '../../src/types.js';

/**
 * What the property suites share: the real reports they mutate, the linter as the CLI and
 * the library call it (lintBytes with a ReportLoader, every bundled rule at its default),
 * and how many runs to make with which seed.
 */

/** Runs per property: a few in CI, as many as XXGK_FUZZ_RUNS asks for in a long run. */
export const LONG_RUNS = Number(process.env.XXGK_FUZZ_RUNS ?? 0);
export const runs = (ci: number) => (LONG_RUNS > 0 ? LONG_RUNS : ci);
/** A fixed seed, so that CI fails on the same input every time; XXGK_FUZZ_SEED picks another. */
export const SEED = Number(process.env.XXGK_FUZZ_SEED ?? 20261123);
/** A long run may also be given a time budget per property (XXGK_FUZZ_SECONDS): it stops there, passing if nothing failed. */
const SECONDS = Number(process.env.XXGK_FUZZ_SECONDS ?? 0);
const fcParams = (ci: number) => ({
  seed: SEED,
  numRuns: runs(ci),
  ...(SECONDS > 0 ? { interruptAfterTimeLimit: SECONDS * 1000, markInterruptAsFailure: false } : {}),
});

/** fc.assert, and in a long run a line saying how many inputs the property was tried on. */
export async function assertProperty<Ts>(label: string, property: fc.IAsyncPropertyWithHooks<Ts>, ciRuns: number): Promise<void> {
  const details = await fc.check(property, fcParams(ciRuns));
  if (LONG_RUNS > 0) console.log(`${label}: ${details.numRuns} inputs, ${details.numSkips} skipped, seed ${SEED}${details.interrupted ? ', stopped at the time limit' : ''}`);
  if (details.failed) {
    const why = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${fc.defaultReportMessage(details)}\n${why}`, { cause: details.errorInstance });
  }
}
/**
 * In a long run, XXGK_FUZZ_SLOW_MS makes an input that takes longer to lint a failure, which
 * fast-check then shrinks like any other (a hang or a super-linear pattern). Never in CI: no
 * test here depends on the machine's speed.
 */
export const SLOW_MS = Number(process.env.XXGK_FUZZ_SLOW_MS ?? 0);
/** vitest's timeout of one property: the default in CI, a day in a long run. */
export const TIMEOUT = LONG_RUNS > 0 ? 86_400_000 : undefined;

export interface Sample {
  name: string;
  bytes: Uint8Array;
}

const FIXTURES = new URL('../fixtures/', import.meta.url);

function read(dir: string, pick: (f: string) => boolean): Sample[] {
  const url = new URL(`${dir}/`, FIXTURES);
  return readdirSync(url)
    .filter(pick)
    .sort()
    .map((f) => ({ name: `${dir}/${f}`, bytes: new Uint8Array(readFileSync(new URL(f, url))) }));
}

/** The five seeds (as scraped text, in GB18030 and as Markdown) and the real reports of shared/real. */
export const TEXT_SAMPLES: Sample[] = [
  ...read('seeds', (f) => f.endsWith('.txt')),
  ...read('markdown', (f) => f.endsWith('.md')),
  ...read('html', (f) => f.endsWith('.html')),
  ...read('real', (f) => /^pt-\d+\.(txt|html)$/u.test(f)),
];

const rules = new Map(builtinRules.map((r) => [r.meta.id, r]));
const settings = resolveSettings(rules, [{ origin: 'fuzz', rules: {}, plugins: [] }]);
const options = (locale: Locale): LintOptions => ({ rules, settings, locale });

export function lint(bytes: Uint8Array, name: string, loader = new ReportLoader(), locale: Locale = 'zh'): Promise<LintResult> {
  return lintBytes(bytes, name, options(locale), { loader });
}

let pooled: PooledRun | undefined;

/** The same lint as the CLI makes it: in a worker of its pool (src/pipeline/pooled-run.ts), the file read, modelled and linted there. */
export async function lintInWorker(bytes: Uint8Array, name: string): Promise<LintResult> {
  pooled ??= new PooledRun([], { limits: DEFAULT_LIMITS, threads: 1, output: {}, optionsFor: () => options('zh') });
  return (await pooled.lintBytes(bytes, name)).result;
}

/** Ends the worker lintInWorker started. */
export async function closeWorker(): Promise<void> {
  await pooled?.close();
  pooled = undefined;
}

/** Signs of a message built from something missing: a placeholder left unfilled, a value that was never there. */
const BROKEN = ['{{', 'undefined', 'NaN', '[object Object]', 'Infinity'];

/** A message's text that shows a bug, unless the report's own text has it (a message may quote the report). */
export function brokenText(m: LintMessage, text: string): string | undefined {
  return BROKEN.find((b) => m.message.includes(b) && !text.includes(b));
}

/** A thrown error dressed as a message: what a parser or a rule threw, passed on as its detail. */
const DISGUISED = [
  coreMessage('parseError', 'zh', { detail: '\u0000' }).split('\u0000')[0]!,
  coreMessage('ruleCrashed', 'zh', { rule: '\u0000', detail: '' }).split('\u0000')[0]!,
  coreMessage('nestedTooDeeply', 'zh'),
];

export function disguisedCrash(m: LintMessage): boolean {
  return m.fatal === true && DISGUISED.some((d) => m.message.startsWith(d));
}
