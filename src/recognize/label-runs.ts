import type { TemplateBlock, TemplateTable } from '../templates/types.js';
import { normalizeLabel } from '../text/labels.js';

/**
 * A table flattened into one line of text ("一、本年新收政府信息公开申请数量6000006二、上年结转…"):
 * the template's row labels, found in order, and the run of digits after each. The labels are
 * compared as everywhere else (normalizeLabel: width, spaces, quotes), so "本年度办 理结果"
 * still reads; what stands between a run and the next row label may only be group labels
 * (三、本年度办理结果（四）无法提供), never more digits.
 */

export interface LabelRun {
  /** Index of the row in its template block. */
  row: number;
  /** The text after the label up to the next label: digits and spaces only. */
  run: string;
  /** Offset of the run in the scanned text. */
  start: number;
}

export interface ScannedBlock {
  block: TemplateBlock;
  rows: LabelRun[];
}

/** Longest stretch of other text (normalised) allowed between a run and the next row label. */
const MAX_GAP = 40;
/** Longest stretch over which a label-less row's column labels may be spread (table 四's header). */
const MAX_HEADER = 160;

const DIGIT_RUN = /^[\d\s\u00a0\u3000]*/u;
const ANY_DIGIT = /[\d\uff10-\uff19]/u;

/** The text without space or quotes, NFKC, with each character's offset in the original. */
class Normalized {
  readonly text: string;
  readonly offsets: number[];
  constructor(original: string) {
    let text = '';
    const offsets: number[] = [];
    for (let i = 0; i < original.length; i++) {
      const c = original.charCodeAt(i);
      // ASCII letters, digits and punctuation other than quotes normalise to themselves.
      if (c > 32 && c < 127 && c !== 34 && c !== 39 && c !== 60 && c !== 62) {
        text += original[i];
        offsets.push(i);
        continue;
      }
      const n = normalizeLabel(original[i]!);
      for (const ch of n) {
        text += ch;
        offsets.push(i);
      }
    }
    this.text = text;
    this.offsets = offsets;
  }

  /** Original offset after the normalised character at `i - 1` and what normalising dropped after it (a closing quote, spaces). */
  endOf(i: number, original: string): number {
    let end = this.offsets[i - 1]! + 1;
    while (end < original.length && normalizeLabel(original[end]!) === '') end++;
    return end;
  }
}

/** Where each template row of a block's labels stands, in order, from `from` on. */
function rowLabels(norm: Normalized, block: TemplateBlock, from: number): { start: number; end: number }[] | undefined {
  const out: { start: number; end: number }[] = [];
  let at = from;
  for (const row of block.rows) {
    const label = normalizeLabel(row.label!);
    const i = norm.text.indexOf(label, at);
    if (i < 0) return undefined;
    out.push({ start: i, end: i + label.length });
    at = i + label.length;
  }
  return out;
}

/** The run after a label: digits and spaces up to `until`; anything else there must hold no digit. */
function runAfter(original: string, start: number, until: number): string | undefined {
  const between = original.slice(start, until);
  const run = DIGIT_RUN.exec(between)![0];
  if (!/\d/u.test(run) || ANY_DIGIT.test(between.slice(run.length))) return undefined;
  return run.trimEnd();
}

function scanLabelled(original: string, norm: Normalized, block: TemplateBlock): LabelRun[] | undefined {
  const first = norm.text.indexOf(normalizeLabel(block.rows[0]!.label!));
  if (first < 0) return undefined;
  const labels = rowLabels(norm, block, first);
  if (!labels) return undefined;
  const rows: LabelRun[] = [];
  for (let r = 0; r < labels.length; r++) {
    const next = labels[r + 1];
    if (next && next.start - labels[r]!.end > MAX_GAP) return undefined;
    const start = norm.endOf(labels[r]!.end, original);
    const until = next ? norm.offsets[next.start]! : start + (DIGIT_RUN.exec(original.slice(start))![0].length);
    const run = runAfter(original, start, until);
    if (run === undefined) return undefined;
    rows.push({ row: r, run, start });
  }
  return rows;
}

/** A block whose one row has no label (table 四): the run right after its column labels. */
function scanUnlabelled(original: string, norm: Normalized, block: TemplateBlock, from: number): LabelRun[] | undefined {
  const labels = block.columns.map((c) => normalizeLabel(c.label));
  let start = norm.text.indexOf(labels[0]!, from);
  while (start >= 0) {
    let at = start;
    for (const label of labels) {
      const i = norm.text.indexOf(label, at);
      at = i < 0 ? -1 : i + label.length;
      if (at < 0) break;
    }
    if (at < 0) return undefined;
    if (at - start <= MAX_HEADER) {
      const runStart = norm.endOf(at, original);
      const run = DIGIT_RUN.exec(original.slice(runStart))![0].trimEnd();
      return /\d/u.test(run) ? [{ row: 0, run, start: runStart }] : undefined;
    }
    start = norm.text.indexOf(labels[0]!, start + 1);
  }
  return undefined;
}

/**
 * The blocks of a template table found flattened in one text, each with every row's run;
 * a block is left out unless all of its rows are found in order with a run of digits.
 */
export function scanLabelRuns(original: string, table: TemplateTable): ScannedBlock[] {
  // Most text holds no flattened table: a cheap look for the first label's last characters first.
  const first = table.blocks[0]!.rows[0]!.label ?? table.blocks[0]!.columns[0]!.label;
  if (!original.includes(normalizeLabel(first).slice(-4))) return [];
  const norm = new Normalized(original);
  const out: ScannedBlock[] = [];
  for (const block of table.blocks) {
    if (block.rows.some((r) => r.label === null) && block.rows.length !== 1) continue;
    const rows = block.rows[0]!.label === null ? scanUnlabelled(original, norm, block, 0) : scanLabelled(original, norm, block);
    if (rows) out.push({ block, rows });
  }
  return out;
}
