import type { Report } from '../model/report.js';
import type { ReportSummary } from '../model/summary.js';
import type { Locale, Localized, Position, Range } from '../types.js';

export type RuleType = 'problem' | 'suggestion' | 'layout';

export interface RuleMeta {
  id: string;
  type: RuleType;
  docs: {
    description: Localized;
    /** Link shown by editors and in `-f json` metadata. */
    url: string;
  };
  defaultSeverity: 'error' | 'warn';
  /** JSON Schema of the options object; options are validated with ajv before any run. */
  schema?: Record<string, unknown>;
  defaultOptions?: Record<string, unknown>;
  /** Message templates by id; `{{name}}` is replaced by the report's data. */
  messages: Record<string, Localized>;
  hasSuggestions?: boolean;
  /** Some findings carry a fix that --fix may apply without asking. */
  fixable?: boolean;
  /** Kept for old configs; `replacedBy` names the rules to use instead (reported as usedDeprecatedRules). */
  deprecated?: { replacedBy: string[] };
  /** The rule reads last year's report (context.previous); only then is it looked for. */
  usesPreviousReport?: boolean;
  /**
   * The rule checks a report against the national format (its sections, tables, statements):
   * it does not run on a report whose year is before every format (templateBasis `before`).
   */
  checksFormat?: boolean;
}

export interface SuggestionDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  fix: { range: Range; text: string };
}

export interface ReportDescriptor {
  messageId?: string;
  /** A message without a template (rules loaded from plugins may prefer it). */
  message?: string;
  data?: Record<string, string | number>;
  /** Where: a source range from the model, or a line/column position. */
  range?: Range;
  position?: Position;
  suggestions?: SuggestionDescriptor[];
  /** A safe edit (ESLint's fix): applied by --fix, so only where the right text is certain. */
  fix?: { range: Range; text: string };
  /**
   * A minor finding of a rule whose main findings are errors (a non-standard title next
   * to a missing section): reported one level below the configured severity, at least warn.
   */
  minor?: boolean;
}

export interface RuleContext<Options = Record<string, unknown>> {
  readonly id: string;
  readonly options: Options;
  readonly locale: Locale;
  /** What the run kept of last year's report of the same agency, when one was found (--previous, or beside the file). */
  readonly previous?: ReportSummary;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  check(report: Report, context: RuleContext<Options>): void;
}

/** Identity function that gives a rule module its type. */
export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

export const DOCS_BASE = 'https://github.com/xxgk-lint/xxgk-lint/blob/main/docs/rules/';
export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}
