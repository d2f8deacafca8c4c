import { looksLikeValue } from '../../text/cell-value.js';
import type { TextRun } from './geometry.js';
import { type TextLine, segmentsOf, textOf } from './lines.js';

/**
 * Tables drawn without ruling lines: a run of lines each split into pieces by wide gaps.
 * The row with the most numbers fixes the value columns (numbers are aligned on their
 * right edge); a heading above a value column goes to the column its left edge falls in;
 * pieces left of the value columns are the row's labels. A row with an empty cell so
 * keeps its numbers under the right headings. A short one-piece line between such lines
 * (第二十条第（五）项) is a row of its own.
 */

/** A gap at least this many font sizes wide separates two cells. */
const CELL_GAP = 1.8;
/** Fewer rows with several cells than this, or no row with this many numbers, is no table. */
const MIN_ROWS = 3;
const MIN_VALUES = 2;
/** A one-piece line inside a table is a row only if it is this short. */
const SHORT_ROW = 24;

export interface ColumnTable {
  /** Index of the first and one past the last line of the run. */
  from: number;
  to: number;
  /** One row per line of the run. */
  rows: string[][];
}

type Piece = { text: string; left: number; right: number };

function piecesOf(line: TextLine): Piece[] {
  return segmentsOf(line, CELL_GAP * line.size).map((runs: TextRun[]) => {
    const last = runs[runs.length - 1]!;
    return { text: textOf(runs), left: runs[0]!.x, right: last.x + last.width };
  });
}

const isValue = (p: Piece) => looksLikeValue(p.text);

function tableOf(rows: Piece[][]): string[][] {
  const fullest = rows.reduce((best, r) => (r.filter(isValue).length > best.filter(isValue).length ? r : best));
  const anchors = fullest.filter(isValue).map((p) => p.right);
  const pitch = anchors.length > 1 ? (anchors[anchors.length - 1]! - anchors[0]!) / (anchors.length - 1) : 40;
  const start = anchors[0]! - pitch;
  return rows.map((pieces) => {
    const labels: string[] = [];
    const cells: string[] = anchors.map(() => '');
    const put = (k: number, text: string) => (cells[k] = cells[k] ? `${cells[k]} ${text}` : text);
    for (const p of pieces) {
      if (isValue(p)) {
        let best = 0;
        anchors.forEach((a, k) => {
          if (Math.abs(a - p.right) < Math.abs(anchors[best]! - p.right)) best = k;
        });
        put(best, p.text);
      } else if (p.left < start) labels.push(p.text);
      else put(Math.max(0, anchors.findIndex((a) => p.left < a)), p.text);
    }
    return [...(labels.length ? labels : ['']), ...cells];
  });
}

/** Runs of lines laid out as a table without rules, in the order of `lines`. */
export function columnTables(lines: TextLine[]): ColumnTable[] {
  const pieces = lines.map(piecesOf);
  const multi = (i: number) => (pieces[i]?.length ?? 0) >= 2;
  // A heading between two tables is no row: it is set larger than the cells.
  const sameSize = (i: number) => Math.abs(lines[i]!.size - lines[i + 1]!.size) <= 0.1 * lines[i + 1]!.size;
  const bridge = (i: number) => pieces[i]?.length === 1 && pieces[i]![0]!.text.length <= SHORT_ROW && multi(i + 1) && sameSize(i);
  const out: ColumnTable[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!multi(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && (multi(j) || (j > i && bridge(j)))) j++;
    const run = pieces.slice(i, j);
    if (run.filter((r) => r.length >= 2).length >= MIN_ROWS && run.some((r) => r.filter(isValue).length >= MIN_VALUES)) {
      out.push({ from: i, to: j, rows: tableOf(run) });
    }
    i = j;
  }
  return out;
}
