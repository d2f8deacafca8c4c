import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { ConfigError } from '../config/config.js';
import { type RunContext, lintBytes, lintFile } from '../pipeline/lint-file.js';
import { ReportLoader } from '../pipeline/load-report.js';
import { PreviousYearFinder } from '../pipeline/previous-year.js';
import type { LintMessage, Locale } from '../types.js';
import { lintOptionsFor } from './lint-options.js';
import type { ServerSettings } from './settings.js';
import { SOURCE, toDiagnostic } from './diagnostics.js';

/**
 * Word and PDF files are renditions: an editor's buffer is not their text, so they are linted
 * from disk (on open and save), and their findings offer no edits.
 */
export function isRendition(uri: string): boolean {
  return /\.(?:docx|pdf)$/i.test(new URL(uri).pathname);
}

/** The path a document is linted as: its file, or a name in the workspace for an unsaved one. */
export function pathOf(uri: string, root: string): string {
  const url = new URL(uri);
  return url.protocol === 'file:' ? fileURLToPath(url) : join(root, decodeURIComponent(url.pathname.split('/').pop() || '<text>'));
}

export interface DocumentLint {
  diagnostics: Diagnostic[];
  locale: Locale;
  /** The findings' fixes, for "fix all" (none for a rendition). */
  fixes: LintMessage[];
}

/**
 * Lints a document as it is now: `text` is the editor's text (for a rendition, undefined: the
 * file is read). Each call reads afresh, last year's report included, so nothing is stale.
 * A bad config is one diagnostic at the top of the document, as the CLI's exit 2 would say.
 */
export async function lintDocument(uri: string, text: string | undefined, version: number, settings: ServerSettings, root: string): Promise<DocumentLint> {
  const path = pathOf(uri, root);
  const loader = new ReportLoader();
  const run: RunContext = { loader, previous: new PreviousYearFinder(loader) };
  try {
    const options = await lintOptionsFor(path, settings, root);
    const result = text === undefined ? await lintFile(path, options, run) : await lintBytes(new TextEncoder().encode(text), path, options, run);
    const editable = text === undefined ? undefined : version;
    const fixes = editable === undefined ? [] : result.messages.filter((m) => m.fix);
    return { diagnostics: result.messages.map((m) => toDiagnostic(m, options.rules, editable)), locale: options.locale, fixes };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const at = { line: 0, character: 0 };
    return { diagnostics: [{ range: { start: at, end: at }, severity: 1, source: SOURCE, message: error.line(settings.locale ?? 'zh').trimEnd() }], locale: settings.locale ?? 'zh', fixes: [] };
  }
}
