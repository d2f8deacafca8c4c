import type { HRule, Rules, TextRun, VRule } from './geometry.js';
import { joinWrapped, linesOf, textOf } from './lines.js';

/**
 * Ruled tables: the ruling lines that touch one another form a table; the distinct
 * positions of its lines form a grid; neighbouring grid cells with no line between them
 * are one merged cell (a label spanning rows or columns). Each run of text goes to the
 * cell its middle falls in, and a cell's lines are joined, so that a label wrapped inside
 * its cell, or a vertical label written one character per line, reads as one cell.
 */

export interface GridTable {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Rows of cells, one per grid column: a merged cell's text in its top-left position, '' elsewhere. */
  rows: GridCell[][];
}

export interface GridCell {
  text: string;
  /** Id of the merged cell this grid position belongs to (same id = same cell). */
  cell: number;
  /** Whether this position is the top-left one of its merged cell. */
  origin: boolean;
}

/** Lines closer than this (points) are the same line. */
const SNAP = 2;

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    if (out.length && v - out[out.length - 1]! <= SNAP) continue;
    out.push(v);
  }
  return out;
}

function touches(h: HRule, v: VRule): boolean {
  return v.x >= h.x1 - SNAP && v.x <= h.x2 + SNAP && h.y >= v.y1 - SNAP && h.y <= v.y2 + SNAP;
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

/** Groups of ruling lines that touch one another: each group is one table's frame. */
function frames(rules: Rules): Rules[] {
  const { h, v } = rules;
  const uf = new UnionFind(h.length + v.length);
  for (let i = 0; i < h.length; i++) {
    for (let j = 0; j < v.length; j++) if (touches(h[i]!, v[j]!)) uf.union(i, h.length + j);
  }
  const groups = new Map<number, Rules>();
  const group = (k: number) => {
    let g = groups.get(uf.find(k));
    if (!g) groups.set(uf.find(k), (g = { h: [], v: [] }));
    return g;
  };
  h.forEach((r, i) => group(i).h.push(r));
  v.forEach((r, j) => group(h.length + j).v.push(r));
  return [...groups.values()];
}

/** Whether some horizontal line at y covers x. */
function hCovers(rules: HRule[], y: number, x: number): boolean {
  return rules.some((r) => Math.abs(r.y - y) <= SNAP && r.x1 - SNAP <= x && x <= r.x2 + SNAP);
}

function vCovers(rules: VRule[], x: number, y: number): boolean {
  return rules.some((r) => Math.abs(r.x - x) <= SNAP && r.y1 - SNAP <= y && y <= r.y2 + SNAP);
}

/**
 * The top and bottom of a frame: its outer horizontal rules, or, where its vertical rules run
 * on past them, as far as two of them reach. A table cut by a page break has no rule under
 * its last row on that page (hz-szf-2023.pdf, page 3): its column rules end where the page
 * cuts the row, and the row is the table's all the same.
 */
function edgesOf(frame: Rules): { top: number; bottom: number } {
  const hs = frame.h.map((r) => r.y);
  const starts = frame.v.map((r) => r.y1).sort((a, b) => a - b);
  const ends = frame.v.map((r) => r.y2).sort((a, b) => b - a);
  return { top: Math.min(...hs, starts[1] ?? Infinity), bottom: Math.max(...hs, ends[1] ?? -Infinity) };
}

function gridOf(frame: Rules, runs: TextRun[]): GridTable | undefined {
  const { top, bottom } = edgesOf(frame);
  const xs = cluster(frame.v.map((r) => r.x));
  const ys = cluster([...frame.h.map((r) => r.y), top, bottom]);
  const cols = xs.length - 1;
  const rows = ys.length - 1;
  // A box around a paragraph (one cell) is no table.
  if (cols < 1 || rows < 1 || cols * rows < 2) return undefined;
  const id = (r: number, c: number) => r * cols + c;
  const uf = new UnionFind(rows * cols);
  for (let r = 0; r < rows; r++) {
    const midY = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c < cols; c++) {
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < cols && !vCovers(frame.v, xs[c + 1]!, midY)) uf.union(id(r, c), id(r, c + 1));
      if (r + 1 < rows && !hCovers(frame.h, ys[r + 1]!, midX)) uf.union(id(r, c), id(r + 1, c));
    }
  }
  const texts = new Map<number, TextRun[]>();
  for (const run of runs) {
    const cx = run.x + run.width / 2;
    const cy = run.y - run.size / 3;
    const c = xs.findIndex((x, i) => i < cols && cx >= x && cx < xs[i + 1]!);
    const r = ys.findIndex((y, i) => i < rows && cy >= y && cy < ys[i + 1]!);
    if (c < 0 || r < 0) continue;
    const cell = uf.find(id(r, c));
    texts.set(cell, [...(texts.get(cell) ?? []), run]);
  }
  const seen = new Set<number>();
  const grid: GridCell[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: GridCell[] = [];
    for (let c = 0; c < cols; c++) {
      const cell = uf.find(id(r, c));
      const origin = !seen.has(cell);
      seen.add(cell);
      const text = origin ? joinWrapped(linesOf(texts.get(cell) ?? []).map((l) => textOf(l.runs))) : '';
      row.push({ text, cell, origin });
    }
    grid.push(row);
  }
  return { top: ys[0]!, bottom: ys[rows]!, left: xs[0]!, right: xs[cols]!, rows: grid };
}

type Box = Pick<GridTable, 'top' | 'bottom' | 'left' | 'right'>;

/** Whether a run's middle lies inside the table's frame. */
export function inside(table: Box, run: TextRun): boolean {
  const cx = run.x + run.width / 2;
  const cy = run.y - run.size / 3;
  return cx >= table.left && cx <= table.right && cy >= table.top && cy <= table.bottom;
}

/** The ruled tables of a page, top to bottom, with the text runs inside each. */
export function ruledTables(rules: Rules, runs: TextRun[]): GridTable[] {
  const tables: GridTable[] = [];
  for (const frame of frames(rules)) {
    if (frame.h.length < 2 || frame.v.length < 2) continue;
    const box: Box = {
      ...edgesOf(frame),
      left: Math.min(...frame.v.map((r) => r.x)),
      right: Math.max(...frame.v.map((r) => r.x)),
    };
    const table = gridOf(
      frame,
      runs.filter((r) => inside(box, r)),
    );
    if (table) tables.push(table);
  }
  return tables.sort((a, b) => a.top - b.top);
}
