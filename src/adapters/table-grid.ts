import type { Nodes, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { cleanCellText, looksLikeValue } from '../text/cell-value.js';

/**
 * The grid of an HTML table as a person reads it. Each cell of the source is placed by the
 * HTML table algorithm (a cell takes the first free slot of its row, after the slots that
 * rowspans from above hold), and the slots a cell covers beyond its own are empty cells
 * without a position. Then a data cell that spans several grid columns under one and the
 * same header cell (商业企业 with colspan=2 over a 商业企业 header with colspan=2, in a
 * table whose 自然人 header is two columns wide while its data are one) fills that one
 * column: its extra slots are dropped, so that the columns after it do not shift.
 */

/** rowspan and colspan of a source cell, put on its mdast cell by the HTML adapter. */
export interface CellSpan {
  rows: number;
  cols: number;
}

declare module 'mdast' {
  interface TableCellData {
    span?: CellSpan;
  }
}

/** Browsers cap colspan at 1000 (HTML standard); a larger one is a broken page, not a table. */
const MAX_COLSPAN = 1000;

export function cellSpan(rowSpan: unknown, colSpan: unknown): CellSpan {
  const n = (v: unknown) => Math.max(1, Math.floor(Number(v)) || 1);
  return { rows: n(rowSpan), cols: Math.min(n(colSpan), MAX_COLSPAN) };
}

interface Placed {
  cell: TableCell;
  row: number;
  col: number;
  rows: number;
  cols: number;
  text: string;
  /** Whether the text reads as a value, told once: the grid asks of each cell several times. */
  value: boolean;
}

function place(table: Table): Placed[][] {
  const rows = table.children;
  const grid: Placed[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.children) {
      const span = cell.data?.span;
      if (!span) continue;
      while (grid[r]![c]) c++;
      const text = cleanCellText(toString(cell));
      const placed = { cell, row: r, col: c, rows: Math.min(span.rows, rows.length - r), cols: span.cols, text, value: looksLikeValue(text) };
      for (let i = r; i < r + placed.rows; i++) for (let j = c; j < c + placed.cols; j++) grid[i]![j] ??= placed;
      c += placed.cols;
    }
  });
  return grid;
}

/**
 * The data cells of row `r`, when they are read one under each header cell: the row has a
 * cell of its own in every slot from `dataStart`, as many cells as there are header cells
 * over those slots, and the k-th cell covers a slot of the k-th header cell. Word exports
 * split a table's columns one way in its header and another in its data (上一年项目数量 one
 * slot and 本年增/减 two above, the data two and one): the cells still stand one under each
 * header cell, as the page shows them. Undefined when the row is not so.
 */
function cellByCell(cells: Placed[], r: number, dataStart: number, width: number, headerOf: (c: number) => Placed | undefined): Placed[] | undefined {
  const data: Placed[] = [];
  const headers: Placed[] = [];
  for (let c = dataStart; c < width; c++) {
    const p = cells[c];
    const header = headerOf(c);
    if (!p || p.row !== r || !header) return undefined;
    if (data[data.length - 1] !== p) data.push(p);
    if (headers[headers.length - 1] !== header) headers.push(header);
  }
  const covers = (p: Placed, header: Placed) => header.col < p.col + p.cols && p.col < header.col + header.cols;
  return data.length > 0 && data.length === headers.length && data.every((p, k) => covers(p, headers[k]!)) ? data : undefined;
}

/** Rebuilds the rows of a table converted from HTML (its cells carrying their spans) as its grid. */
export function resolveGrid(table: Table): void {
  const grid = place(table);
  const width = Math.max(0, ...grid.map((row) => row.length));
  const isData = grid.map((row, r) => row.some((p) => p?.row === r && p.value));
  // The header cell each column of a data row is read under: the lowest non-blank cell above it
  // that does not stand in a data row, kept as the rows go down (a table of thousands of rows
  // is read in one pass, not scanned upwards for each of its cells).
  const above: (Placed | undefined)[] = [];
  const headerOf = (c: number) => above[c];
  table.children.forEach((row, r) => {
    const cells = grid[r]!;
    // No cell of its own: the empty head row of a headless table.
    if (cells.some((p) => p?.row === r)) row.children = gridRow(cells, r, isData[r]!, width, headerOf);
    if (isData[r]) return;
    for (let c = 0; c < width; c++) {
      const p = cells[c];
      if (p && !isData[p.row] && p.text !== '') above[c] = p;
    }
  });
}

/** A row of the grid as mdast cells: a cell in each slot, but the extra slots of data cells read as one. */
function gridRow(cells: Placed[], r: number, isData: boolean, width: number, headerOf: (c: number) => Placed | undefined): TableCell[] {
  const dropped = new Set<number>();
  if (isData) {
    // The data start after the row's labels: blank cells there are data too (a blank 商业企业).
    const firstValue = cells.findIndex((p) => p?.row === r && p.value);
    const labels = cells.slice(0, firstValue).filter((p) => p && p.text !== '' && !p.value);
    const dataStart = Math.max(0, ...labels.map((p) => p.col + p.cols));
    const data = cellByCell(cells, r, dataStart, width, headerOf);
    for (const p of data ?? new Set(cells)) {
      if (!p || p.row !== r || p.cols < 2 || p.col < dataStart || (p.text !== '' && !p.value)) continue;
      const header = headerOf(p.col);
      const span = Array.from({ length: p.cols }, (_, k) => p.col + k);
      if (data || (header && span.every((c) => cells[c] === p && headerOf(c) === header))) span.slice(1).forEach((c) => dropped.add(c));
    }
  }
  const out: TableCell[] = [];
  for (let c = 0; c < width; c++) {
    const p = cells[c];
    if (dropped.has(c)) continue;
    out.push(p && p.row === r && p.col === c ? p.cell : { type: 'tableCell', children: [] });
  }
  return out;
}

/** Every table in a tree converted from HTML. */
export function resolveGrids(node: Nodes): void {
  if (node.type === 'table') resolveGrid(node);
  else if ('children' in node) for (const child of node.children) resolveGrids(child);
}
