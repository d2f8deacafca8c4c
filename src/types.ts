/** Shared public types. Positions follow ESLint: 1-based lines and columns, end exclusive. */

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A source range as 0-based offsets into the decoded text, end exclusive. */
export interface Range {
  start: number;
  end: number;
}

export type Locale = 'zh' | 'en';

/** A text in both message languages. */
export interface Localized {
  zh: string;
  en: string;
}

export type Severity = 0 | 1 | 2;

export interface EditInfo {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: EditInfo;
  messageId?: string;
  data?: Record<string, string | number>;
}

/** ESLint's LintMessage. */
export interface LintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  messageId?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
  /** An edit that is safe to apply without asking (--fix); text formats only. */
  fix?: EditInfo;
  suggestions?: Suggestion[];
}

/** ESLint's LintResult. */
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The fixed text, when fixes were applied (--fix, --fix-dry-run). */
  output?: string;
  source?: string;
  /** Enabled rules that are deprecated, with their replacements (ESLint's field). */
  usedDeprecatedRules: { ruleId: string; replacedBy: string[] }[];
  /** What the report says of itself; only for formatters that ask for it (see formatters/index.ts). */
  facts?: ReportFacts;
}

/** A cell of a statistical table as written: its text, whether it is a label (not a number), where it stands. */
export interface ReportTableCell {
  text: string;
  label: boolean;
  position: Position;
}

/** A statistical table as written in the report, row by row (a table recognised by its template id). */
export interface ReportTable {
  id: string;
  name: Localized;
  rows: ReportTableCell[][];
}

/**
 * A report's title, agency and year, and for formatters that render them its tables: plain data,
 * so that a result can be posted between threads or cached as JSON.
 */
export interface ReportFacts {
  title?: string;
  agency?: string;
  year?: number;
  tables?: ReportTable[];
}
