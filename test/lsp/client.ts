import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  ConfigurationRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';

const root = join(import.meta.dirname, '..', '..');

/**
 * A real LSP client of `xxgk-lint --lsp` over stdio: it starts the installed binary, as an
 * editor does, and collects the diagnostics the server pushes, by document.
 */
export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly server: ChildProcess;
  private readonly received = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiting = new Map<string, ((p: PublishDiagnosticsParams) => void)[]>();
  stderr = '';

  /** `options`: more of the command line, after `--lsp --stdio`. */
  constructor(settingsFor: (scopeUri: string | undefined) => unknown = () => ({}), options: string[] = []) {
    this.server = spawn(process.execPath, [join(root, 'bin', 'xxgk-lint.js'), '--lsp', '--stdio', ...options], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    this.server.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.server.stdout!), new StreamMessageWriter(this.server.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const waiter = this.waiting.get(p.uri)?.shift();
      if (waiter) waiter(p);
      else this.received.set(p.uri, [...(this.received.get(p.uri) ?? []), p]);
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((i) => settingsFor(i.scopeUri)));
    this.connection.listen();
  }

  /** The next diagnostics the server publishes for a document. */
  next(uri: string): Promise<PublishDiagnosticsParams> {
    const queued = this.received.get(uri)?.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve) => this.waiting.set(uri, [...(this.waiting.get(uri) ?? []), resolve]));
  }

  /** Ends the server as an editor does: shutdown, then exit; resolves with its exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.server.on('exit', resolve));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}

/** The parts of a diagnostic a spec reads: where (0-based line:character), rule, severity, message. */
export function brief(d: Diagnostic) {
  return { at: `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`, code: d.code, severity: d.severity, message: d.message };
}
