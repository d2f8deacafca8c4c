import { type CodeAction, CodeActionKind, type Diagnostic, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { describeFix } from '../engine/fix.js';
import type { EditInfo, Locale } from '../types.js';
import { type DiagnosticData, SOURCE } from './diagnostics.js';

function action(title: string, doc: TextDocument, diagnostic: Diagnostic, edit: EditInfo, preferred: boolean): CodeAction {
  const range = { start: doc.positionAt(edit.range[0]), end: doc.positionAt(edit.range[1]) };
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    ...(preferred ? { isPreferred: true } : {}),
    edit: { changes: { [doc.uri]: [TextEdit.replace(range, edit.text)] } },
  };
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
