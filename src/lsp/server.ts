import { fileURLToPath } from 'node:url';
import { type Connection, ProposedFeatures, TextDocumentSyncKind, TextDocuments, createConnection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_LIMITS, type Limits } from '../pipeline/budgets.js';
import type { LintMessage, Locale } from '../types.js';
import { FIX_ALL, codeActionsFor, fixAllAction } from './code-actions.js';
import { DocumentLinter, isRendition } from './lint-document.js';
import { SETTINGS_SECTION, type ServerSettings, readSettings } from './settings.js';

/**
 * Lints one document at a time per URI: a change while a lint runs asks for one more lint
 * of the newest text when it ends, so typing never queues a lint per keystroke and an older
 * result never replaces a newer one.
 */
class LintQueue {
  private readonly running = new Set<string>();
  private readonly again = new Set<string>();

  constructor(private readonly lint: (uri: string) => Promise<void>) {}

  request(uri: string): void {
    if (this.running.has(uri)) {
      this.again.add(uri);
      return;
    }
    this.running.add(uri);
    void this.lint(uri).finally(() => {
      this.running.delete(uri);
      if (this.again.delete(uri)) this.request(uri);
    });
  }
}

function serve(connection: Connection, limits: Limits): void {
  const documents = new TextDocuments(TextDocument);
  const locales = new Map<string, Locale>();
  const lastFixes = new Map<string, { version: number; fixes: LintMessage[] }>();
  let initial: ServerSettings = {};
  let root = process.cwd();
  let pullsConfiguration = false;
  const linter = new DocumentLinter(limits);

  const settingsFor = async (uri: string): Promise<ServerSettings> => {
    if (!pullsConfiguration) return initial;
    return { ...initial, ...readSettings(await connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })) };
  };

  const queue = new LintQueue(async (uri) => {
    const doc = documents.get(uri);
    if (!doc) return;
    const rendition = isRendition(uri);
    const version = doc.version;
    try {
      const { diagnostics, locale, fixes } = await linter.lint(uri, rendition ? undefined : doc.getText(), version, await settingsFor(uri), root);
      const now = documents.get(uri);
      // Closed meanwhile, or changed: the newer text is linted next.
      if (!now || (!rendition && now.version !== version)) return;
      locales.set(uri, locale);
      lastFixes.set(uri, { version, fixes });
      await connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (error) {
      connection.console.error(`xxgk-lint: could not lint ${uri}: ${(error as Error).message}`);
    }
  });

  connection.onInitialize((params) => {
    initial = readSettings(params.initializationOptions);
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder?.startsWith('file:')) root = fileURLToPath(folder);
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL] },
      },
      serverInfo: { name: 'xxgk-lint' },
    };
  });

  // Word and PDF are read from disk, on open and save: a buffer's edits are not their text.
  documents.onDidOpen(({ document }) => {
    if (isRendition(document.uri)) queue.request(document.uri);
  });
  documents.onDidChangeContent(({ document }) => {
    if (!isRendition(document.uri)) queue.request(document.uri);
  });
  documents.onDidSave(({ document }) => queue.request(document.uri));
  documents.onDidClose(({ document }) => {
    locales.delete(document.uri);
    lastFixes.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  connection.onDidChangeConfiguration((change) => {
    const settings = (change.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION];
    if (settings !== undefined) initial = { ...initial, ...readSettings(settings) };
    for (const doc of documents.all()) queue.request(doc.uri);
  });
  connection.onCodeAction(({ textDocument, context }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return [];
    const locale = locales.get(doc.uri) ?? initial.locale ?? 'zh';
    const wants = (kind: string) => !context.only || context.only.some((k) => kind === k || kind.startsWith(`${k}.`));
    return [
      ...(wants('quickfix') ? codeActionsFor(doc, context.diagnostics, locale) : []),
      ...(wants(FIX_ALL) ? fixAllAction(doc, lastFixes.get(doc.uri), locale) : []),
    ];
  });

  documents.listen(connection);
  connection.listen();
}

/**
 * `xxgk-lint --lsp`: a language server over stdio. It runs until the client sends exit or
 * closes the stream; vscode-languageserver then ends the process.
 */
/** `limits`: the CLI's `--limit` options, for every document the server lints. */
export function startLanguageServer(limits: Limits = DEFAULT_LIMITS): Promise<number> {
  serve(createConnection(ProposedFeatures.all, process.stdin, process.stdout), limits);
  return new Promise<number>(() => {});
}
