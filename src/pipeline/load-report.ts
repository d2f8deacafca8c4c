import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatOf, parserFor } from '../adapters/index.js';
import { decode } from '../adapters/decode.js';
import { DocxError } from '../adapters/docx-error.js';
import { PdfError } from '../adapters/pdf/error.js';
import type { ParsedDocument } from '../text/document.js';
import type { CoreMessageId } from '../i18n.js';
import { type Report, buildReport } from '../model/report.js';
import { type ReportSummary, summarize } from '../model/summary.js';
import { titleAgencies } from './title-peek.js';

/** Larger inputs are refused before being read: no real report comes near this. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** A file read as a report, or why it cannot be one (a fatal message, localised later). */
export type Loaded =
  | { ok: true; report: Report; pages?: ParsedDocument['pages'] }
  | { ok: false; reason: CoreMessageId; data?: Record<string, string | number>; source?: string };

/** A document with no title, no section and no table with data is not a report at all. */
function looksLikeReport(report: Report): boolean {
  const hasData = [...report.tables.values()].some((t) => [...t.blocks.values()].some((b) => b.rows.size > 0));
  return report.title !== undefined || report.sections.length > 0 || hasData;
}

/** A parsed document as a report, unless it is empty or no report at all. */
export function fromDocument(doc: ParsedDocument): Loaded {
  if (doc.source.text.trim() === '') return { ok: false, reason: 'emptyFile' };
  const report = buildReport(doc);
  if (!looksLikeReport(report)) return { ok: false, reason: 'notAReport', source: doc.source.text };
  return doc.pages ? { ok: true, report, pages: doc.pages } : { ok: true, report };
}

const TOO_LARGE: Loaded = { ok: false, reason: 'readError', data: { detail: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` } };

/**
 * Reads bytes already in memory (a file's or stdin's) as a report. Whatever a parser throws
 * on one file (HTML nested thousands deep overflows the stack of the HTML parser, say) is a
 * fatal message for that file: the rest of the run goes on.
 */
export async function loadBytes(bytes: Uint8Array, filePath: string): Promise<Loaded> {
  try {
    return await read(bytes, filePath);
  } catch (error) {
    const detail = error instanceof RangeError ? 'nested too deeply' : (error as Error).message;
    return { ok: false, reason: 'parseError', data: { detail } };
  }
}

async function read(bytes: Uint8Array, filePath: string): Promise<Loaded> {
  if (bytes.length > MAX_FILE_BYTES) return TOO_LARGE;
  const format = formatOf(filePath, bytes.subarray(0, 2048));
  if (format === 'docx') {
    try {
      const { parseDocx } = await import('../adapters/docx.js');
      return fromDocument(await parseDocx(bytes));
    } catch (error) {
      if (error instanceof DocxError) return { ok: false, reason: 'docxError', data: { detail: error.message } };
      throw error;
    }
  }
  if (format === 'pdf') {
    try {
      const { parsePdf } = await import('../adapters/pdf/index.js');
      return fromDocument(await parsePdf(bytes));
    } catch (error) {
      if (error instanceof PdfError) return { ok: false, reason: error.reason, data: { detail: error.detail || 'unreadable' } };
      throw error;
    }
  }
  const decoded = decode(bytes);
  if (!decoded.ok) {
    return decoded.reason === 'binary' ? { ok: false, reason: 'binaryFile' } : { ok: false, reason: 'undecodable', data: { detail: decoded.detail } };
  }
  return fromDocument((await parserFor(format, decoded.text))(decoded.text));
}

async function loadFile(filePath: string): Promise<Loaded> {
  let bytes: Uint8Array;
  try {
    if ((await stat(filePath)).size > MAX_FILE_BYTES) return TOO_LARGE;
    bytes = await readFile(filePath);
  } catch (error) {
    return { ok: false, reason: 'readError', data: { detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message } };
  }
  return loadBytes(bytes, filePath);
}

/** The agencies a Markdown or text file's title names; undefined when only a parse can tell. */
async function peekTitles(path: string): Promise<string[] | undefined> {
  const format = formatOf(path, new Uint8Array(0));
  if (format !== 'markdown' && format !== 'text') return undefined;
  try {
    const decoded = decode(await readFile(path));
    return decoded.ok ? titleAgencies(decoded.text) : undefined;
  } catch {
    return undefined;
  }
}

/** What a lookup gets of a file: the summary of its report, or that it is none. */
export type Summarized = { ok: true; report: ReportSummary } | Extract<Loaded, { ok: false }>;

/**
 * Reads and parses each file once per run, whether it is linted itself or only consulted
 * (as last year's report of another file). Of a linted report only its summary is kept,
 * never the model: memory stays flat however many files a run has. A model parsed for a
 * lookup is kept only until its own file, when the run will lint it, is linted.
 */
export class ReportLoader {
  private readonly summaries = new Map<string, Promise<Summarized>>();
  /** Models parsed for a lookup, waiting for their file's own lint. */
  private readonly waiting = new Map<string, Promise<Loaded>>();
  private linted: ReadonlySet<string> = new Set();
  private readonly titles = new Map<string, Promise<string[] | undefined>>();

  /** The files the run will lint (their models, if a lookup parses them first, are kept for them). */
  willLint(filePaths: string[]): void {
    this.linted = new Set(filePaths.map((f) => resolve(f)));
  }

  /** A file to lint: its model, handed over once. */
  load(filePath: string): Promise<Loaded> {
    const path = resolve(filePath);
    const parsed = this.waiting.get(path);
    if (parsed) {
      this.waiting.delete(path);
      return parsed;
    }
    const loaded = loadFile(path);
    // A summary made earlier (for a lookup) stands: the file is the same for the whole run.
    return this.summaries.has(path) ? loaded : this.remember(path, loaded);
  }

  /** What another file's lookup reads of a file: its summary, the file parsed if it was not yet. */
  summary(filePath: string): Promise<Summarized> {
    return this.summaryOf(resolve(filePath), loadFile);
  }

  /** The same, for a file whose bytes the caller has already read, so that it is not read again. */
  summaryRead(filePath: string, bytes: Uint8Array): Promise<Summarized> {
    return this.summaryOf(resolve(filePath), (path) => loadBytes(bytes, path));
  }

  has(filePath: string): boolean {
    return this.summaries.has(resolve(filePath));
  }

  /** Whether a file's title may name this agency: false only when its first lines say another (read once per run). */
  async mayName(filePath: string, agency: string): Promise<boolean> {
    const path = resolve(filePath);
    let agencies = this.titles.get(path);
    if (!agencies) {
      agencies = peekTitles(path);
      this.titles.set(path, agencies);
    }
    const named = await agencies;
    return named === undefined || named.includes(agency);
  }

  private summaryOf(path: string, load: (path: string) => Promise<Loaded>): Promise<Summarized> {
    if (!this.summaries.has(path)) {
      const loaded = this.remember(path, load(path));
      if (this.linted.has(path)) this.waiting.set(path, loaded);
    }
    return this.summaries.get(path)!;
  }

  private remember(path: string, loaded: Promise<Loaded>): Promise<Loaded> {
    this.summaries.set(
      path,
      loaded.then((l): Summarized => (l.ok ? { ok: true, report: summarize(l.report) } : { ok: false, reason: l.reason, ...(l.data ? { data: l.data } : {}) })),
    );
    return loaded;
  }
}
