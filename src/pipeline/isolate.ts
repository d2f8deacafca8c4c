import type { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Limits } from './budgets.js';
import type { Parsed } from './parse-bytes.js';
import type { ParseReply, ParseRequest } from './parse-worker.js';
import { fromData } from './parsed-data.js';
import { WORKER_EXITED, overTime, startWorker, workerDied } from './worker-thread.js';

/**
 * Parsing in worker threads, so that no file can take the run down: each worker's heap is
 * capped at limits.maxMemoryMb and each parse has limits.maxSeconds; a worker that runs
 * out of either is terminated, its file gets a fatal message naming the limit, and the
 * next file gets a fresh worker. Idle workers are kept for the next file (starting one and
 * loading the parsers costs about 100 ms) and do not keep the process alive.
 *
 * Interface, for a pool that also wants to lint in workers: `parse(bytes, filePath, limits)`
 * resolves to the file's Parsed result and never rejects; `close()` ends the idle workers.
 */

interface Job {
  request: Omit<ParseRequest, 'id'>;
  resolve: (parsed: Parsed) => void;
}

export class IsolatedParser {
  private static readonly pools = new Map<string, IsolatedParser>();
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private running = 0;
  private nextId = 0;

  constructor(
    private readonly memoryMb: number,
    private readonly size = Math.max(1, availableParallelism()),
  ) {}

  /** One pool per memory cap, shared by every loader of the process. */
  static shared(limits: Pick<Limits, 'maxMemoryMb'>): IsolatedParser {
    const key = String(limits.maxMemoryMb);
    let pool = IsolatedParser.pools.get(key);
    if (!pool) {
      pool = new IsolatedParser(limits.maxMemoryMb);
      IsolatedParser.pools.set(key, pool);
    }
    return pool;
  }

  parse(bytes: Uint8Array, filePath: string, limits: Limits): Promise<Parsed> {
    return new Promise((resolve) => {
      this.queue.push({ request: { bytes, filePath, limits }, resolve });
      this.pump();
    });
  }

  /**
   * Starts a worker before the first file comes, unless one is already there: the CLI does so
   * while it loads the linter, so that the worker's start-up overlaps its own. Idle, it does
   * not keep the process alive.
   */
  prestart(): void {
    if (this.idle.length || this.running) return;
    const worker = this.spawn();
    worker.unref();
    this.idle.push(worker);
  }

  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.queue.length && this.running < this.size) {
      const job = this.queue.shift()!;
      this.running++;
      this.run(job).then((parsed) => {
        this.running--;
        job.resolve(parsed);
        this.pump();
      });
    }
  }

  private spawn(): Worker {
    const worker = startWorker('parse-worker', this.memoryMb);
    worker.on('exit', () => {
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
    });
    return worker;
  }

  private run(job: Job): Promise<Parsed> {
    const worker = this.idle.pop() ?? this.spawn();
    worker.ref();
    const id = this.nextId++;
    const { limits } = job.request;
    return new Promise((resolve) => {
      const finish = (parsed: Parsed, keep: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (keep) {
          worker.unref();
          this.idle.push(worker);
        } else {
          void worker.terminate();
        }
        resolve(parsed);
      };
      const timer = setTimeout(() => finish(overTime(limits), false), limits.maxSeconds * 1000);
      const onMessage = (reply: ParseReply) => {
        if (reply.id === id) finish(fromData(reply.parsed), true);
      };
      const onError = (error: Error) => finish(workerDied(error, { ...limits, maxMemoryMb: this.memoryMb }), false);
      const onExit = () => finish(WORKER_EXITED, false);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      const request: ParseRequest = { id, ...job.request };
      worker.postMessage(request);
    });
  }
}
