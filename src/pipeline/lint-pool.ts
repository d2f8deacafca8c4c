import type { Worker } from 'node:worker_threads';
import type { LintOptions } from '../engine/linter.js';
import type { LintResult } from '../types.js';
import type { Limits } from './budgets.js';
import { type LintOutput, lintLoadedFile } from './lint-file.js';
import type { Failure } from '../model/loaded.js';
import type { Summarized } from './load-report.js';
import type { FromWorker, ToWorker } from './lint-worker.js';
import type { PreviousLookup, PreviousSource } from './previous-year.js';
import { WORKER_EXITED, overTime, startWorker, workerDied } from './worker-thread.js';

/**
 * Whole files linted in worker threads (src/pipeline/lint-worker.ts), with the guarantees of
 * src/pipeline/isolate.ts: each worker's heap capped at limits.maxMemoryMb, each file given
 * limits.maxSeconds, a worker that runs out of either ended and its file given a fatal
 * message, the run going on; idle workers do not keep the process alive.
 *
 * A task that asks for last year's report waits for the main thread's answer without
 * holding its worker: the worker takes other tasks meanwhile (the report it waits for may
 * be one of them — chains of years never deadlock). A worker runs one task at a time,
 * though: the answer is handed over only when the worker is between tasks, so that a
 * timeout or an out-of-memory death is always the one running task's; tasks only waiting
 * on the dead worker are started again elsewhere. A task's deadline does not run while it
 * waits.
 *
 * Why not piscina or tinypool: both run several tasks of a worker at once or none, so they
 * can neither blame a worker's death on one file nor stop a deadline while a task waits.
 */

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

interface Task {
  id: number;
  filePath: string;
  bytes?: Uint8Array;
  lint?: { options: LintOptions; output: LintOutput };
  summary: Deferred<Summarized>;
  result: Deferred<LintResult | undefined>;
  /** Milliseconds of its deadline left, and since when it runs. */
  left: number;
  since: number;
}

interface Slot {
  worker: Worker;
  /** Whether it has loaded its modules: a deadline starts then, not while the worker starts. */
  ready: boolean;
  tasks: Map<number, Task>;
  /** The task the worker runs (the others wait for their lookup). */
  running?: Task;
  timer?: NodeJS.Timeout;
  /** Lookups answered, to hand over when the worker is between tasks. */
  answered: { task: Task; lookup: PreviousLookup }[];
}

/** A started task: its summary comes first (other files' lookups may wait on it), then its result. */
export interface Started {
  summary: Promise<Summarized>;
  result: Promise<LintResult | undefined>;
}

export class LintPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private readonly queued = new Map<Promise<Summarized>, Task>();

  constructor(
    private readonly limits: Limits,
    private readonly size: number,
    private readonly previous?: PreviousSource,
  ) {}

  /** Lints a file in a worker. */
  lint(filePath: string, options: LintOptions, output: LintOutput): Started {
    return this.add({ filePath, lint: { options, output } });
  }

  /** Parses a file in a worker for its summary only (a sibling a lookup needs that the run does not lint). */
  summarize(filePath: string, bytes?: Uint8Array): Promise<Summarized> {
    return this.add({ filePath, ...(bytes ? { bytes } : {}) }, true).summary;
  }

  /** A lookup waits on this task's summary: it goes before the tasks nothing waits on. */
  hurry(summary: Promise<Summarized>): void {
    const task = this.queued.get(summary);
    const at = task ? this.queue.indexOf(task) : -1;
    if (at > 0) this.queue.unshift(...this.queue.splice(at, 1));
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private add(what: Pick<Task, 'filePath' | 'bytes' | 'lint'>, urgent = false): Started {
    const task: Task = { ...what, id: this.nextId++, summary: deferred(), result: deferred(), left: this.limits.maxSeconds * 1000, since: 0 };
    this.queued.set(task.summary.promise, task);
    if (urgent) this.queue.unshift(task);
    else this.queue.push(task);
    this.pump();
    return { summary: task.summary.promise, result: task.result.promise };
  }

  private pump(): void {
    // Answers first: a task resumed frees its model, a new one adds one.
    for (const slot of this.slots) {
      const next = slot.running ? undefined : slot.answered.shift();
      if (next) {
        this.runOn(slot, next.task);
        this.post(slot, { type: 'previous', id: next.task.id, lookup: next.lookup });
      }
    }
    while (this.queue.length) {
      const slot = this.slots.find((s) => !s.tasks.size) ?? (this.slots.length < this.size ? this.spawn() : this.slots.find((s) => !s.running));
      if (!slot) return;
      const task = this.queue.shift()!;
      this.queued.delete(task.summary.promise);
      slot.tasks.set(task.id, task);
      slot.worker.ref();
      this.runOn(slot, task);
      const { id, filePath, bytes, lint } = task;
      const { pluginFiles, rules: _rules, ...options } = lint?.options ?? ({} as Partial<LintOptions>);
      this.post(slot, {
        type: 'run',
        id,
        filePath,
        ...(bytes ? { bytes } : {}),
        limits: this.limits,
        ...(lint ? { lint: { options: { ...(options as Omit<LintOptions, 'rules' | 'pluginFiles'>), pluginFiles: [...(pluginFiles ?? [])] }, output: lint.output } } : {}),
      });
    }
  }

  private post(slot: Slot, message: ToWorker): void {
    slot.worker.postMessage(message);
  }

  private runOn(slot: Slot, task: Task): void {
    slot.running = task;
    if (slot.ready) this.startClock(slot, task);
  }

  private startClock(slot: Slot, task: Task): void {
    task.since = Date.now();
    slot.timer = setTimeout(() => this.fail(slot, overTime(this.limits)), Math.max(0, task.left));
  }

  /** The running task stops running: it waits, or it is done. */
  private pause(slot: Slot): void {
    clearTimeout(slot.timer);
    if (slot.running && slot.ready) slot.running.left -= Date.now() - slot.running.since;
    slot.running = undefined;
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker('lint-worker', this.limits.maxMemoryMb), ready: false, tasks: new Map(), answered: [] };
    slot.worker.on('message', (message: FromWorker) => this.received(slot, message));
    slot.worker.on('error', (error) => this.fail(slot, workerDied(error, this.limits)));
    slot.worker.on('exit', () => this.fail(slot, WORKER_EXITED));
    this.slots.push(slot);
    return slot;
  }

  private received(slot: Slot, message: FromWorker): void {
    if (message.type === 'ready') {
      slot.ready = true;
      if (slot.running) this.startClock(slot, slot.running);
      return;
    }
    const task = slot.tasks.get(message.id);
    if (!task) return;
    if (message.type === 'summary') {
      task.summary.resolve(message.summary);
    } else if (message.type === 'previous') {
      this.pause(slot);
      const asked = this.previous ? this.previous.find(message.identity, task.filePath).catch(() => undefined) : Promise.resolve(undefined);
      void asked.then((lookup) => {
        // The worker may have died meanwhile, and the task started again elsewhere.
        if (slot.tasks.get(task.id) !== task) return;
        slot.answered.push({ task, lookup });
        this.pump();
      });
      this.pump();
    } else {
      this.pause(slot);
      slot.tasks.delete(task.id);
      if (!slot.tasks.size) slot.worker.unref();
      task.result.resolve(message.result);
      this.pump();
    }
  }

  /** The worker is ended: its running task gets the fatal message, the tasks waiting on it start again. */
  private fail(slot: Slot, failure: Failure): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    const running = slot.running;
    this.pause(slot);
    void slot.worker.terminate();
    if (running) {
      slot.tasks.delete(running.id);
      void this.failed(running, failure);
    }
    for (const task of slot.tasks.values()) {
      task.left = this.limits.maxSeconds * 1000;
      this.queued.set(task.summary.promise, task);
      this.queue.unshift(task);
    }
    this.pump();
  }

  private async failed(task: Task, failure: Failure): Promise<void> {
    task.summary.resolve(failure);
    task.result.resolve(task.lint ? await lintLoadedFile(failure, task.filePath, task.lint.options, task.lint.output) : undefined);
  }
}
