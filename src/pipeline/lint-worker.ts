import { parentPort } from 'node:worker_threads';
import { builtinRules } from '../../rules/index.js';
import { loadPluginRules, ruleRegistry } from '../config/plugins.js';
import type { LintOptions } from '../engine/linter.js';
import type { Rule } from '../engine/rule.js';
import type { LintResult } from '../types.js';
import type { Limits } from './budgets.js';
import { type LintOutput, lintLoadedFile } from './lint-file.js';
import { type Summarized, loadBytes, readReportFile, summarized } from './load-report.js';
import type { PreviousLookup, ReportIdentity } from './previous-year.js';

/**
 * One file per task, in a worker thread of src/pipeline/lint-pool.ts: read, parse, build the
 * model, post its summary (other files' lookups may wait on it), ask the main thread for last
 * year's summary, run the rules, post the result. Only the summary and the result cross
 * threads, never the tree or the model. While a task waits for its lookup, the worker may
 * take another.
 */

/** Lint options as they cross threads: rules travel as the plugin files to import. */
export type WireOptions = Omit<LintOptions, 'rules' | 'pluginFiles'> & { pluginFiles: [string, string][] };

export type ToWorker =
  | { type: 'run'; id: number; filePath: string; bytes?: Uint8Array; limits: Limits; lint?: { options: WireOptions; output: LintOutput } }
  | { type: 'previous'; id: number; lookup: PreviousLookup };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'summary'; id: number; summary: Summarized }
  | { type: 'previous'; id: number; identity: ReportIdentity }
  | { type: 'done'; id: number; result?: LintResult };

const post = (message: FromWorker) => parentPort!.postMessage(message);

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

const waiting = new Map<number, (lookup: PreviousLookup) => void>();

async function run(task: Extract<ToWorker, { type: 'run' }>): Promise<LintResult | undefined> {
  const { id, filePath, limits } = task;
  const read = task.bytes ?? (await readReportFile(filePath, limits));
  const loaded = read instanceof Uint8Array ? await loadBytes(read, filePath, limits) : read;
  post({ type: 'summary', id, summary: summarized(loaded) });
  if (!task.lint) return undefined;
  const { options: wire, output } = task.lint;
  const options: LintOptions = { ...wire, rules: await rulesOf(wire.pluginFiles), pluginFiles: new Map(wire.pluginFiles) };
  const previous = {
    find: (report: ReportIdentity) =>
      new Promise<PreviousLookup>((resolve) => {
        waiting.set(id, resolve);
        post({ type: 'previous', id, identity: { agency: report.agency, ...(report.year ? { year: { value: report.year.value } } : {}) } });
      }),
  };
  return lintLoadedFile(loaded, filePath, options, { previous, ...output });
}

parentPort?.on('message', (message: ToWorker) => {
  if (message.type === 'previous') {
    waiting.get(message.id)?.(message.lookup);
    waiting.delete(message.id);
    return;
  }
  void run(message).then((result) => post({ type: 'done', id: message.id, ...(result ? { result } : {}) }));
});
post({ type: 'ready' });
