/**
 * xxgk-lint as a library, for editor integrations and scripts that lint in-process
 * (as vscode-eslint calls ESLint rather than starting its CLI).
 */
import { builtinRules } from '../rules/index.js';
import { type ConfigFile, resolveSettings } from './config/config.js';
import type { LintOptions } from './engine/linter.js';
import { type RunContext, lintBytes, lintFile } from './pipeline/lint-file.js';
import { ReportLoader } from './pipeline/load-report.js';
import { PreviousYearFinder } from './pipeline/previous-year.js';
import type { LintResult, Locale } from './types.js';

export type { LintMessage, LintResult, Locale, Position, Suggestion } from './types.js';
export type { Rule, RuleContext, RuleMeta } from './engine/rule.js';
export type { Report } from './model/report.js';
export { defineRule } from './engine/rule.js';
export { builtinRules } from '../rules/index.js';
export { buildReport } from './model/report.js';
export { formatters } from './formatters/index.js';

export interface LinterOptions {
  /** Rule settings as in .xxgklintrc.json: `{ "fee-statement": ["error", { "sinceYear": 2022 }] }`. */
  rules?: ConfigFile['rules'];
  locale?: Locale;
  /** Last year's report, for cross-year-consistency; by default it is looked for beside each file. */
  previous?: string;
}

/**
 * A linter with fixed settings. Every call reads afresh: an editor lints a file again because
 * it changed, so neither the file nor last year's report beside it is kept between calls.
 */
export class Linter {
  private readonly options: LintOptions;
  private readonly previous: string | undefined;

  constructor(options: LinterOptions = {}) {
    const rules = new Map(builtinRules.map((r) => [r.meta.id, r]));
    const layer: ConfigFile = { origin: 'Linter options', rules: options.rules ?? {}, plugins: [] };
    this.options = { rules, settings: resolveSettings(rules, [layer]), locale: options.locale ?? 'zh' };
    this.previous = options.previous;
  }

  /** What one call shares: last year's report, found and parsed once for the file linted. */
  private run(): RunContext {
    const loader = new ReportLoader();
    return { loader, previous: new PreviousYearFinder(loader, this.previous) };
  }

  lintFile(path: string): Promise<LintResult> {
    return lintFile(path, this.options, this.run());
  }

  /** Lints text or bytes in memory; `filePath` chooses the input format (.md, .txt, .html, .docx). */
  lintText(content: string | Uint8Array, filePath: string): Promise<LintResult> {
    return lintBytes(typeof content === 'string' ? new TextEncoder().encode(content) : content, filePath, this.options, this.run());
  }
}
