import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { ConfigError } from '../config/config.js';
import type { LintOptions } from '../engine/linter.js';
import { DEFAULT_LIMITS, type Limits } from '../pipeline/budgets.js';
import { LintPool } from '../pipeline/lint-pool.js';
import { ReportLoader, type Summarized, type Summarizer } from '../pipeline/load-report.js';
import { PreviousYearFinder } from '../pipeline/previous-year.js';
import { BoundedMemo } from '../text/bounded-memo.js';
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

/** Distinct configs a server keeps sent to its worker (an edited config is a new one). */
const CONFIGS_KEPT = 16;

/**
 * Lints documents as they are now, in a worker thread as the CLI lints files: a document that
 * runs past a limit (its worker's memory cap, maxSeconds) gets a fatal diagnostic, and the
 * server goes on. Each lint reads afresh, last year's report included (parsed in the worker
 * too), so nothing is stale; the worker stays, loaded, for the next one.
 */
export class DocumentLinter implements Summarizer {
  private readonly pool: LintPool;
  /** The lookup of each lint running, by the path it lints. */
  private readonly finders = new Map<string, PreviousYearFinder>();
  /** One options object per distinct config, so that the worker is sent each config once. */
  private readonly configs = new BoundedMemo<string, LintOptions>(CONFIGS_KEPT);

  constructor(private readonly limits: Limits = DEFAULT_LIMITS) {
    this.pool = new LintPool(limits, 1, {
      find: (report, filePath) => this.finders.get(resolve(filePath))?.find(report, filePath) ?? Promise.resolve(undefined),
    });
  }

  /**
   * `text` is the editor's text (for a rendition, undefined: the file is read). A bad config is
   * one diagnostic at the top of the document, as the CLI's exit 2 would say.
   */
  async lint(uri: string, text: string | undefined, version: number, settings: ServerSettings, root: string): Promise<DocumentLint> {
    const path = pathOf(uri, root);
    let options: LintOptions;
    try {
      options = this.sameAsBefore(await lintOptionsFor(path, settings, root));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      const at = { line: 0, character: 0 };
      return { diagnostics: [{ range: { start: at, end: at }, severity: 1, source: SOURCE, message: error.line(settings.locale ?? 'zh').trimEnd() }], locale: settings.locale ?? 'zh', fixes: [] };
    }
    const finder = new PreviousYearFinder(new ReportLoader({ limits: this.limits, summarizer: this }));
    this.finders.set(resolve(path), finder);
    try {
      const bytes = text === undefined ? undefined : new TextEncoder().encode(text);
      const result = (await this.pool.lint(path, { options, output: { withSource: false }, fix: false }, bytes).result)!;
      const editable = text === undefined ? undefined : version;
      const fixes = editable === undefined ? [] : result.messages.filter((m) => m.fix);
      return { diagnostics: result.messages.map((m) => toDiagnostic(m, options.rules, editable)), locale: options.locale, fixes };
    } finally {
      if (this.finders.get(resolve(path)) === finder) this.finders.delete(resolve(path));
    }
  }

  /** A sibling's summary, for a lookup: parsed in the worker, never in the server's thread. */
  summary(path: string, bytes?: Uint8Array): Promise<Summarized> {
    return this.pool.summarize(path, bytes);
  }

  has(): boolean {
    return false;
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private sameAsBefore(options: LintOptions): LintOptions {
    const key = JSON.stringify([options.locale, [...options.settings], [...(options.pluginFiles ?? [])]]);
    const known = this.configs.get(key);
    if (known) return known;
    this.configs.set(key, options);
    return options;
  }
}
