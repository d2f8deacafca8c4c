import { looksLikeValue } from '../text/cell-value.js';

/**
 * Tables laid out with spaces, as `pdftotext -layout` and many plain-text exports write
 * them: a row is its labels, then its values, each separated from the next by two spaces
 * or more; a label too long for its cell is wrapped, with the row's values on its last
 * line; header labels are stacked over several lines. A run of such lines is a table only
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
const GAP = /[ \u00a0\u3000]{2,}/gu;
const SINGLE = /[ \u00a0\u3000]/u;
/** As for tables one cell per line: enough values and template labels to be a table. */
const MIN_VALUES = 4;
const MIN_LABELS = 2;
/** A wrapped row label takes at most this many lines above its values. */
const MAX_WRAP = 3;

function tokensOf(line: SourceLine): Token[] {
  const out: Token[] = [];
  let from = 0;
  const push = (to: number) => {
    let a = from;
    let b = to;
    while (a < b && SINGLE.test(line.text[a]!)) a++;
    while (b > a && SINGLE.test(line.text[b - 1]!)) b--;
    if (b > a) out.push({ text: line.text.slice(a, b), from: a, to: b, start: line.start + a, end: line.start + b });
  };
  for (const m of line.text.matchAll(GAP)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(line.text.length);
  return out;
}

/** Values set one space apart ("0 0 0") where the columns are narrow are one value each. */
function splitValues(token: Token): Token[] | undefined {
  const parts: Token[] = [];
  for (const m of token.text.matchAll(/[^ \u00a0\u3000]+/gu)) {
    if (!looksLikeValue(m[0])) return undefined;
    const from = token.from + m.index;
    parts.push({ text: m[0], from, to: from + m[0].length, start: token.start + m.index, end: token.start + m.index + m[0].length });
  }
  return parts;
}

/** Labels, then values: the values are the tokens from the last label on. */
function alignedLine(line: SourceLine): AlignedLine {
  const tokens = tokensOf(line);
  let split = tokens.length;
  const values: Token[] = [];
  while (split > 0) {
    const parts = splitValues(tokens[split - 1]!);
    if (!parts) break;
    values.unshift(...parts);
    split--;
  }
  return { line, labels: tokens.slice(0, split), values };
}

const cellLike = (t: Token) => t.text.length <= CELL_MAX && !t.text.includes('。');
const overlaps = (a: Token, b: Token) => a.from < b.to + 1 && b.from < a.to + 1;
const textOf = (pieces: Token[]) => pieces.map((p) => p.text).join('');

/**
 * Reads a space-aligned table starting at `lines[from]`, or says there is none. `isLabel`
 * is the template label matcher the model uses.
 */
export function spaceAlignedTable(lines: readonly AlignedInput[], from: number, isLabel: (text: string) => boolean): AlignedTable | undefined {
  const rows: AlignedCell[][] = [];
  let pending: AlignedLine[] = [];
  let values = 0;
  let labels = 0;
  let first: number | undefined;
  let next = from;
  for (let i = from; i < lines.length; i++) {
    const { line, kind } = lines[i]!;
    if (kind === 'blank') continue;
    if (kind === 'pipe' || kind === 'tab') break;
    const aligned = alignedLine(line);
    if (!aligned.labels.every(cellLike)) break;
    if (aligned.values.length === 0) {
      // A section heading alone on its line ends the table.
      if (kind === 'heading' && aligned.labels.length === 1) break;
      // The table opens with a header, block or row label, not with a short line of prose.
      if (first === undefined && aligned.labels.length < 2 && !isLabel(aligned.labels[0]!.text)) continue;
      first ??= i;
      pending.push(aligned);
      continue;
    }
    first ??= i;
    const label = rowLabel(aligned, pending, isLabel);
    if (aligned.labels.length > 0 && !label) break;
    if (aligned.labels.length === 0 && aligned.values.length < 2) break;
    const joined = new Set(label?.joined ?? []);
    const stacked = stackedRows(pending.map((p) => ({ ...p, labels: p.labels.filter((t) => !joined.has(t)) })), isLabel);
    const labelCells = aligned.labels.map((t, k) => (k === aligned.labels.length - 1 && label ? label.pieces : [t]));
    rows.push(...stacked, [...labelCells, ...aligned.values.map((v) => [v])]);
    values += aligned.values.length;
    labels += (label ? 1 : 0) + stacked.flat().filter((cell) => isLabel(textOf(cell))).length;
    pending = [];
    next = i + 1;
  }
  if (first === undefined || values < MIN_VALUES || labels < MIN_LABELS) return undefined;
  return { rows, first, next };
}

/**
 * The label of a row with values: its last label token, joined to the tokens above it in
 * the same column when only together they make a template label (a label wrapped in its
 * cell). The row is labelled when one of its labels is a template label.
 */
function rowLabel(row: AlignedLine, pending: AlignedLine[], isLabel: (text: string) => boolean): { pieces: Token[]; joined: Token[] } | undefined {
  const last = row.labels[row.labels.length - 1];
  if (!last) return undefined;
  if (!isLabel(last.text)) {
    const above: Token[] = [];
    for (let k = pending.length - 1; k >= 0 && above.length < MAX_WRAP - 1; k--) {
      const t = pending[k]!.labels.find((x) => overlaps(x, last));
      if (!t) break;
      above.unshift(t);
      if (isLabel(textOf([...above, last]))) return { pieces: [...above, last], joined: above };
    }
  }
  return row.labels.some((t) => isLabel(t.text)) ? { pieces: [last], joined: [] } : undefined;
}

/**
 * Label-only lines (headers, block labels, group labels) as rows: a label stacked over
 * lines ("结果" over "维持") is joined into one cell, one row per line a cell starts on.
 * Two stacked pieces join when together they make a label, or when neither is one alone;
 * two labels never join (the fuzzy matcher would take a long label with a short one
 * under it for the long one).
 */
function stackedRows(lines: AlignedLine[], isLabel: (text: string) => boolean): Token[][][] {
  const rows: Token[][][] = [];
  let open: Token[][] = [];
  for (const line of lines) {
    const row: Token[][] = [];
    const nextOpen: Token[][] = [];
    for (const t of line.labels) {
      const cell = open.find((c) => {
        const bottom = c[c.length - 1]!;
        if (!overlaps(bottom, t)) return false;
        const above = isLabel(textOf(c));
        const below = isLabel(t.text);
        return !(above && below) && (isLabel(textOf(c) + t.text) || (!above && !below));
      });
      if (cell) {
        cell.push(t);
        nextOpen.push(cell);
      } else {
        row.push([t]);
        nextOpen.push(row[row.length - 1]!);
      }
    }
    if (row.length) rows.push(row);
    open = nextOpen;
  }
  return rows;
}
