import { type CodeAction, CodeActionKind, type Diagnostic, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, describeFix } from '../engine/fix.js';
import type { EditInfo, LintMessage, Locale } from '../types.js';
import { type DiagnosticData, SOURCE } from './diagnostics.js';

export const FIX_ALL = `${CodeActionKind.SourceFixAll}.xxgk-lint`;

function textEdit(doc: TextDocument, edit: EditInfo): TextEdit {
  return TextEdit.replace({ start: doc.positionAt(edit.range[0]), end: doc.positionAt(edit.range[1]) }, edit.text);
}

function action(title: string, doc: TextDocument, diagnostic: Diagnostic, edit: EditInfo, preferred: boolean): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    ...(preferred ? { isPreferred: true } : {}),
    edit: { changes: { [doc.uri]: [textEdit(doc, edit)] } },
  };
}

/** The fixes of the last lint of this very version, in one action (one pass, as --fix's first). */
export function fixAllAction(doc: TextDocument, last: { version: number; fixes: LintMessage[] } | undefined, locale: Locale): CodeAction[] {
  if (!last || last.version !== doc.version || !last.fixes.length) return [];
  const { applied } = applyFixes(doc.getText(), last.fixes);
  const title = locale === 'zh' ? '修复所有可自动修复的问题（xxgk-lint）' : 'Fix all auto-fixable problems (xxgk-lint)';
  return [{ title, kind: FIX_ALL, edit: { changes: { [doc.uri]: applied.map((e) => textEdit(doc, e)) } } }];
}

/**
 * Quick fixes for the diagnostics the client names: the fix (preferred) and each suggestion.
 * A diagnostic from another version of the document offers nothing: its offsets may no
 * longer point where they did.
 */
export function codeActionsFor(doc: TextDocument, diagnostics: Diagnostic[], locale: Locale): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    const data = d.data as DiagnosticData | undefined;
    if (d.source !== SOURCE || !data || data.version !== doc.version) continue;
    if (data.fix) actions.push(action(describeFix(data.fix, locale), doc, d, data.fix, true));
    for (const s of data.suggestions ?? []) actions.push(action(s.desc, doc, d, s.fix, false));
  }
  return actions;
}
