import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatOf, parserFor } from '../adapters/index.js';
import { decode } from '../adapters/decode.js';
import { DocxError } from '../adapters/docx-error.js';
import { DEFAULT_LIMITS, type Limits, type OverLimit, textOverLimit, treeOverLimit } from './budgets.js';
import { IsolatedParser } from './isolate.js';
import type { ParsedDocument } from '../text/document.js';
import type { CoreMessageId } from '../i18n.js';
import type { Range } from '../types.js';
import { type Report, buildReport } from '../model/report.js';

/** A file that cannot be read as a report: why (a fatal message, localised later). */
export type Failure = { ok: false; reason: CoreMessageId; data?: Record<string, string | number>; source?: string };

/** Something worth a warning about how the file was read (a span cut to the limit, say). */
export interface Notice {
  id: CoreMessageId;
  data: Record<string, string | number>;
  range: Range;
}

/** A file read as a report, or why it cannot be one. */
export type Loaded = { ok: true; report: Report; notices?: Notice[] } | Failure;

/** A file parsed (not yet a report), or why it cannot be. */
export type Parsed = { ok: true; doc: ParsedDocument } | Failure;

/** A document with no title, no section and no table with data is not a report at all. */
function looksLikeReport(report: Report): boolean {
  const hasData = [...report.tables.values()].some((t) => [...t.blocks.values()].some((b) => b.rows.size > 0));
  return report.title !== undefined || report.sections.length > 0 || hasData;
}

/** A parsed document as a report, unless it is empty or no report at all. */
export function fromDocument(doc: ParsedDocument, limits: Pick<Limits, 'maxSpan'> = DEFAULT_LIMITS): Loaded {
  if (doc.source.text.trim() === '') return { ok: false, reason: 'emptyFile' };
  const report = buildReport(doc);
  if (!looksLikeReport(report)) return { ok: false, reason: 'notAReport', source: doc.source.text };
  const notices = (doc.spansClamped ?? []).map(({ found, range }): Notice => ({ id: 'spanClamped', data: { found, max: limits.maxSpan }, range }));
  return { ok: true, report, ...(notices.length ? { notices } : {}) };
}

function overLimit(over: OverLimit): Failure {
  return { ok: false, reason: 'overLimit', data: { ...over } };
}

/** What a parser threw, as a message a user can act on (never the library's own words). */
function thrown(error: unknown): Failure {
  if (error instanceof RangeError) return { ok: false, reason: 'nestedTooDeeply' };
  if (error instanceof DocxError) return { ok: false, reason: error.reason };
  return { ok: false, reason: 'parseError', data: { detail: (error as Error).message } };
}

/**
 * Parses bytes (a file's or stdin's) within the limits. Whatever a parser throws on one
 * file is a fatal message for that file: the rest of the run goes on.
 */
export async function parseBytes(bytes: Uint8Array, filePath: string, limits: Limits = DEFAULT_LIMITS): Promise<Parsed> {
  try {
    return await parse(bytes, filePath, limits);
  } catch (error) {
    return thrown(error);
  }
}

async function parse(bytes: Uint8Array, filePath: string, limits: Limits): Promise<Parsed> {
  if (bytes.length > limits.maxFileBytes) return overLimit({ limit: 'maxFileBytes', found: bytes.length, max: limits.maxFileBytes });
  const format = formatOf(filePath, bytes.subarray(0, 2048));
  let doc: ParsedDocument;
  if (format === 'docx') {
    const { parseDocx } = await import('../adapters/docx.js');
    doc = await parseDocx(bytes, limits);
  } else {
    const decoded = decode(bytes);
    if (!decoded.ok) {
      return decoded.reason === 'binary' ? { ok: false, reason: 'binaryFile' } : { ok: false, reason: 'undecodable', data: { detail: decoded.detail } };
    }
    const tooLong = textOverLimit(decoded.text, limits);
    if (tooLong) return overLimit(tooLong);
    doc = (await parserFor(format))(decoded.text, limits);
  }
  const tooBig = treeOverLimit(doc.tree, limits) ?? textOverLimit(doc.source.text, limits);
  return tooBig ? overLimit(tooBig) : { ok: true, doc };
}

/** The report of a parsed file; building it can throw only on a bug, which is then that file's fatal message. */
export function fromParsed(parsed: Parsed, limits: Limits = DEFAULT_LIMITS): Loaded {
  if (!parsed.ok) return parsed;
  try {
    return fromDocument(parsed.doc, limits);
  } catch (error) {
    return thrown(error);
  }
}

/** Reads bytes already in memory (a file's or stdin's) as a report, in this thread. */
export async function loadBytes(bytes: Uint8Array, filePath: string, limits: Limits = DEFAULT_LIMITS): Promise<Loaded> {
  return fromParsed(await parseBytes(bytes, filePath, limits), limits);
}

export interface LoaderOptions {
  limits?: Limits;
  /**
   * Parse in worker threads with a memory cap and a deadline (src/pipeline/isolate.ts), so
   * that a runaway file is a fatal message and not the end of the run.
   */
  isolate?: boolean;
}

/**
 * Reads and parses each file once per run, whether it is linted itself or only consulted
 * (as last year's report of another file).
 */
export class ReportLoader {
  private readonly cache = new Map<string, Promise<Loaded>>();
  readonly limits: Limits;
  private readonly isolated?: IsolatedParser;

  constructor(options: LoaderOptions = {}) {
    this.limits = options.limits ?? DEFAULT_LIMITS;
    if (options.isolate) this.isolated = IsolatedParser.shared(this.limits);
  }

  load(filePath: string): Promise<Loaded> {
    return this.cached(filePath, (path) => this.loadFile(path));
  }

  /** A file whose bytes the caller has already read, so that it is not read again. */
  loadRead(filePath: string, bytes: Uint8Array): Promise<Loaded> {
    return this.cached(filePath, (path) => this.loadBytes(bytes, path));
  }

  /** Bytes read as a report, not cached (stdin's, or text an editor holds). */
  async loadBytes(bytes: Uint8Array, filePath: string): Promise<Loaded> {
    const parsed = this.isolated ? await this.isolated.parse(bytes, filePath, this.limits) : await parseBytes(bytes, filePath, this.limits);
    return fromParsed(parsed, this.limits);
  }

  private async loadFile(filePath: string): Promise<Loaded> {
    let bytes: Uint8Array;
    try {
      // A FIFO, socket or device would block a read or never end: only regular files are read.
      const info = await stat(filePath);
      if (!info.isFile()) return { ok: false, reason: 'notRegularFile' };
      if (info.size > this.limits.maxFileBytes) return overLimit({ limit: 'maxFileBytes', found: info.size, max: this.limits.maxFileBytes });
      bytes = await readFile(filePath);
    } catch (error) {
      return { ok: false, reason: 'readError', data: { detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message } };
    }
    return this.loadBytes(bytes, filePath);
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
