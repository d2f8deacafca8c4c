import { type TextLine, segmentsOf, textOf } from './lines.js';

/**
 * Tables drawn without ruling lines: a run of lines each split into pieces by wide gaps.
 * The line with the most pieces (the header row, or a full data row) gives the columns;
 * every other line's pieces go to the column their middle falls in, so that a row with
 * an empty cell keeps its numbers under the right headings.
 */

/** A gap at least this many font sizes wide separates two cells. */
const CELL_GAP = 1.8;
/** Fewer rows than this, or no row with this many cells, is no table. */
const MIN_ROWS = 3;
const MIN_CELLS = 3;

export interface ColumnTable {
  /** Index of the first and one past the last line of the run. */
  from: number;
  to: number;
  rows: string[][];
}

const centre = (line: TextLine['runs']) => {
  const left = line[0]!.x;
  const last = line[line.length - 1]!;
  return (left + last.x + last.width) / 2;
};

function tableOf(lines: TextLine[]): string[][] {
  const pieces = lines.map((l) => segmentsOf(l, CELL_GAP * l.size));
  const header = pieces.reduce((best, p) => (p.length > best.length ? p : best));
  const centres = header.map(centre);
  const bounds = centres.slice(1).map((c, i) => (centres[i]! + c) / 2);
  return pieces.map((segs) => {
    const row: string[] = centres.map(() => '');
    for (const seg of segs) {
      const at = bounds.findIndex((b) => centre(seg) < b);
      const col = at < 0 ? centres.length - 1 : at;
      row[col] = row[col] ? `${row[col]} ${textOf(seg)}` : textOf(seg);
    }
    return row;
  });
}

/** Runs of lines laid out as a table without rules, in the order of `lines`. */
export function columnTables(lines: TextLine[]): ColumnTable[] {
  const out: ColumnTable[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && segmentsOf(lines[j]!, CELL_GAP * lines[j]!.size).length >= 2) j++;
    const run = lines.slice(i, j);
    if (run.length >= MIN_ROWS && run.some((l) => segmentsOf(l, CELL_GAP * l.size).length >= MIN_CELLS)) {
      out.push({ from: i, to: j, rows: tableOf(run) });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}
