import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatOf, parserFor } from '../adapters/index.js';
import { decode } from '../adapters/decode.js';
import { DocxError } from '../adapters/docx-error.js';
import { PdfError } from '../adapters/pdf/error.js';
import type { ParsedDocument } from '../text/document.js';
import type { CoreMessageId } from '../i18n.js';
import { type Report, buildReport } from '../model/report.js';

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

/**
 * Reads and parses each file once per run, whether it is linted itself or only consulted
 * (as last year's report of another file).
 */
export class ReportLoader {
  private readonly cache = new Map<string, Promise<Loaded>>();

  load(filePath: string): Promise<Loaded> {
    return this.cached(filePath, loadFile);
  }

  /** A file whose bytes the caller has already read, so that it is not read again. */
  loadRead(filePath: string, bytes: Uint8Array): Promise<Loaded> {
    return this.cached(filePath, (path) => loadBytes(bytes, path));
  }

  has(filePath: string): boolean {
    return this.cache.has(resolve(filePath));
  }

  private cached(filePath: string, load: (path: string) => Promise<Loaded>): Promise<Loaded> {
    const path = resolve(filePath);
    let loaded = this.cache.get(path);
    if (!loaded) {
      loaded = load(path);
      this.cache.set(path, loaded);
    }
    return loaded;
  }
}
