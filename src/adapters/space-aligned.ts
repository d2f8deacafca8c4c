import { looksLikeValue } from '../text/cell-value.js';
import { SPACE_CHARS, isSpaceCode } from '../text/labels.js';
import { labelIndexOf } from '../recognize/label-index.js';
import { loadTemplates } from '../templates/load.js';
import { matchesIn } from '../text/matches.js';
import { LABEL_SCORE, MIN_LABELS, MIN_VALUES } from './table-run.js';

/**
 * Tables laid out with spaces, as `pdftotext -layout` and many plain-text exports write
 * them: a row is its labels, then its values, each separated from the next by two spaces
 * or more; a label too long for its cell is wrapped, with the row's values on its last
 * line (or, vertically centred, on a middle line); header labels are stacked over several
 * lines. A run of such lines is a table only
 * when its rows carry template labels: a sentence with numbers and double spaces in it
 * stays prose.
 */

interface SourceLine {
  text: string;
  start: number;
}

/** A stretch of the source, as absolute offsets. */
interface Span {
  start: number;
  end: number;
}

/** A token of a line: its place in the source and the columns it covers in its line. */
interface Token extends Span {
  text: string;
  from: number;
  to: number;
}

interface AlignedLine {
  line: SourceLine;
  labels: Token[];
  values: Token[];
}

/** A cell: one token, or the pieces of a label wrapped or stacked over lines. */
export type AlignedCell = Span[];

export interface AlignedTable {
  rows: AlignedCell[][];
  /** Index of the table's first line: short lines before it are no part of it. */
  first: number;
  /** Index of the first line after the table. */
  next: number;
}

export interface AlignedInput {
  line: SourceLine;
  /** Blank lines may stand between rows; delimited lines ("a | b", tabs) end the run. */
  kind: 'blank' | 'pipe' | 'tab' | 'heading' | 'text';
}

/** Cells hold labels or numbers, never sentences. */
const CELL_MAX = 60;
const GAP = new RegExp(`[${SPACE_CHARS}]{2,}`, 'gu');
const WORD = new RegExp(`[^${SPACE_CHARS}]+`, 'gu');
/** A wrapped row label takes at most this many lines above its values. */
const MAX_WRAP = 3;
/**
 * The text adapter tries a table at every line, so a try must stay short where there is
 * none: so many short lines before the first label, or label lines without values between,
 * end it (a header and a vertical label take a dozen lines at most).
 */
const MAX_LEAD = 3;
const MAX_PENDING = 30;
/** Lines that may stand between two pieces of a stacked header label (another column's second line). */
const STACK_GAP = 2;

function tokensOf(line: SourceLine): Token[] {
  const out: Token[] = [];
  let from = 0;
  const push = (to: number) => {
    let a = from;
    let b = to;
    while (a < b && isSpaceCode(line.text.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(line.text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ text: line.text.slice(a, b), from: a, to: b, start: line.start + a, end: line.start + b });
  };
  for (const m of matchesIn(line.text, GAP)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(line.text.length);
  return out;
}

/** Values set one space apart ("0 0 0") where the columns are narrow are one value each. */
function splitValues(token: Token): Token[] | undefined {
  const parts: Token[] = [];
  for (const m of matchesIn(token.text, WORD)) {
    if (!looksLikeValue(m[0])) return undefined;
    const from = token.from + m.index;
    parts.push({ text: m[0], from, to: from + m[0].length, start: token.start + m.index, end: token.start + m.index + m[0].length });
  }
  return parts;
}

/** A line's tokens: its labels, then its values (the tokens from the last label on). */
interface LineRead {
  labels: Token[];
  values: Token[];
}

function readLine(line: SourceLine): LineRead {
  const tokens = tokensOf(line);
  let split = tokens.length;
  const values: Token[] = [];
  while (split > 0) {
    const parts = splitValues(tokens[split - 1]!);
    if (!parts) break;
    values.unshift(...parts);
    split--;
  }
  return { labels: tokens.slice(0, split), values };
}

const cellLike = (t: Token) => t.text.length <= CELL_MAX && !t.text.includes('。');
const overlaps = (a: Token, b: Token) => a.from < b.to + 1 && b.from < a.to + 1;
const textOf = (pieces: Token[]) => pieces.map((p) => p.text).join('');

const indexes = () => loadTemplates().map(labelIndexOf);

/** How well a text matches a template label (1 exact, from 0.9 a label at all). */
function labelScore(text: string): number {
  let top = 0;
  for (const index of indexes()) for (const m of index.matches(text)) top = Math.max(top, Math.min(m.score, 1));
  return top;
}
const isLabel = (text: string) => labelScore(text) >= LABEL_SCORE;
/** A column label claims a column of its table; a header group label (行政诉讼) does not. */
const isColumnLabel = (text: string) => indexes().some((index) => index.matches(text).some((m) => m.score >= LABEL_SCORE && m.entry.kind === 'column'));

/**
 * The reader of a document's space-aligned tables: `tableAt(from)` reads one starting at
 * `lines[from]`, or says there is none. The text adapter tries a table at every line, so one
 * line is read by several tries: each line's tokens are read once, and kept by its index.
 */
export function spaceAlignedReader(lines: readonly AlignedInput[]): (from: number) => AlignedTable | undefined {
  const reads: (LineRead | undefined)[] = [];
  // A try may set the line's labels anew (never change the arrays): each gets its own line.
  const alignedLine = (i: number): AlignedLine => {
    const read = (reads[i] ??= readLine(lines[i]!.line));
    return { line: lines[i]!.line, labels: read.labels, values: read.values };
  };
  return (from) => tableAt(lines, from, alignedLine);
}

function tableAt(lines: readonly AlignedInput[], from: number, alignedLine: (i: number) => AlignedLine): AlignedTable | undefined {
  const rows: AlignedCell[][] = [];
  let pending: AlignedLine[] = [];
  let values = 0;
  let labels = 0;
  let first: number | undefined;
  let skipped = 0;
  let next = from;
  for (let i = from; i < lines.length; i++) {
    const { kind } = lines[i]!;
    if (kind === 'blank') continue;
    if (kind === 'pipe' || kind === 'tab') break;
    const aligned = alignedLine(i);
    if (!aligned.labels.every(cellLike)) break;
    if (aligned.values.length === 0) {
      // A section heading alone on its line ends the table.
      if (kind === 'heading' && aligned.labels.length === 1) break;
      // The table opens with a header, block or row label, not with a short line of prose.
      if (first === undefined && aligned.labels.length < 2 && !isLabel(aligned.labels[0]!.text)) {
        if (++skipped > MAX_LEAD) break;
        continue;
      }
      first ??= i;
      pending.push(aligned);
      if (pending.length > MAX_PENDING) break;
      continue;
    }
    first ??= i;
    let below = i + 1;
    while (below < lines.length && lines[below]!.kind === 'blank') below++;
    const after = lines[below]?.kind === 'text' ? alignedLine(below) : undefined;
    const label = rowLabel(aligned, pending, after?.values.length === 0 ? after : undefined);
    if (aligned.labels.length > 0 && !label) break;
    if (!label && aligned.values.length < 2) break;
    const used = new Set(label?.pieces ?? []);
    const stacked = headerRows(pending.map((p) => ({ ...p, labels: p.labels.filter((t) => !used.has(t)) })));
    const own = aligned.labels.filter((t) => !used.has(t)).map((t) => [t]);
    rows.push(...stacked, [...own, ...(label ? [label.pieces] : []), ...aligned.values.map((v) => [v])]);
    values += aligned.values.length;
    labels += (label ? 1 : 0) + stacked.flat().filter((cell) => isLabel(textOf(cell))).length;
    pending = [];
    if (after && label?.pieces.some((p) => after.labels.includes(p))) {
      // The rest of the label was on the next line: that line is read.
      after.labels = after.labels.filter((t) => !used.has(t));
      if (after.labels.length) pending.push(after);
      i = below;
    }
    next = i + 1;
  }
  if (first === undefined || values < MIN_VALUES || labels < MIN_LABELS) return undefined;
  return { rows, first, next };
}

/**
 * The label of a row with values: its last label token, or, for a label wrapped in its
 * cell, that token with the pieces above and below it in the same column — whichever
 * reads best as a template label. pdftotext puts a wrapped label's values on its last
 * line or, when the label is vertically centred, on a middle line (or a line of its own).
 */
function rowLabel(row: AlignedLine, pending: AlignedLine[], after: AlignedLine | undefined): { pieces: Token[] } | undefined {
  const last = row.labels[row.labels.length - 1];
  const firstValue = row.values[0]!;
  const inColumn = (t: Token) => (last ? overlaps(t, last) : t.to <= firstValue.from);
  const above: Token[] = [];
  for (let k = pending.length - 1; k >= 0 && above.length < MAX_WRAP - 1; k--) {
    const t = pending[k]!.labels.find(inColumn);
    if (t) above.unshift(t);
  }
  const under = after?.labels.find(inColumn);
  let best: { pieces: Token[]; score: number } | undefined;
  for (let k = 0; k <= above.length; k++) {
    for (const tail of under ? [[], [under]] : [[]]) {
      // Values on a line of their own stand between the label's first and last lines.
      if (!last && (k === 0 || tail.length === 0)) continue;
      const pieces = [...above.slice(above.length - k), ...(last ? [last] : []), ...tail];
      const score = labelScore(textOf(pieces));
      // Fewer pieces win a tie: a label that is whole on its line takes nothing from its neighbours.
      if (score >= LABEL_SCORE && (!best || score > best.score)) best = { pieces, score };
    }
  }
  if (best) return { pieces: best.pieces };
  return row.labels.some((t) => isLabel(t.text)) && last ? { pieces: [last] } : undefined;
}

/**
 * Label-only lines (headers, block labels, group labels) as rows: a label stacked over
 * lines ("结果" over "维持", with other lines between) is joined into one cell, one row per
 * line a cell starts on. Two stacked pieces join when together they make a label, or when
 * neither is one alone; two labels never join (the fuzzy matcher would take a long label
 * with a short one under it for the long one). Where the pieces do not all read as
 * labels, the header could not be rebuilt: only the labels that claim no column are kept
 * (行政诉讼, 第二十条第（一）项, 三、本年度办理结果), so that no column is reported
 * missing for a header that was merely not understood.
 */
function headerRows(lines: AlignedLine[]): Token[][][] {
  const rows: Token[][][] = [];
  const cells: { pieces: Token[]; line: number }[] = [];
  lines.forEach((line, n) => {
    const row: Token[][] = [];
    for (const t of line.labels) {
      const cell = cells
        .filter((c) => c.line >= n - STACK_GAP && c.line < n && overlaps(c.pieces[c.pieces.length - 1]!, t))
        .reverse()
        .find((c) => {
          const above = isLabel(textOf(c.pieces));
          const below = isLabel(t.text);
          return !(above && below) && (isLabel(textOf(c.pieces) + t.text) || (!above && !below));
        });
      if (cell) {
        cell.pieces.push(t);
        cell.line = n;
      } else {
        const pieces = [t];
        cells.push({ pieces, line: n });
        row.push(pieces);
      }
    }
    if (row.length) rows.push(row);
  });
  if (rows.flat().every((cell) => isLabel(textOf(cell)))) return rows;
  return rows.map((row) => row.filter((cell) => isLabel(textOf(cell)) && !isColumnLabel(textOf(cell)))).filter((row) => row.length);
}
