import type { LintResult } from '../types.js';

/** A report passes when it has no error; one that could not be read at all (a fatal message) neither passes nor fails. */
export type Outcome = 'pass' | 'fail' | 'unreadable';

export function outcomeOf(result: LintResult): Outcome {
  if (result.fatalErrorCount > 0) return 'unreadable';
  return result.errorCount > 0 ? 'fail' : 'pass';
}

export interface Counts {
  reports: number;
  pass: number;
  fail: number;
  unreadable: number;
  errors: number;
  warnings: number;
}

export interface RuleCount {
  /** null: the run's own messages (a file that cannot be read, ignored, last year's report not used). */
  ruleId: string | null;
  errors: number;
  warnings: number;
}

export interface GroupCount extends Counts {
  agency?: string;
  year?: number;
}

export interface Tally {
  total: Counts;
  /** Most errors first, then by id; the run's own messages last. */
  rules: RuleCount[];
  /** By agency, then year (reports whose agency or year is not known last). */
  groups: GroupCount[];
  /** Reports that failed, most errors first (ties by path), at most `worst`. */
  worst: LintResult[];
}

const emptyCounts = (): Counts => ({ reports: 0, pass: 0, fail: 0, unreadable: 0, errors: 0, warnings: 0 });

function add(counts: Counts, result: LintResult): void {
  counts.reports++;
  counts[outcomeOf(result)]++;
  counts.errors += result.errorCount;
  counts.warnings += result.warningCount;
}

const byText = (a: string | undefined, b: string | undefined) =>
  a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a < b ? -1 : 1;

/** What the summary and the HTML overview show: counts by outcome, by rule, by agency and year, and the worst reports. */
export function tally(results: LintResult[], worst = 10): Tally {
  const total = emptyCounts();
  const rules = new Map<string | null, RuleCount>();
  const groups = new Map<string, GroupCount>();
  for (const result of results) {
    add(total, result);
    for (const m of result.messages) {
      const count = rules.get(m.ruleId) ?? { ruleId: m.ruleId, errors: 0, warnings: 0 };
      if (m.severity === 2) count.errors++;
      else count.warnings++;
      rules.set(m.ruleId, count);
    }
    const { agency, year } = result.facts ?? {};
    const key = JSON.stringify([agency ?? null, year ?? null]);
    const group = groups.get(key) ?? { ...emptyCounts(), ...(agency !== undefined ? { agency } : {}), ...(year !== undefined ? { year } : {}) };
    add(group, result);
    groups.set(key, group);
  }
  return {
    total,
    rules: [...rules.values()].sort(
      (a, b) => Number(a.ruleId === null) - Number(b.ruleId === null) || b.errors - a.errors || b.warnings - a.warnings || byText(a.ruleId ?? undefined, b.ruleId ?? undefined),
    ),
    groups: [...groups.values()].sort((a, b) => byText(a.agency, b.agency) || (a.year ?? 1e4) - (b.year ?? 1e4)),
    worst: results
      .filter((r) => outcomeOf(r) === 'fail')
      .sort((a, b) => b.errorCount - a.errorCount || byText(a.filePath, b.filePath))
      .slice(0, worst),
  };
}
