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
