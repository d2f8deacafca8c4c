import { parentPort } from 'node:worker_threads';
import { builtinRules } from '../../rules/index.js';
import { loadPluginRules, ruleRegistry } from '../config/plugins.js';
import type { LintOptions } from '../engine/linter.js';
import type { Rule } from '../engine/rule.js';
import type { LintResult } from '../types.js';
import type { Limits } from './budgets.js';
import { fixLinted } from './fix-file.js';
import { type LintOutput, lintLoadedFile } from './lint-file.js';
import { ReportLoader, type Summarized, loadBytes, readReportFile, summarized } from './load-report.js';
import type { PreviousLookup, PreviousSource, ReportIdentity } from './previous-year.js';
import { TaskClock } from './task-clock.js';

/**
 * One file per task, in a worker thread of src/pipeline/lint-pool.ts: read (or take the bytes
 * given: standard input), parse, build the model, post its summary (other files' lookups may
 * wait on it), ask the main thread for last year's summary, run the rules (and, with --fix,
 * apply the fixes and lint again), post the result. Only the summary and the result cross
 * threads, never the tree or the model.
 *
 * The worker keeps its own queue, so that it never waits for the main thread between two
 * files, and runs one task at a time: a task that waits for its lookup gives the worker to
 * the next, and resumes only between tasks. It writes which task runs, and until when, on the
 * clock it shares with the main thread (src/pipeline/task-clock.ts), so that a timeout or an
 * out-of-memory death is always blamed on the file that caused it; a task's time does not
 * run while it waits for its lookup.
 */

/** Lint options as they cross threads: rules travel as the plugin files to import. */
export type WireOptions = Omit<LintOptions, 'rules' | 'pluginFiles'> & { pluginFiles: [string, string][] };

export interface RunTask {
  type: 'run';
  id: number;
  filePath: string;
  bytes?: Uint8Array;
  limits: Limits;
  /** Absent for a file parsed only for its summary (a sibling a lookup needs). */
  lint?: { options: number; output: LintOutput; fix: boolean };
}

export type ToWorker =
  /** The shared clock, sent first. */
  | { type: 'clock'; buffer: SharedArrayBuffer }
  /** Options sent once per worker, then named by their number. */
  | { type: 'options'; key: number; options: WireOptions }
  | RunTask
  | { type: 'previous'; id: number; lookup: PreviousLookup };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'summary'; id: number; summary: Summarized }
  | { type: 'previous'; id: number; identity: ReportIdentity }
  | { type: 'done'; id: number; result?: LintResult };

/**
 * Messages go out in batches: what the worker says until it next awaits (a task's summary and
 * its lookup; a result) is one postMessage, where each used to wake the main thread on its own.
 */
let outbox: FromWorker[] = [];
function post(message: FromWorker): void {
  outbox.push(message);
  if (outbox.length === 1) queueMicrotask(flush);
}
function flush(): void {
  if (outbox.length) parentPort!.postMessage(outbox);
  outbox = [];
}

const registries = new Map<string, Promise<Map<string, Rule<never>>>>();

/** The rules the main thread has: the built-in ones, then the plugins' in the same order. */
function rulesOf(pluginFiles: [string, string][]): Promise<Map<string, Rule<never>>> {
  const files = [...new Set(pluginFiles.map(([, file]) => file))];
  const key = JSON.stringify(files);
  let rules = registries.get(key);
  if (!rules) {
    rules = loadPluginRules(files).then((plugins) => ruleRegistry(builtinRules, plugins));
    registries.set(key, rules);
  }
  return rules;
}

const options = new Map<number, Promise<LintOptions>>();

/** Tasks not started yet, and tasks whose lookup was answered, to resume. */
const fresh: RunTask[] = [];
const resumable: (() => void)[] = [];
const waiting = new Map<number, (lookup: PreviousLookup) => void>();
let busy = false;
let clock: TaskClock | undefined;
/** Milliseconds of its deadline each task not done has left, and since when the running one runs. */
const left = new Map<number, number>();
let since = 0;

function running(id: number): void {
  since = Date.now();
  clock?.run(id, since + left.get(id)!);
}

function paused(id: number): void {
  clock?.stop();
  left.set(id, left.get(id)! - (Date.now() - since));
}

/** Between tasks: a task whose answer came goes first (it holds a model), then a new one. */
function next(): void {
  if (busy) return;
  const resume = resumable.shift();
  const task = resume ? undefined : fresh.shift();
  if (!resume && !task) return;
  busy = true;
  if (resume) return resume();
  left.set(task!.id, task!.limits.maxSeconds * 1000);
  running(task!.id);
  void run(task!).then((result) => {
    clock?.stop();
    left.delete(task!.id);
    post({ type: 'done', id: task!.id, ...(result ? { result } : {}) });
    busy = false;
    next();
  });
}

/** Last year's report, from the main thread: the worker takes other tasks until the answer comes. */
function askMain(id: number): PreviousSource {
  return {
    find: (report) =>
      new Promise<PreviousLookup>((resolve) => {
        waiting.set(id, resolve);
        paused(id);
        post({ type: 'previous', id, identity: { agency: report.agency, ...(report.year ? { year: { value: report.year.value } } : {}) } });
        busy = false;
        next();
      }),
  };
}

async function run(task: RunTask): Promise<LintResult | undefined> {
  const { id, filePath, limits } = task;
  // Awaited first, so that nothing is awaited between the summary and the lookup: one message.
  const lintOptions = task.lint && (await options.get(task.lint.options)!);
  const read = task.bytes ?? readReportFile(filePath, limits);
  const loaded = read instanceof Uint8Array ? await loadBytes(read, filePath, limits) : read;
  post({ type: 'summary', id, summary: summarized(loaded) });
  if (!task.lint || !lintOptions) return undefined;
  const { output, fix } = task.lint;
  const previous = askMain(id);
  const first = await lintLoadedFile(loaded, filePath, lintOptions, { previous, ...output });
  // The fixed text is linted again here too: its lookups ask the main thread like the first.
  return fix && read instanceof Uint8Array ? fixLinted(first, read, filePath, lintOptions, { loader: new ReportLoader({ limits }), previous, ...output }) : first;
}

parentPort?.on('message', (message: ToWorker) => {
  if (message.type === 'clock') {
    clock = new TaskClock(message.buffer);
  } else if (message.type === 'options') {
    const { pluginFiles, ...rest } = message.options;
    options.set(message.key, rulesOf(pluginFiles).then((rules) => ({ ...rest, rules, pluginFiles: new Map(pluginFiles) })));
  } else if (message.type === 'previous') {
    const resolve = waiting.get(message.id);
    waiting.delete(message.id);
    if (resolve) {
      resumable.push(() => {
        running(message.id);
        resolve(message.lookup);
      });
    }
  } else {
    fresh.push(message);
  }
  next();
});
post({ type: 'ready' });
flush();
