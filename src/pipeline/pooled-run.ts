import { resolve } from 'node:path';
import type { LintOptions } from '../engine/linter.js';
import type { LintResult } from '../types.js';
import type { Limits } from './budgets.js';
import { LintPool, type LintWanted, type Started } from './lint-pool.js';
import { ReportLoader, type Summarized, type Summarizer } from './load-report.js';
import { type LintOutput, type LookedUp, type TracedLint, wantsPrevious } from './lint-file.js';
import { PreviousYearFinder } from './previous-year.js';

export interface PooledRunOptions {
  limits: Limits;
  /** Worker threads. */
  threads: number;
  /** The report named with --previous, if any. */
  previous?: string;
  output: LintOutput;
  optionsFor: (filePath: string) => LintOptions;
  /** --fix and --fix-dry-run: each file linted again with its fixes applied (written by the caller). */
  fix?: boolean;
}

/**
 * A run whose files (or standard input) are linted in a pool of workers, each file read and parsed once: the
 * main thread keeps the lookups (PreviousYearFinder over a ReportLoader whose summaries come
 * from the workers). A summary a lookup needs of a file the run lints comes from that file's
 * own lint, started first if it was not yet; of any other file, from a worker that parses it
 * for its summary only.
 */
export class PooledRun implements Summarizer {
  readonly loader: ReportLoader;
  readonly finder: PreviousYearFinder;
  private readonly pool: LintPool;
  /** What each file's lint looked for last year's report under, for a cache (as lintFileTraced tells it in one thread). */
  private readonly lookedUp = new Map<string, LookedUp>();
  /** The files to lint, by resolved path, as given. */
  private readonly lintSet: Map<string, string>;
  private readonly started = new Map<string, Started>();
  private readonly known = new Set<string>();

  constructor(
    files: string[],
    private readonly options: PooledRunOptions,
  ) {
    this.lintSet = new Map(files.map((f) => [resolve(f), f]));
    this.loader = new ReportLoader({ limits: options.limits, summarizer: this });
    this.finder = new PreviousYearFinder(this.loader, options.previous);
    this.pool = new LintPool(options.limits, options.threads, {
      find: (report, filePath) => {
        // The first lint's lookup is the file's (--fix lints the fixed text again).
        const path = resolve(filePath);
        if (!this.lookedUp.has(path)) this.lookedUp.set(path, { agency: report.agency, year: report.year?.value });
        return this.finder.find(report, filePath);
      },
    });
    this.finder.prepare(files.filter((f) => wantsPrevious(options.optionsFor(f))));
  }

  /** Lints one file of the set; the result is handed over once (the run keeps only the file's summary). */
  async lint(filePath: string): Promise<LintResult> {
    const path = resolve(filePath);
    const { result } = this.start(path, filePath);
    this.started.set(path, { summary: this.started.get(path)!.summary, result: Promise.resolve(undefined) });
    return (await result)!;
  }

  /** The same, with the previous-year lookup the lint made. */
  async lintTraced(filePath: string): Promise<TracedLint> {
    return this.traced(filePath, await this.lint(filePath));
  }

  /** Lints bytes (standard input's) as the file `filePath` names, with the lookup it made. */
  async lintBytes(bytes: Uint8Array, filePath: string): Promise<TracedLint> {
    const { result } = this.pool.lint(filePath, this.wanted(filePath), bytes);
    return this.traced(filePath, (await result)!);
  }

  private traced(filePath: string, result: LintResult): TracedLint {
    const path = resolve(filePath);
    const lookedUp = this.lookedUp.get(path);
    this.lookedUp.delete(path);
    return lookedUp ? { result, lookedUp } : { result };
  }

  private wanted(asGiven: string): LintWanted {
    return { options: this.options.optionsFor(asGiven), output: this.options.output, fix: this.options.fix ?? false };
  }

  summary(path: string, bytes?: Uint8Array): Promise<Summarized> {
    const asGiven = this.lintSet.get(path);
    if (asGiven === undefined) return this.pool.summarize(path, bytes);
    const { summary } = this.start(path, asGiven);
    this.pool.hurry(summary);
    return summary;
  }

  has(path: string): boolean {
    // A file of the set is parsed by its own lint anyway: its summary costs no read here.
    return this.known.has(path) || this.lintSet.has(path);
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private start(path: string, asGiven: string): Started {
    let started = this.started.get(path);
    if (!started) {
      started = this.pool.lint(asGiven, this.wanted(asGiven));
      void started.summary.then(() => this.known.add(path));
      this.started.set(path, started);
    }
    return started;
  }
}
