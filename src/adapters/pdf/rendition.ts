import { withoutPageChrome } from './chrome.js';
import { columnTables } from './columns.js';
import type { PageContent } from './geometry.js';
import { type GridTable, inside, ruledTables } from './grid.js';
import { type TextLine, joinWrapped, linesOf, textOf } from './lines.js';

/**
 * The text rendition of a PDF: what a person reads, one line per paragraph (its printed
 * lines joined, also across a page break) and one line per table row with the cells
 * separated by tabs. A table continued on the next page is one table, its repeated
 * header rows dropped. `pages` says where in the rendition each page begins.
 */
export interface Rendition {
  text: string;
  /** Offset in `text` where each page's content begins, ascending; page numbers are 1-based. */
  pages: { page: number; offset: number }[];
}

type Block =
  | { kind: 'line'; top: number; line: TextLine; text: string }
  | { kind: 'table'; top: number; rows: string[][] };

interface PageBlocks {
  page: number;
  blocks: Block[];
  /** The body's left and right edges, for telling a paragraph's last line and a new paragraph's indent. */
  left: number;
  right: number;
}

/** A share of the font size: how far a line may fall short of the right edge and still run on. */
const RUNS_ON = 1.5;
/** How far right of the body's left edge a line may start and still continue a paragraph. */
const NOT_INDENTED = 0.6;
/** The widest gap between two lines of one paragraph, in font sizes. */
const LINE_GAP = 2.2;
/** A numbered heading starts a paragraph however the previous line ends. */
const HEADING = /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)])/u;

function gridRows(table: GridTable): string[][] {
  return table.rows.map((row) => row.map((c) => c.text));
}

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(p * (s.length - 1))]! : 0;
}

/**
 * Each page's blocks in reading order. Tables without rules are found over the lines of
 * all pages at once, so that one printed across a page break is laid out by the same
 * columns on both pages; its rows then go back to the page that shows them.
 */
function pageBlocks(pages: PageContent[]): PageBlocks[] {
  const parts = pages.map((page) => {
    const tables = ruledTables(page.rules, page.runs);
    const rest = page.runs.filter((r) => !tables.some((t) => inside(t, r)));
    const lines = linesOf(rest).map((line) => ({ line, text: textOf(line.runs) })).filter((l) => l.text !== '');
    return { page, tables, height: page.height, lines };
  });
  const clean = withoutPageChrome(parts);
  const all = clean.flatMap((p, i) => p.lines.map((l) => ({ ...l, page: i })));
  const rowOf = new Map<(typeof all)[number], { table: number; row: string[] }>();
  columnTables(all.map((l) => l.line)).forEach((t, n) => t.rows.forEach((row, k) => rowOf.set(all[t.from + k]!, { table: n, row })));
  return parts.map(({ page, tables }, i) => {
    const blocks: Block[] = tables.map((t) => ({ kind: 'table', top: t.top, rows: gridRows(t) }));
    const body: TextLine[] = [];
    let open: { table: number; block: Block & { kind: 'table' } } | undefined;
    for (const l of all.filter((a) => a.page === i)) {
      const cell = rowOf.get(l);
      if (!cell) {
        blocks.push({ kind: 'line', top: l.line.y - l.line.size, line: l.line, text: l.text });
        body.push(l.line);
        open = undefined;
      } else if (open?.table === cell.table) open.block.rows.push(cell.row);
      else {
        open = { table: cell.table, block: { kind: 'table', top: l.line.y - l.line.size, rows: [cell.row] } };
        blocks.push(open.block);
      }
    }
    blocks.sort((a, b) => a.top - b.top);
    // The body's edges: where most lines start, and where full lines end.
    const left = percentile(body.map((l) => l.left), 0.5);
    const right = percentile(body.map((l) => l.right), 0.9);
    return { page: page.number, blocks, left, right };
  });
}

/** Whether line b continues the paragraph that line a ends (a and b on pages pa and pb). */
function continues(a: TextLine, pa: PageBlocks, b: TextLine, pb: PageBlocks, text: string): boolean {
  const size = a.size;
  if (Math.abs(b.size - size) > size * 0.15) return false;
  if (a.right < pa.right - RUNS_ON * size) return false;
  if (b.left > pb.left + NOT_INDENTED * size) return false;
  if (pa === pb && b.y - a.y > LINE_GAP * size) return false;
  return !HEADING.test(text);
}

function sameRow(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

/** A table continued from the previous page: drop the header rows it repeats. */
function continuation(previous: string[][], rows: string[][]): string[][] {
  let repeated = 0;
  while (repeated < rows.length && repeated < previous.length && sameRow(previous[repeated]!, rows[repeated]!)) repeated++;
  return rows.slice(repeated);
}

function rowLine(row: string[]): string | undefined {
  const cells = [...row];
  while (cells.length && cells[cells.length - 1] === '') cells.pop();
  if (cells.length === 0) return undefined;
  // A row of one cell (a heading spanning the table) keeps a tab, so that it stays in the table.
  return cells.length === 1 ? `${cells[0]}\t` : cells.join('\t');
}

export function renditionOf(pages: PageContent[]): Rendition {
  const out: string[] = [];
  let length = 0;
  const offsets: Rendition['pages'] = [];
  let last: { block: Block; page: PageBlocks } | undefined;
  let lastTable: string[][] | undefined;
  const push = (line: string) => {
    out.push(line);
    length += line.length + 1;
  };
  for (const page of pageBlocks(pages)) {
    page.blocks.forEach((block, k) => {
      if (k === 0) offsets.push({ page: page.page, offset: length });
      if (block.kind === 'table') {
        // The rows of the table so far, with those of the pages it continues from.
        const continued = k === 0 && last?.block.kind === 'table' && lastTable !== undefined;
        const carried = continued ? continuation(lastTable!, block.rows) : block.rows;
        for (const row of carried) {
          const line = rowLine(row);
          if (line !== undefined) push(line);
        }
        lastTable = continued ? [...lastTable!, ...carried] : block.rows;
      } else if (last?.block.kind === 'line' && continues(last.block.line, last.page, block.line, page, block.text)) {
        // Runs on: the page (if it changes here) begins at the join.
        const previous = out.pop()!;
        length -= previous.length + 1;
        const joined = joinWrapped([previous, block.text]);
        if (k === 0) offsets[offsets.length - 1]!.offset = length + joined.length - block.text.length;
        push(joined);
      } else {
        push(block.text);
      }
      last = { block, page };
    });
  }
  return { text: out.length ? `${out.join('\n')}\n` : '', pages: offsets };
}
