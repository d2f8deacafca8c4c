import { readdir } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { SUPPORTED_EXTENSIONS } from './adapters/index.js';
import type { ReportLoader } from './load-report.js';
import type { Report } from './model/report.js';

/**
 * Finds last year's report of the same agency, for the cross-year checks: the file named
 * with --previous, else a report beside the file whose title names the same agency and the
 * year before. Each directory is indexed once per run.
 */
export class PreviousYearFinder {
  private readonly byDirectory = new Map<string, Promise<Map<string, Report>>>();

  constructor(
    private readonly loader: ReportLoader,
    private readonly explicit?: string,
  ) {}

  async find(report: Report, filePath: string): Promise<Report | undefined> {
    if (this.explicit) {
      const loaded = await this.loader.load(this.explicit);
      return loaded.ok ? loaded.report : undefined;
    }
    if (!report.agency || !report.year) return undefined;
    const index = await this.index(dirname(resolve(filePath)));
    return index.get(key(report.agency, report.year.value - 1));
  }

  private index(dir: string): Promise<Map<string, Report>> {
    let index = this.byDirectory.get(dir);
    if (!index) {
      index = this.build(dir);
      this.byDirectory.set(dir, index);
    }
    return index;
  }

  private async build(dir: string): Promise<Map<string, Report>> {
    const index = new Map<string, Report>();
    let names: string[];
    try {
      names = (await readdir(dir)).filter((n) => SUPPORTED_EXTENSIONS.includes(extname(n).toLowerCase())).sort();
    } catch {
      return index;
    }
    for (const name of names) {
      const loaded = await this.loader.load(join(dir, name));
      if (!loaded.ok || !loaded.report.agency || !loaded.report.year) continue;
      const k = key(loaded.report.agency, loaded.report.year.value);
      if (!index.has(k)) index.set(k, loaded.report);
    }
    return index;
  }
}

function key(agency: string, year: number): string {
  return `${agency}\u0000${year}`;
}
