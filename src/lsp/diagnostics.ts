import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { Rule } from '../engine/rule.js';
import type { EditInfo, LintMessage, Suggestion } from '../types.js';

export const SOURCE = 'xxgk-lint';

/** Kept with a diagnostic for code actions: the edits, and the document version they apply to. */
export interface DiagnosticData {
  version: number;
  fix?: EditInfo;
  suggestions?: Suggestion[];
}

/**
 * A lint message as an LSP diagnostic, as vscode-eslint maps them: 1-based line/column to
 * 0-based positions (columns are UTF-16 units on both sides), a missing end to the start,
 * code = rule id with a link to the rule's documentation. `version` is set where the
 * message's offsets are offsets into the editor's text, so that its edits can be offered.
 */
export function toDiagnostic(m: LintMessage, rules: Map<string, Rule<never>>, version?: number): Diagnostic {
  const start = { line: Math.max(0, m.line - 1), character: Math.max(0, m.column - 1) };
  const end = m.endLine !== undefined && m.endColumn !== undefined ? { line: m.endLine - 1, character: m.endColumn - 1 } : start;
  const url = m.ruleId ? rules.get(m.ruleId)?.meta.docs.url : undefined;
  const data: DiagnosticData | undefined =
    version !== undefined && (m.fix || m.suggestions) ? { version, ...(m.fix ? { fix: m.fix } : {}), ...(m.suggestions ? { suggestions: m.suggestions } : {}) } : undefined;
  return {
    range: { start, end },
    severity: m.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    message: m.message,
    ...(m.ruleId ? { code: m.ruleId } : {}),
    ...(url ? { codeDescription: { href: url } } : {}),
    ...(data ? { data } : {}),
  };
}
