import type { Root } from 'mdast';
import { configError } from '../config/errors.js';
import { DEFAULT_ADAPTER_OPTIONS } from '../text/document.js';
import { DEFAULT_PDF_LIMITS, type PdfLimits } from '../adapters/pdf/limits.js';
import { MAX_DOCX_UNPACKED } from '../adapters/zip.js';
import type { OverLimit as AnyOverLimit } from '../text/over-limit.js';

/**
 * What one file may cost. Real reports are a few hundred lines with three tables of a few
 * dozen rows; each limit is far above that and far below what would exhaust time or memory.
 * Beyond a limit the file gets a fatal message naming the limit (raise it with
 * `--limit name=value`), and the run goes on.
 */
export interface Limits extends Omit<PdfLimits, 'maxSeconds'> {
  /** bytes read from one file */
  maxFileBytes: number;
  /** lines of decoded text */
  maxLines: number;
  /** nodes of the parsed document */
  maxNodes: number;
  /** rows of all tables together */
  maxTableRows: number;
  /** headings */
  maxHeadings: number;
  /** colspan or Word gridSpan: larger spans are cut to this (with a warning) */
  maxSpan: number;
  /** levels of nested elements (HTML, Word) or blocks (Markdown quotes and lists) */
  maxDepth: number;
  /** seconds of a worker's running time to lint one file (not counting its wait for last year's report) */
  maxSeconds: number;
  /** memory of the worker thread that lints a file, in MB */
  maxMemoryMb: number;
  /** bytes a Word file (a zip) says it unpacks to, read before anything is unpacked */
  maxUnpackedBytes: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxFileBytes: 20 * 1024 * 1024,
  maxLines: 20_000,
  maxNodes: 500_000,
  maxTableRows: 5_000,
  maxHeadings: 1_000,
  maxSpan: DEFAULT_ADAPTER_OPTIONS.maxSpan,
  maxDepth: DEFAULT_ADAPTER_OPTIONS.maxDepth,
  maxSeconds: 30,
  maxMemoryMb: 1024,
  maxUnpackedBytes: MAX_DOCX_UNPACKED,
  ...DEFAULT_PDF_LIMITS,
};

export type LimitName = keyof Limits;

/** A limit a file went over, for its fatal message. */
export type OverLimit = AnyOverLimit<LimitName>;

/** Parses `--limit maxTableRows=20000` options over the defaults. */
export function parseLimits(options: string[]): Limits {
  const limits = { ...DEFAULT_LIMITS };
  for (const option of options) {
    const m = /^(\w+)=(\d+)$/.exec(option.trim());
    const name = m?.[1] as LimitName | undefined;
    if (!m || !name || !(name in DEFAULT_LIMITS) || Number(m[2]) < 1) {
      throw configError('badLimit', { option, limits: Object.keys(DEFAULT_LIMITS).join(', ') });
    }
    limits[name] = Number(m[2]);
  }
  return limits;
}

/** The first line-count limit the text goes over: checked before parsing, in one pass. */
export function textOverLimit(text: string, limits: Limits): OverLimit | undefined {
  // LF, CRLF and a lone CR each end a line: a file with old Mac line endings is counted too.
  let lines = 1;
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === 10 || (c === 13 && text.charCodeAt(at + 1) !== 10)) lines++;
  }
  return lines > limits.maxLines ? { limit: 'maxLines', found: lines, max: limits.maxLines } : undefined;
}

/** The first limit a parsed document goes over, counted without recursion (nesting can be deep). */
export function treeOverLimit(tree: Root, limits: Limits): OverLimit | undefined {
  let nodes = 0;
  let rows = 0;
  let headings = 0;
  let depth = 0;
  const stack: { node: { type: string; children?: unknown[] }; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length) {
    const { node, depth: at } = stack.pop()!;
    nodes++;
    if (at > depth) depth = at;
    if (node.type === 'tableRow') rows++;
    else if (node.type === 'heading') headings++;
    if (node.children) for (const c of node.children) stack.push({ node: c as { type: string; children?: unknown[] }, depth: at + 1 });
  }
  if (depth > limits.maxDepth) return { limit: 'maxDepth', found: depth, max: limits.maxDepth };
  if (nodes > limits.maxNodes) return { limit: 'maxNodes', found: nodes, max: limits.maxNodes };
  if (rows > limits.maxTableRows) return { limit: 'maxTableRows', found: rows, max: limits.maxTableRows };
  if (headings > limits.maxHeadings) return { limit: 'maxHeadings', found: headings, max: limits.maxHeadings };
  return undefined;
}
