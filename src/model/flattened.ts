import type { Template, TemplateBlock, TemplateTable } from '../templates/types.js';
import type { Range } from '../types.js';
import type { SourceText } from '../text/source-text.js';
import { scanLabelRuns, type ScannedBlock } from '../recognize/label-runs.js';
import type { TextBlock } from './blocks.js';
import { type GridEquation, type RowSplit, SEARCH_BUDGET, agreed, readTable, rowSplits } from './digit-split.js';
import type { Cell, TableBlockModel, TableModel } from './tables.js';

/**
 * Tables whose cells ran together in the text (crawled pages, "文字版" pages): the rows are
 * found by their labels (src/recognize/label-runs.ts) and each row's digits are cut into cells
 * so that the template's identities hold (./digit-split.ts). Cells every balancing reading
 * agrees on get their value; the others are ambiguous. Only tables with identities are read
 * this way: without them a run such as 77132470 in three cells has many readings.
 */

/** Row identities of a block as checks over a row's cells so far (null: blank, counts as 0). */
function rowChecks(template: Template, block: TemplateBlock, table: TemplateTable) {
  const col = (id: string) => block.columns.findIndex((c) => c.id === id);
  const checks = template.identities
    .filter((i) => i.table === table.id && i.block === block.id && i.each === 'row')
    .map((i) => ({ left: i.left.map(col), right: i.right.map(col) }));
  return (cells: (number | null)[]) =>
    checks.every(({ left, right }) => {
      const last = Math.max(...left, ...right);
      if (last >= cells.length) return true;
      const sum = (ix: number[]) => ix.reduce((s, k) => s + (cells[k] ?? 0), 0);
      return sum(left) === sum(right);
    });
}

/** Every identity of a block as an equation over [row, column] of the grid. */
function gridEquations(template: Template, block: TemplateBlock, table: TemplateTable): GridEquation[] {
  const row = (id: string) => block.rows.findIndex((r) => r.id === id);
  const col = (id: string) => block.columns.findIndex((c) => c.id === id);
  const out: GridEquation[] = [];
  for (const i of template.identities.filter((x) => x.table === table.id && x.block === block.id)) {
    const lines = i.each === 'column' ? block.columns.map((_, c) => c) : block.rows.map((_, r) => r);
    for (const line of lines) {
      const at = (id: string) => (i.each === 'column' ? { row: row(id), col: line } : { row: line, col: col(id) });
      out.push({ terms: [...i.left.map((id) => ({ ...at(id), coef: 1 })), ...i.right.map((id) => ({ ...at(id), coef: -1 }))] });
    }
  }
  return out;
}

/** Per cell: the split every candidate agrees on, or undefined. */
function agreedWithinRows(rows: (RowSplit[] | undefined)[], width: number) {
  return rows.map((splits) => {
    if (!splits?.length) return new Array<undefined>(width).fill(undefined);
    return agreed(splits.map((s) => [s]))[0]!;
  });
}

function readBlock(template: Template, table: TemplateTable, scanned: ScannedBlock) {
  const { block } = scanned;
  const budget = { left: SEARCH_BUDGET };
  const holds = rowChecks(template, block, table);
  const splits = scanned.rows.map((r) => rowSplits(r.run, block.columns.length, holds, budget));
  const width = block.columns.length;
  if (splits.some((s) => s === undefined)) return { status: 'too-many' as const, cells: agreedWithinRows(splits, width) };
  const reading = readTable(splits as RowSplit[][], gridEquations(template, block, table), budget);
  if (reading.status === 'read') {
    return { status: reading.readings.length === 1 ? ('read' as const) : ('ambiguous' as const), cells: agreed(reading.readings) };
  }
  if (reading.status === 'unbalanced') {
    // What the digits say where they can be cut one way only, identities or not ("100110000000000"
    // in 15 cells), so that the error can name the identities that fail.
    const nearest = splits.map((s, i) => {
      const plain = rowSplits(scanned.rows[i]!.run, width, () => true, budget);
      return plain?.length === 1 ? plain : s;
    });
    return { status: reading.status, cells: agreedWithinRows(nearest, width) };
  }
  return { status: reading.status, cells: agreedWithinRows(splits, width) };
}

function modelOf(
  template: Template,
  table: TemplateTable,
  scannedBlocks: ScannedBlock[],
  text: TextBlock,
  source: SourceText,
  section: number | undefined,
): TableModel {
  const blocks = new Map<string, TableBlockModel>();
  let range: Range | undefined;
  for (const scanned of scannedBlocks) {
    const { block } = scanned;
    const read = readBlock(template, table, scanned);
    const rows = new Map<string, TableBlockModel['rows'] extends Map<string, infer R> ? R : never>();
    let blockRange: Range | undefined;
    scanned.rows.forEach((run, r) => {
      const row = block.rows[run.row]!;
      const runRange = text.sourceRange(run.start, run.start + run.run.length);
      blockRange = blockRange ? { start: blockRange.start, end: runRange.end } : runRange;
      const cells = block.columns.map((column, c): Cell => {
        const kind = column.kind ?? block.kind;
        const split = read.cells[r]![c];
        if (!split) {
          const position = source.positionOf(runRange);
          return { raw: run.run, kind, value: { status: 'ambiguous' }, range: runRange, position, row, column, recovered: true };
        }
        const cellRange = text.sourceRange(run.start + split.start, run.start + split.end);
        const value = split.value === null ? ({ status: 'blank' } as const) : ({ status: 'number', value: split.value } as const);
        const raw = run.run.slice(split.start, split.end);
        return { raw, kind, value, range: cellRange, position: source.positionOf(cellRange), row, column, recovered: true };
      });
      rows.set(row.id, { template: row, range: runRange, cells, written: cells.length });
    });
    const flattened = { status: read.status, range: blockRange! };
    blocks.set(block.id, { template: block, rows, headers: new Set(block.columns.map((c) => c.id)), range: blockRange!, flattened });
    range = range ? { start: Math.min(range.start, blockRange!.start), end: Math.max(range.end, blockRange!.end) } : blockRange;
  }
  return { template: table, blocks, range: range!, ...(section !== undefined ? { section } : {}) };
}

/**
 * The tables (with identities) that the table recogniser did not find, read from text blocks
 * whose rows ran together. `sectionAt` gives the section a source offset stands in.
 */
export function flattenedTables(
  template: Template,
  texts: TextBlock[],
  found: Map<string, TableModel>,
  source: SourceText,
  sectionAt: (offset: number) => number | undefined,
): Map<string, TableModel> {
  const out = new Map<string, TableModel>();
  for (const table of template.tables) {
    if (found.has(table.id)) continue;
    for (const text of texts) {
      const scanned = scanLabelRuns(text.text, table);
      if (!scanned.length) continue;
      const start = text.sourceRange(scanned[0]!.rows[0]!.start, scanned[0]!.rows[0]!.start).start;
      // In a run-on line the section headings are as easily lost as the cell boundaries; the
      // table is placed only where its own section is found, never blamed for standing elsewhere.
      const section = sectionAt(start) === table.section ? table.section : undefined;
      out.set(table.id, modelOf(template, table, scanned, text, source, section));
      break;
    }
  }
  return out;
}
