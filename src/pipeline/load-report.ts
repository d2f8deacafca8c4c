import { closeSync, constants, fstatSync, opendirSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatOf } from '../adapters/index.js';
import { decode, decodeHead, utf8Lines } from '../adapters/decode.js';
import { DEFAULT_LIMITS, type Limits } from './budgets.js';
import { systemReason } from '../i18n.js';
import { type Parsed, overLimit, parseBytes, thrown } from './parse-bytes.js';
import { type Failure, type Loaded, fromDocument } from '../model/loaded.js';
import { type ReportSummary, summarize } from '../model/summary.js';
import { HEAD_BYTES, HEAD_LINES, pageTitleAgencies, titleAgencies, utf8TitleAgencies } from './title-peek.js';
import { detached } from '../text/detached.js';


/** The report of a parsed file; building it can throw only on a bug, which is then that file's fatal message. */
export function fromParsed(parsed: Parsed, limits: Limits = DEFAULT_LIMITS): Loaded {
  if (!parsed.ok) return parsed;
  try {
    return fromDocument(parsed.doc, limits.maxSpan);
  } catch (error) {
    return thrown(error);
  }
}

/** Reads bytes already in memory (a file's or stdin's) as a report, in this thread. */
export async function loadBytes(bytes: Uint8Array, filePath: string, limits: Limits = DEFAULT_LIMITS): Promise<Loaded> {
  return fromParsed(await parseBytes(bytes, filePath, limits), limits);
}

/**
 * Opens a file for reading if it is a regular file within `maxFileBytes`, or says why not. The
 * open does not block (O_NONBLOCK), so that a FIFO, socket or device cannot hang it or a read
 * (none is read: only regular files are), and fstat then tells what was opened.
 */
function openRegularFile(filePath: string, maxFileBytes: number): { fd: number } | Failure {
  let fd: number;
  try {
    fd = openSync(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    // A folder the search could not read (src/cli/files.ts) cannot be opened either.
    if (isDirectory(filePath)) return unreadableDirectory(filePath);
    return { ok: false, reason: 'readError', data: { detail: systemReason(error) } };
  }
  const info = fstatSync(fd);
  const failure: Failure | undefined = info.isDirectory()
    ? unreadableDirectory(filePath)
    : !info.isFile()
      ? { ok: false, reason: 'notRegularFile' }
      : info.size > maxFileBytes
        ? overLimit({ limit: 'maxFileBytes', found: info.size, max: maxFileBytes })
        : undefined;
  if (!failure) return { fd };
  closeSync(fd);
  return failure;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A folder named as a file: that it cannot be read, if it cannot; else that it is a folder. */
function unreadableDirectory(path: string): Failure {
  try {
    opendirSync(path).closeSync();
    return { ok: false, reason: 'readError', data: { detail: systemReason({ code: 'EISDIR' }) } };
  } catch (error) {
    return { ok: false, reason: 'directoryUnreadable', data: { detail: systemReason(error) } };
  }
}

/**
 * A file's bytes, or why it is not read: only regular files within limits.maxFileBytes are.
 * Read synchronously: a worker reads one file at a time, and each asynchronous call is a trip
 * through libuv's thread pool.
 */
export function readReportFile(filePath: string, limits: Pick<Limits, 'maxFileBytes'>): Uint8Array | Failure {
  const opened = openRegularFile(filePath, limits.maxFileBytes);
  if ('ok' in opened) return opened;
  try {
    return readFileSync(opened.fd);
  } catch (error) {
    return { ok: false, reason: 'readError', data: { detail: systemReason(error) } };
  } finally {
    closeSync(opened.fd);
  }
}

export interface LoaderOptions {
  limits?: Limits;
  /**
   * Where summaries come from when files are linted in a pool of workers
   * (src/pipeline/pooled-run.ts): parsed there, never in this thread.
   */
  summarizer?: Summarizer;
}

/** A source of summaries other than parsing in this thread. */
export interface Summarizer {
  /** The file's summary; `bytes` when the caller has read them already. */
  summary(path: string, bytes?: Uint8Array): Promise<Summarized>;
  /**
   * Whether the file's summary is known, or will be without another read (a file the run lints):
   * a lookup then asks for it instead of reading the file to see whether it may be the one.
   */
  has(path: string): boolean;
}

/**
 * The buffer every head is read into: the read and its decoding are synchronous, and decoding
 * copies, so one will do; a new one for each of a thousand siblings was 24 MB to zero.
 */
const HEAD = new Uint8Array(HEAD_BYTES);

/**
 * The agencies the title lines of a Markdown or text file's first HEAD_BYTES name (of a shorter
 * file in UTF-8, of its first HEAD_LINES lines), or undefined when it is no regular file within
 * the size limit. A folder of a thousand reports costs a short read of each (the whole file only
 * when its first bytes do not tell its encoding for sure), made synchronously: four system
 * calls, where each asynchronous one is a trip through libuv's thread pool that cost the peeks
 * of a folder of 1,000 about 0.3 s.
 */
function headAgencies(path: string, maxFileBytes: number): string[] | undefined {
  const opened = openRegularFile(path, maxFileBytes);
  if ('ok' in opened) return undefined;
  try {
    const head = HEAD;
    const bytesRead = readSync(opened.fd, head, 0, HEAD_BYTES, 0);
    if (bytesRead < HEAD_BYTES) {
      const bytes = head.subarray(0, bytesRead);
      const lines = utf8Lines(bytes, HEAD_LINES);
      if (lines !== undefined) return utf8TitleAgencies(lines);
      const decoded = decode(bytes);
      return decoded.ok ? titleAgencies(decoded.text) : undefined;
    }
    const text = decodeHead(head) ?? decodedWhole(opened.fd);
    return text === undefined ? undefined : titleAgencies(text);
  } finally {
    closeSync(opened.fd);
  }
}

function decodedWhole(fd: number): string | undefined {
  const whole = decode(readFileSync(fd));
  return whole.ok ? whole.text : undefined;
}

/** The agencies a Markdown, text or HTML file's title names; undefined when only a parse can tell. */
async function peekTitles(path: string, maxFileBytes: number): Promise<string[] | undefined> {
  const format = formatOf(path, new Uint8Array(0));
  if (format !== 'markdown' && format !== 'text' && format !== 'html') return undefined;
  try {
    // Kept for the whole run: copies, not views into the file's text.
    if (format !== 'html') {
      return headAgencies(path, maxFileBytes)?.map(detached);
    }
    // A FIFO or device would block the read for ever, and a file over the limit is not read whole.
    const info = await stat(path);
    if (!info.isFile() || info.size > maxFileBytes) return undefined;
    const decoded = decode(await readFile(path));
    if (!decoded.ok) return undefined;
    // A page's title lines may stand anywhere in its markup: the whole page is read.
    const { htmlTitleLines } = await import('../adapters/html-title-lines.js');
    return pageTitleAgencies(htmlTitleLines(decoded.text)).map(detached);
  } catch {
    return undefined;
  }
}

/** What a lookup gets of a file: the summary of its report, or that it is none. */
export type Summarized = { ok: true; report: ReportSummary } | Extract<Loaded, { ok: false }>;

/** What a lookup may need of a loaded file: a few hundred bytes, never the model or the source. */
export function summarized(l: Loaded): Summarized {
  return l.ok ? { ok: true, report: summarize(l.report) } : { ok: false, reason: l.reason, ...(l.data ? { data: l.data } : {}) };
}

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
  readonly limits: Limits;
  private readonly summarizer?: Summarizer;

  constructor(options: LoaderOptions = {}) {
    this.limits = options.limits ?? DEFAULT_LIMITS;
    this.summarizer = options.summarizer;
  }

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
    const loaded = this.loadFile(path);
    // A summary made earlier (for a lookup) stands: the file is the same for the whole run.
    return this.summaries.has(path) ? loaded : this.remember(path, loaded);
  }

  /** What another file's lookup reads of a file: its summary, the file parsed if it was not yet. */
  summary(filePath: string): Promise<Summarized> {
    return this.summaryOf(resolve(filePath));
  }

  /** The same, for a file whose bytes the caller has already read, so that it is not read again. */
  summaryRead(filePath: string, bytes: Uint8Array): Promise<Summarized> {
    return this.summaryOf(resolve(filePath), bytes);
  }

  /** Bytes read as a report, not cached (stdin's, or text an editor holds). */
  async loadBytes(bytes: Uint8Array, filePath: string): Promise<Loaded> {
    return fromParsed(await parseBytes(bytes, filePath, this.limits), this.limits);
  }

  private async loadFile(filePath: string): Promise<Loaded> {
    const bytes = readReportFile(filePath, this.limits);
    return bytes instanceof Uint8Array ? this.loadBytes(bytes, filePath) : bytes;
  }

  has(filePath: string): boolean {
    const path = resolve(filePath);
    return this.summaries.has(path) || (this.summarizer?.has(path) ?? false);
  }

  /**
   * Whether a file's title may name this agency: false only when its first lines say another
   * (read once per run). A title line may carry more than the model reads as the agency (a
   * crawler's "标题: " before it): containing the agency is enough to be parsed and asked.
   */
  async mayName(filePath: string, agency: string): Promise<boolean> {
    const named = await this.titleAgencies(filePath);
    return named === undefined || named.some((a) => a.includes(agency));
  }

  /** The agencies a file's title lines name; undefined when only a parse can tell (read once per run). */
  titleAgencies(filePath: string): Promise<string[] | undefined> {
    const path = resolve(filePath);
    let agencies = this.titles.get(path);
    if (!agencies) {
      agencies = peekTitles(path, this.limits.maxFileBytes);
      this.titles.set(path, agencies);
    }
    return agencies;
  }

  private summaryOf(path: string, bytes?: Uint8Array): Promise<Summarized> {
    if (!this.summaries.has(path)) {
      if (this.summarizer) {
        this.summaries.set(path, this.summarizer.summary(path, bytes));
      } else {
        const loaded = this.remember(path, bytes ? this.loadBytes(bytes, path) : this.loadFile(path));
        if (this.linted.has(path)) this.waiting.set(path, loaded);
      }
    }
    return this.summaries.get(path)!;
  }

  private remember(path: string, loaded: Promise<Loaded>): Promise<Loaded> {
    this.summaries.set(path, loaded.then(summarized));
    return loaded;
  }
}
