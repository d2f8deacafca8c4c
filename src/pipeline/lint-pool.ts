import type { Worker } from 'node:worker_threads';
import type { LintOptions } from '../engine/linter.js';
import type { Failure } from '../model/loaded.js';
import type { LintResult } from '../types.js';
import type { Limits } from './budgets.js';
import { type LintOutput, lintLoadedFile } from './lint-file.js';
import type { Summarized } from './load-report.js';
import type { FromWorker, RunTask, ToWorker, WireOptions } from './lint-worker.js';
import type { PreviousLookup, PreviousSource } from './previous-year.js';
import { TaskClock } from './task-clock.js';
import { WORKER_EXITED, overTime, startWorker, workerDied } from './worker-thread.js';

/**
 * Whole files linted in worker threads (src/pipeline/lint-worker.ts): each worker's heap
 * capped at limits.maxMemoryMb, each file given limits.maxSeconds of running time, a worker
 * that runs out of either ended and its file given a fatal message, the run going on; idle
 * workers do not keep the process alive.
 *
 * Each worker is given a few tasks ahead (its own queue), so that it never idles for a
 * message's round trip between two files. It runs them one at a time and writes which one
 * runs, and until when, on a clock shared with this thread (src/pipeline/task-clock.ts), so a
 * timeout or an out-of-memory death is always the running task's; the tasks it only held are
 * started again elsewhere. A task that asks for last year's report waits for the main
 * thread's answer without holding its worker (the report it waits for may be one of the
 * worker's next tasks: chains of years never deadlock), and its deadline does not run while
 * it waits. A worker that dies before it is ready cannot run any file: every file of the run
 * gets its fatal message, where starting another would start one again and again.
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

/** What a lint task needs besides its file. */
export interface LintWanted {
  options: LintOptions;
  output: LintOutput;
  fix: boolean;
}

interface Task {
  id: number;
  filePath: string;
  bytes?: Uint8Array;
  lint?: LintWanted;
  summary: Deferred<Summarized>;
  result: Deferred<LintResult | undefined>;
}

interface Slot {
  worker: Worker;
  /** Tasks given to the worker and not done. */
  tasks: Map<number, Task>;
  /** Of those, how many it holds to run (not waiting for a lookup). */
  inHand: number;
  /** Which task the worker runs, and until when. */
  clock: TaskClock;
  /** Reads the clock while the worker holds tasks. */
  timer?: NodeJS.Timeout;
  /** Whether the worker has started (its script loaded). */
  ready: boolean;
  /** The option sets the worker has been sent. */
  options: Set<number>;
}

/** Tasks a worker holds at once: one running and the next ready, so that it never waits for the main thread. */
const AHEAD = 2;

/**
 * How often at most the clock is read while no deadline is near: a task the worker resumes
 * may have less time left than the one it ran when the timer was set.
 */
const CLOCK_READ_MS = 250;

/** A started task: its summary comes first (other files' lookups may wait on it), then its result. */
export interface Started {
  summary: Promise<Summarized>;
  result: Promise<LintResult | undefined>;
}

export class LintPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  /** Why no worker can start, once one died before it was ready. */
  private broken?: Failure;
  private readonly queued = new Map<Promise<Summarized>, Task>();
  /** Each distinct set of options, numbered: sent once to each worker, not with every file. */
  private readonly optionKeys = new Map<LintOptions, number>();

  constructor(
    private readonly limits: Limits,
    private readonly size: number,
    private readonly previous?: PreviousSource,
  ) {}

  /** Lints a file (its bytes, when they are given: standard input) in a worker. */
  lint(filePath: string, lint: LintWanted, bytes?: Uint8Array): Started {
    return this.add({ filePath, lint, ...(bytes ? { bytes } : {}) });
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
    const task: Task = { ...what, id: this.nextId++, summary: deferred(), result: deferred() };
    if (this.broken) {
      void this.failed(task, this.broken);
    } else {
      this.queued.set(task.summary.promise, task);
      if (urgent) this.queue.unshift(task);
      else this.queue.push(task);
      this.pump();
    }
    return { summary: task.summary.promise, result: task.result.promise };
  }

  /** Gives queued tasks to the workers that hold fewest, starting workers up to the pool's size. */
  private pump(): void {
    while (this.queue.length) {
      const idle = this.slots.find((s) => s.inHand === 0);
      const slot = idle ?? (this.slots.length < this.size ? this.spawn() : this.slots.find((s) => s.inHand < AHEAD));
      if (!slot) return;
      this.give(slot, this.queue.shift()!);
    }
  }

  private give(slot: Slot, task: Task): void {
    this.queued.delete(task.summary.promise);
    slot.tasks.set(task.id, task);
    slot.inHand++;
    slot.worker.ref();
    if (!slot.timer) this.readClockIn(slot, CLOCK_READ_MS);
    const message: RunTask = { type: 'run', id: task.id, filePath: task.filePath, ...(task.bytes ? { bytes: task.bytes } : {}), limits: this.limits };
    if (task.lint) message.lint = { options: this.sendOptions(slot, task.lint.options), output: task.lint.output, fix: task.lint.fix };
    this.post(slot, message);
  }

  private sendOptions(slot: Slot, options: LintOptions): number {
    let key = this.optionKeys.get(options);
    if (key === undefined) this.optionKeys.set(options, (key = this.optionKeys.size));
    if (!slot.options.has(key)) {
      const { pluginFiles, rules: _rules, ...rest } = options;
      const wire: WireOptions = { ...rest, pluginFiles: [...(pluginFiles ?? [])] };
      this.post(slot, { type: 'options', key, options: wire });
      slot.options.add(key);
    }
    return key;
  }

  private post(slot: Slot, message: ToWorker): void {
    slot.worker.postMessage(message);
  }

  /** Ends the worker whose running task is past its deadline; otherwise reads the clock again. */
  private readClockIn(slot: Slot, ms: number): void {
    slot.timer = setTimeout(() => {
      const running = slot.clock.running();
      const due = running ? running.deadline - Date.now() : CLOCK_READ_MS;
      if (due <= 0) this.fail(slot, overTime(this.limits));
      else this.readClockIn(slot, Math.min(due, CLOCK_READ_MS));
    }, ms).unref();
  }

  private stopClock(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = undefined;
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker('lint-worker', this.limits.maxMemoryMb), tasks: new Map(), inHand: 0, options: new Set(), clock: TaskClock.create(), ready: false };
    this.post(slot, { type: 'clock', buffer: slot.clock.buffer });
    slot.worker.on('message', (batch: FromWorker[]) => {
      for (const message of batch) this.received(slot, message);
    });
    slot.worker.on('error', (error) => this.fail(slot, workerDied(error, this.limits)));
    slot.worker.on('exit', () => this.fail(slot, WORKER_EXITED));
    this.slots.push(slot);
    return slot;
  }

  private received(slot: Slot, message: FromWorker): void {
    if (message.type === 'ready') {
      slot.ready = true;
      return;
    }
    const task = slot.tasks.get(message.id);
    if (!task) return;
    if (message.type === 'summary') {
      task.summary.resolve(message.summary);
    } else if (message.type === 'previous') {
      slot.inHand--;
      const asked = this.previous ? this.previous.find(message.identity, task.filePath).catch(() => undefined) : Promise.resolve(undefined);
      void asked.then((lookup: PreviousLookup) => {
        // The worker may have died meanwhile, and the task started again elsewhere.
        if (slot.tasks.get(task.id) !== task || !this.slots.includes(slot)) return;
        slot.inHand++;
        this.post(slot, { type: 'previous', id: task.id, lookup });
      });
      this.pump();
    } else {
      slot.tasks.delete(task.id);
      slot.inHand--;
      if (!slot.tasks.size) {
        slot.worker.unref();
        this.stopClock(slot);
      }
      task.result.resolve(message.result);
      this.pump();
    }
  }

  /**
   * The worker is ended: its running task gets the fatal message, the tasks it held start
   * again. If it never started, no worker will: every task gets the message.
   */
  private fail(slot: Slot, failure: Failure): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    this.stopClock(slot);
    const running = slot.tasks.get(slot.clock.running()?.id ?? -1);
    void slot.worker.terminate();
    if (!slot.ready) {
      this.broken = failure;
      const all = [...slot.tasks.values(), ...this.queue.splice(0)];
      this.queued.clear();
      for (const task of all) void this.failed(task, failure);
      return;
    }
    if (running) {
      slot.tasks.delete(running.id);
      void this.failed(running, failure);
    }
    for (const task of [...slot.tasks.values()].reverse()) {
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
