/**
 * Which task a worker runs and when its deadline falls, in memory the worker and the main
 * thread share. The worker writes it as it starts, pauses and ends each task; the main
 * thread reads it when its timer fires. A message for each task's start cost more than the
 * rest of the messages together (docs/benchmarks.md), and the main thread only needs the
 * running task when a deadline passes or the worker dies.
 *
 * Written under a sequence number (a seqlock): odd while the worker writes, so that a read
 * never pairs one task's id with another's deadline.
 */

const NONE = -1;

export interface RunningTask {
  id: number;
  /** Date.now() at which the task has used up its time. */
  deadline: number;
}

export class TaskClock {
  private readonly words: Int32Array;
  private readonly deadline: Float64Array;

  /** A new clock, no task running (main thread; the worker is sent its buffer). */
  static create(): TaskClock {
    const clock = new TaskClock(new SharedArrayBuffer(16));
    clock.stop();
    return clock;
  }

  constructor(readonly buffer: SharedArrayBuffer) {
    // [sequence, task id], then the deadline.
    this.words = new Int32Array(buffer, 0, 2);
    this.deadline = new Float64Array(buffer, 8, 1);
  }

  /** The worker runs task `id` from now until `deadline`. */
  run(id: number, deadline: number): void {
    this.write(id, deadline);
  }

  /** The worker runs no task. */
  stop(): void {
    this.write(NONE, 0);
  }

  /** The task the worker runs, if any (main thread). */
  running(): RunningTask | undefined {
    for (;;) {
      const before = Atomics.load(this.words, 0);
      if (before % 2) continue;
      const id = Atomics.load(this.words, 1);
      const deadline = this.deadline[0]!;
      if (Atomics.load(this.words, 0) !== before) continue;
      return id === NONE ? undefined : { id, deadline };
    }
  }

  private write(id: number, deadline: number): void {
    Atomics.add(this.words, 0, 1);
    Atomics.store(this.words, 1, id);
    this.deadline[0] = deadline;
    Atomics.add(this.words, 0, 1);
  }
}
