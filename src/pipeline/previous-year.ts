import { readFile, readdir, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { SUPPORTED_EXTENSIONS } from '../adapters/index.js';
import { decode } from '../adapters/decode.js';
import type { ReportLoader } from './load-report.js';
import type { ReportSummary } from '../model/summary.js';

/** Why the report named with --previous was not compared with a file. */
export interface PreviousRejected {
  path: string;
  /** Its agency and year, and the file's, as the documents state them. */
  theirs: { agency?: string; year?: number };
  ours: { agency?: string; year?: number };
  same: boolean;
}

export type PreviousLookup = { report: ReportSummary } | { rejected: PreviousRejected } | undefined;

/** What a lookup needs to know of the report it looks for the year before of. */
export type ReportIdentity = Pick<ReportSummary, 'agency' | 'year'>;

/** Finds last year's report of a report: in this thread, or by asking the main thread from a worker. */
export interface PreviousSource {
  find(report: ReportIdentity, filePath: string): Promise<PreviousLookup>;
}

interface TitleIndex {
  any: string[];
  named: Map<string, string[]>;
}

/** Formats whose bytes are not text: their title cannot be peeked at, only read by parsing. */
const BINARY = new Set(['.docx', '.pdf']);

const PEEKS_AT_ONCE = 64;

/**
 * Finds last year's report of the same agency, for the cross-year checks: the file named
 * with --previous when it is that agency's report of the year before (else the lookup says
 * why it is not used), or a report beside the file whose document (title, page title —
 * never the file name) names the same agency and the year before, in any format. A sibling
 * is parsed only if its text mentions both (a report from another agency or year costs a
 * read, not a parse), and each file is read and parsed once per run.
 */
export class PreviousYearFinder implements PreviousSource {
  private readonly listings = new Map<string, Promise<string[]>>();
  private readonly found = new Map<string, Promise<ReportSummary | undefined>>();
  private readonly indexes = new Map<string, Promise<TitleIndex>>();

  constructor(
    private readonly loader: ReportLoader,
    private readonly explicit?: string,
  ) {}

  async find(report: ReportIdentity, filePath: string): Promise<PreviousLookup> {
    if (this.explicit) return this.named(this.explicit, report, resolve(filePath));
    if (!report.agency || !report.year) return undefined;
    const path = resolve(filePath);
    const key = `${dirname(path)}\u0000${report.agency}\u0000${report.year.value - 1}`;
    let result = this.found.get(key);
    if (!result) {
      result = this.search(dirname(path), report.agency, report.year.value - 1);
      this.found.set(key, result);
    }
    const found = await result;
    return found ? { report: found } : undefined;
  }

  /**
   * Reads the title lines of the folders of these files now, before any lookup asks: the main
   * thread does it while the workers start and parse, instead of after a worker asked.
   */
  prepare(filePaths: string[]): void {
    if (this.explicit) return;
    for (const dir of new Set(filePaths.map((f) => dirname(resolve(f))))) void this.titleIndex(dir);
  }

  /** The --previous report, if it is this report's agency and the year before, as far as both say. */
  private async named(path: string, report: ReportIdentity, own: string): Promise<PreviousLookup> {
    const loaded = await this.loader.summary(path);
    if (!loaded.ok) return undefined;
    const theirs = { agency: loaded.report.agency, year: loaded.report.year?.value };
    const ours = { agency: report.agency, year: report.year?.value };
    const same = resolve(path) === own;
    const otherAgency = theirs.agency !== undefined && ours.agency !== undefined && theirs.agency !== ours.agency;
    const otherYear = theirs.year !== undefined && ours.year !== undefined && theirs.year !== ours.year - 1;
    return same || otherAgency || otherYear ? { rejected: { path, theirs, ours, same } } : { report: loaded.report };
  }

  /**
   * The files whose contents decide what find() gives a report of this agency beside
   * filePath: the --previous file, else the siblings the search may parse for that agency —
   * those whose first lines name it (mayName), and those only a parse can tell. A report
   * of another agency changing cannot change the lookup, so a cache need not re-lint for it.
   */
  async dependencies(filePath: string, agency?: string, year?: number): Promise<string[]> {
    if (this.explicit) return [resolve(this.explicit)];
    if (!agency || !year) return [];
    const own = resolve(filePath);
    return (await this.candidates(dirname(own), agency)).filter((path) => path !== own);
  }

  /**
   * The reports in a folder that may be this agency's, in name order: those whose title lines
   * name it, and those only a parse can tell. Both the search and dependencies() go through
   * it, so a cache sees exactly the files the search may read; and the search no longer walks
   * the whole folder for every report (quadratic in a folder of thousands).
   */
  private async candidates(dir: string, agency: string): Promise<string[]> {
    const index = await this.titleIndex(dir);
    // As mayName: a title line that contains the agency (a crawler's "标题: " before it) may be it.
    const named = [...index.named].filter(([a]) => a.includes(agency)).flatMap(([, paths]) => paths);
    return [...new Set([...index.any, ...named])].sort();
  }

  /** A folder's reports by the agencies their titles name; `any` are those only a parse can tell. Built once per folder per run. */
  private titleIndex(dir: string): Promise<TitleIndex> {
    let index = this.indexes.get(dir);
    if (!index) {
      index = this.listing(dir).then(async (names) => {
        const built: TitleIndex = { any: [], named: new Map() };
        const paths = names.map((name) => join(dir, name));
        const titles: (string[] | undefined)[] = [];
        for (let at = 0; at < paths.length; at += PEEKS_AT_ONCE) {
          // A few files open at a time (a folder of thousands must not exhaust file handles), and
          // the workers' messages answered between: the peeks of Markdown and text are synchronous.
          if (at) await new Promise(setImmediate);
          const some = paths.slice(at, at + PEEKS_AT_ONCE);
          titles.push(...(await Promise.all(some.map((path) => (BINARY.has(extname(path).toLowerCase()) ? undefined : this.loader.titleAgencies(path))))));
        }
        paths.forEach((path, i) => {
          const named = titles[i];
          if (named === undefined) built.any.push(path);
          for (const agency of new Set(named)) {
            if (!built.named.has(agency)) built.named.set(agency, []);
            built.named.get(agency)!.push(path);
          }
        });
        return built;
      });
      this.indexes.set(dir, index);
    }
    return index;
  }

  private async search(dir: string, agency: string, year: number): Promise<ReportSummary | undefined> {
    for (const path of await this.candidates(dir, agency)) {
      let loaded;
      if (this.loader.has(path) || BINARY.has(extname(path).toLowerCase())) {
        loaded = await this.loader.summary(path);
      } else {
        if (!(await this.loader.mayName(path, agency))) continue;
        let bytes: Uint8Array;
        try {
          // A FIFO or device beside the report would block the read for ever: regular files only.
          const info = await stat(path);
          if (!info.isFile() || info.size > this.loader.limits.maxFileBytes) continue;
          bytes = await readFile(path);
        } catch {
          continue;
        }
        const text = decode(bytes);
        if (!text.ok || !text.text.includes(agency) || !new RegExp(`${year}\\s*年`).test(text.text)) continue;
        loaded = await this.loader.summaryRead(path, bytes);
      }
      if (loaded.ok && loaded.report.agency === agency && loaded.report.year?.value === year) return loaded.report;
    }
    return undefined;
  }

  private listing(dir: string): Promise<string[]> {
    let names = this.listings.get(dir);
    if (!names) {
      names = readdir(dir).then(
        (all) => all.filter((n) => SUPPORTED_EXTENSIONS.includes(extname(n).toLowerCase())).sort(),
        () => [],
      );
      this.listings.set(dir, names);
    }
    return names;
  }
}
