import type { RuleMeta } from '../engine/rule.js';
import type { LintResult, Locale } from '../types.js';

export interface FormatterContext {
  locale: Locale;
  color: boolean;
  cwd: string;
  rulesMeta: Record<string, RuleMeta>;
  maxWarningsExceeded?: { maxWarnings: number; foundWarnings: number };
}

export type Formatter = (results: LintResult[], context: FormatterContext) => string;

/** What a run counted, for the text after the last file's. */
export interface RunTotals {
  errorCount: number;
  warningCount: number;
}

/**
 * A formatter whose output is each file's part in turn, between a head and a tail: a run
 * prints each part as soon as its file is linted and keeps no results, so that its memory
 * stays flat however many files it has. The output is the same as the whole formatter's.
 */
export interface StreamingFormatter {
  head(context: FormatterContext): string;
  part(result: LintResult, index: number, context: FormatterContext): string;
  /** The context is complete here: whether --max-warnings was exceeded is known only now. */
  tail(totals: RunTotals, context: FormatterContext): string;
}

/** The streaming formatter as a formatter of results held in memory: one definition of its output. */
export function whole(streaming: StreamingFormatter): Formatter {
  return (results, context) => {
    const totals: RunTotals = { errorCount: 0, warningCount: 0 };
    let out = streaming.head(context);
    results.forEach((result, i) => {
      totals.errorCount += result.errorCount;
      totals.warningCount += result.warningCount;
      out += streaming.part(result, i, context);
    });
    return out + streaming.tail(totals, context);
  };
}
