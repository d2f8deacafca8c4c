import { builtinRules } from '../rules/index.js';
import { formatOf } from '../src/adapters/index.js';
import { htmlBlockToMdast, parseHtml } from '../src/adapters/html.js';
import { parseMarkdown } from '../src/adapters/markdown.js';
import { parseText } from '../src/adapters/text.js';
import type { ParsedDocument } from '../src/text/document.js';
import { resolveSettings } from '../src/config/config.js';
import { type DocumentLint, lintDocument } from '../src/engine/linter.js';
import type { Rule } from '../src/engine/rule.js';
import { buildReport, type Report } from '../src/model/report.js';
import type { LintMessage, Locale } from '../src/types.js';

export const allRules = new Map<string, Rule<never>>(builtinRules.map((r) => [r.meta.id, r]));

export interface LintSpecOptions {
  /** Run only these rules (default: all bundled rules at their default severity). */
  only?: string[];
  options?: Record<string, Record<string, unknown>>;
  locale?: Locale;
  /** Last year's report, as Markdown. */
  previous?: string;
}

export function lintMarkdown(markdown: string, spec: LintSpecOptions = {}): DocumentLint {
  return lintParsed(parseMarkdown(markdown), spec);
}

/** Parses text with the adapter its file name selects (".txt": scraped text, and so on). */
export function parseDocument(text: string, fileName: string): ParsedDocument {
  const format = formatOf(fileName, new TextEncoder().encode(text.slice(0, 2048)));
  return format === 'html' ? parseHtml(text) : format === 'markdown' ? parseMarkdown(text, htmlBlockToMdast) : parseText(text);
}

/** Lints text with the adapter its file name selects. */
export function lintFileText(text: string, fileName: string, spec: LintSpecOptions = {}) {
  return lintParsed(parseDocument(text, fileName), spec).messages.map(brief);
}

function lintParsed(doc: ParsedDocument, spec: LintSpecOptions): DocumentLint {
  const rules = spec.only ? new Map([...allRules].filter(([id]) => spec.only!.includes(id))) : allRules;
  const layer = {
    origin: 'test',
    plugins: [],
    // Each rule keeps its default severity; only the options are under test.
    rules: Object.fromEntries(
      Object.entries(spec.options ?? {}).map(([id, o]) => [id, [allRules.get(id)!.meta.defaultSeverity, o] as ['warn' | 'error', Record<string, unknown>]]),
    ),
  };
  const settings = resolveSettings(rules, [layer]);
  const previous = spec.previous === undefined ? undefined : buildReport(parseMarkdown(spec.previous));
  return lintDocument(doc, { rules, settings, locale: spec.locale ?? 'zh' }, previous);
}

/** The fields a spec asserts: what, where, how severe, which rule. */
export function brief(m: LintMessage) {
  return { ruleId: m.ruleId, severity: m.severity, message: m.message, line: m.line, column: m.column };
}

export function lint(markdown: string, spec: LintSpecOptions = {}) {
  return lintMarkdown(markdown, spec).messages.map(brief);
}

export function model(markdown: string): Report {
  return buildReport(parseMarkdown(markdown));
}
