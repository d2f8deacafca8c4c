import type { Template, TemplateBlock, TemplateColumn, TemplateRow, TemplateTable } from '../templates/types.js';
import type { Position, Range } from '../types.js';
import type { RawCell, RawRow, TableBlock } from './blocks.js';
import { type CellKind, type CellValue, parseCell } from '../text/cell-value.js';
import { normalizeLabel, splitLabel } from '../text/labels.js';
import { type LabelIndex, type LabelIndexEntry, type Match, labelIndexOf } from '../recognize/label-index.js';
import type { SourceText } from '../text/source-text.js';

/** A cell of a recognised table: its text, typed value and place in the source. */
export interface Cell {
  raw: string;
  kind: CellKind;
  /**
   * `missing`: the row has fewer cells than the template, so this one was never written.
   * `ambiguous`: the cell's digits ran together with its neighbours' and the table's identities
   * leave more than one reading (see flattened.ts); no rule reports it as a defect.
   */
  value: CellValue | { status: 'missing' } | { status: 'ambiguous' };
  /** The value was cut out of digits that ran together, by the table's identities. */
  recovered?: boolean;
  range: Range;
  /** Where the cell stands in the original file (for a missing cell: the end of its row). */
  position: Position;
  row: TemplateRow;
  column: TemplateColumn;
}

export interface TableRow {
  template: TemplateRow;
  range: Range;
  cells: Cell[];
  /** How many data cells the row actually had. */
  written: number;
  /**
   * A row read from run-together digits that admit several cuts: every cut, as the row's
   * values (null: a blank cell). What holds for all of them holds for the row, so a check
   * can still be sure without choosing one.
   */
  readings?: (number | null)[][];
}

export interface TableBlockModel {
  template: TemplateBlock;
  rows: Map<string, TableRow>;
  /** Template column ids whose header label was seen. */
  headers: Set<string>;
  range: Range;
  /**
   * A block read from digits that ran together: `read` (one reading balances), `ambiguous`
   * (several do), `unbalanced` (none does), `too-many` (more readings than the search may try).
   */
  flattened?: { status: 'read' | 'ambiguous' | 'unbalanced' | 'too-many'; range: Range };
}

export interface TableModel {
  template: TemplateTable;
  /** The section number the table was found in (by position), if any. */
  section?: number;
  blocks: Map<string, TableBlockModel>;
  range: Range;
}

/** A data row whose label matched no row of the template. */
export interface UnknownRow {
  table?: string;
  label: string;
  range: Range;
  /**
   * The template's group the label names, when it does: the group's rows written as one row
   * of data (an undivided （六）其他处理, as the 2019 format had it).
   */
  group?: string;
}

const ROW_HEADER = '信息内容';

interface Labelled {
  cell: RawCell;
  matches: Match[];
}

/**
 * Whether a label reads first as a column or header label. A bare "总计" or "其他" does
 * (it ties with the row label of the same key); "（七）总计", with its enumeration, is the row.
 */
function isHeaderLabel(matches: Match[]): boolean {
  let top = -Infinity;
  for (const m of matches) if (m.score > top) top = m.score;
  return matches.some((m) => m.score === top && isHeaderKind(m));
}

const isHeaderKind = (m: Match) => m.entry.kind === 'column' || m.entry.kind === 'header';

interface WalkState {
  table?: TemplateTable;
  block?: TemplateBlock;
  groups: string[];
}

function isBlank(cell: RawCell): boolean {
  return cell.content === 'blank';
}

function firstValueIndex(row: RawRow): number {
  return row.cells.findIndex((c) => c.content === 'value');
}

/**
 * The column where a table's data usually starts: the most common index of the first
 * value cell. Spacer cells of spanned labels are blank, and in a short row they would
 * otherwise be read as blank data ("| 一、… | | | 11 | 0 |" has its 11 in the 自然人 column).
 */
function usualDataStart(rows: RawRow[]): number {
  const counts = new Map<number, number>();
  for (const row of rows) {
    const i = firstValueIndex(row);
    if (i >= 0) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  let best = 0;
  let top = 0;
  for (const [i, n] of counts) if (n > top) [best, top] = [i, n];
  return best;
}

/**
 * Leading text cells are labels; values start after the last of them (or after
 * `labelEnd`, the label that matched the row, so that text such as "二十三" in a value
 * cell is read as an invalid value and not as another label), or at the usual data column.
 */
function splitRow(row: RawRow, dataStart: number, labelEnd?: number): { labels: RawCell[]; values: RawCell[] } {
  let lastLabel = -1;
  for (let i = 0; i < row.cells.length; i++) {
    const cell = row.cells[i]!;
    if (cell.content === 'blank') continue;
    if (cell.content === 'value') break;
    lastLabel = i;
  }
  if (labelEnd !== undefined) lastLabel = labelEnd;
  let start = lastLabel + 1;
  if (dataStart > start && row.cells.slice(start, dataStart).every(isBlank)) start = dataStart;
  return {
    labels: row.cells.slice(0, lastLabel + 1).filter((c) => !isBlank(c)),
    values: row.cells.slice(start),
  };
}

/** The data cells of a row: as many as the block has columns, once stray blank padding is dropped. */
function dataCells(values: RawCell[], width: number): RawCell[] {
  const cells = [...values];
  while (cells.length > width && isBlank(cells[cells.length - 1]!)) cells.pop();
  while (cells.length > width && isBlank(cells[0]!)) cells.shift();
  return cells.slice(0, width);
}

function scoreFor(m: { entry: LabelIndexEntry; score: number }, state: WalkState, section: number | undefined): number {
  let s = m.score;
  if (state.table && m.entry.table === state.table) s += 0.02;
  if (state.block && m.entry.block === state.block) s += 0.02;
  if (m.entry.row?.groups && state.groups.length && containsAll(state.groups, m.entry.row.groups)) s += 0.02;
  if (section !== undefined && m.entry.table.section === section) s += 0.03;
  return s;
}

function containsAll(groups: string[], wanted: string[]): boolean {
  for (const g of wanted) if (!groups.includes(g)) return false;
  return true;
}

/** The match of one kind that scores best in the walk's context. */
function best(ms: Match[], kind: LabelIndexEntry['kind'], state: WalkState, section: number | undefined): Match | undefined {
  let top: Match | undefined;
  let topScore = 0;
  for (const m of ms) {
    if (m.entry.kind !== kind) continue;
    const s = scoreFor(m, state, section);
    if (s > topScore) {
      top = m;
      topScore = s;
    }
  }
  return top;
}

/** A group label's path of groups (its own last), worked out once per template entry. */
const groupPaths = new WeakMap<LabelIndexEntry, string[]>();

function groupPath(g: LabelIndexEntry): string[] {
  let path = groupPaths.get(g);
  if (!path) {
    const label = g.block.rows.flatMap((r) => r.groups ?? []).find((x) => splitLabel(x).key === g.key) ?? g.key;
    const groups = g.block.rows.find((r) => r.groups?.includes(label))?.groups ?? [];
    path = groups.slice(0, groups.indexOf(label) + 1);
    groupPaths.set(g, path);
  }
  return path;
}

export class TableRecognizer {
  readonly tables = new Map<string, TableModel>();
  readonly unknownRows: UnknownRow[] = [];
  private readonly index: LabelIndex;
  private state: WalkState = { groups: [] };

  constructor(
    template: Template,
    private readonly source: SourceText,
  ) {
    this.index = labelIndexOf(template);
  }

  /** Feeds one table of the document; `section` is the section it stands in. */
  add(table: TableBlock, section: number | undefined): void {
    const dataStart = usualDataStart(table.rows);
    for (const row of table.rows) this.addRow(row, section, dataStart);
  }

  private blockModel(table: TemplateTable, block: TemplateBlock, range: Range, section: number | undefined): TableBlockModel {
    let model = this.tables.get(table.id);
    if (!model) {
      model = { template: table, blocks: new Map(), range: { ...range }, ...(section !== undefined ? { section } : {}) };
      this.tables.set(table.id, model);
    }
    model.range.end = Math.max(model.range.end, range.end);
    let b = model.blocks.get(block.id);
    if (!b) {
      b = { template: block, rows: new Map(), headers: new Set(), range: { ...range } };
      model.blocks.set(block.id, b);
    }
    b.range.end = Math.max(b.range.end, range.end);
    return b;
  }

  private addRow(row: RawRow, section: number | undefined, dataStart: number): void {
    const { labels, values } = splitRow(row, dataStart);
    const hasValues = values.some((c) => !isBlank(c));
    const labelled = labels.map((l) => ({ cell: l, matches: this.index.matches(l.text) }));
    if (!hasValues && labelled.length && this.structuralRow(labelled, row, section)) return;
    if (hasValues && labelled.length && labelled.every((l) => isHeaderLabel(l.matches))) {
      this.headerThenData(labelled, row, values, section);
      return;
    }
    if (this.labelledRow(labelled, row, section, dataStart) || !hasValues) return;
    if (!labelled.length) this.fillUnlabelled(row, values, section);
    else if (this.state.table) {
      // Only a label that is the group's own (not one merely like it) says the group was written undivided.
      const group = best(labelled[labelled.length - 1]!.matches, 'group', this.state, section);
      const unknown: UnknownRow = { table: this.state.table.id, label: labels.map((l) => l.text.trim()).join(' '), range: row.range };
      if (group && group.score >= 1) unknown.group = groupPath(group.entry).at(-1)!;
      this.unknownRows.push(unknown);
    }
  }

  /** A row without data that opens a block (第二十条第（一）项) or is a header row. */
  private structuralRow(labelled: Labelled[], row: RawRow, section: number | undefined): boolean {
    let blockLabel: Match | undefined;
    for (const l of labelled) if ((blockLabel = best(l.matches, 'block', this.state, section))) break;
    if (blockLabel) {
      this.state = { table: blockLabel.entry.table, block: blockLabel.entry.block, groups: [] };
      this.blockModel(blockLabel.entry.table, blockLabel.entry.block, row.range, section);
      return true;
    }
    const headerish = labelled.filter((l) => l.matches.some(isHeaderKind));
    const isRowHeader = (c: RawCell) => normalizeLabel(c.text) === ROW_HEADER;
    if (headerish.length && labelled.every((l) => isRowHeader(l.cell) || headerish.includes(l))) {
      this.addHeader(headerish.map((l) => l.matches), row.range, section);
      return true;
    }
    return false;
  }

  /** Header labels run together with the data (table 四 scraped one cell per line). */
  private headerThenData(labelled: Labelled[], row: RawRow, values: RawCell[], section: number | undefined): void {
    this.addHeader(labelled.map((l) => l.matches), row.range, section);
    // The data row starts at its first value, not at the header labels before it.
    const first = values.find((c) => !isBlank(c))!;
    this.fillUnlabelled({ ...row, range: { start: first.range.start, end: row.range.end } }, values, section);
  }

  /**
   * A row with a row label. Group labels ("三、本年度办理结果", "（三）不予公开") before it set the
   * context for the sub-rows that follow. The row label is the last one before the values:
   * in a table scraped one cell per line, header labels may stand in the same run before it.
   */
  private labelledRow(labelled: Labelled[], row: RawRow, section: number | undefined, dataStart: number): boolean {
    let rowMatch: Match | undefined;
    let rowCell: RawCell | undefined;
    for (const l of labelled) {
      const rowBest = best(l.matches, 'row', this.state, section);
      const groupBest = best(l.matches, 'group', this.state, section);
      if (groupBest && (!rowBest || groupBest.score >= rowBest.score)) {
        const g = groupBest.entry;
        this.state = { table: g.table, block: g.block, groups: groupPath(g) };
      } else if (rowBest) {
        rowMatch = rowBest;
        rowCell = l.cell;
      }
    }
    if (!rowMatch) return false;
    const { table, block, row: templateRow } = rowMatch.entry;
    this.state = { table, block, groups: templateRow!.groups ?? [] };
    const matchedAt = row.cells.indexOf(rowCell!);
    const model = this.blockModel(table, block, row.range, section);
    for (const l of labelled.filter((x) => row.cells.indexOf(x.cell) < matchedAt)) {
      for (const m of l.matches) if (m.entry.block === block && m.entry.column) model.headers.add(m.entry.column.id);
    }
    this.fillRow(table, block, templateRow!, row, splitRow(row, dataStart, matchedAt).values, section);
    return true;
  }

  /** An unlabelled data row (table 四) belongs to the table whose header came just before. */
  private fillUnlabelled(row: RawRow, values: RawCell[], section: number | undefined): void {
    const { table, block } = this.state;
    const unlabelled = block?.rows.find((r) => r.label === null);
    if (table && block && unlabelled && !this.tables.get(table.id)?.blocks.get(block.id)?.rows.has(unlabelled.id)) {
      this.fillRow(table, block, unlabelled, row, values, section);
    }
  }

  private addHeader(matches: { entry: LabelIndexEntry; score: number }[][], range: Range, section: number | undefined): void {
    // The table most of the row's labels belong to.
    const votes = new Map<TemplateTable, number>();
    const voted: TemplateTable[] = [];
    for (const ms of matches) {
      voted.length = 0;
      for (const m of ms) {
        const t = m.entry.table;
        if (voted.includes(t)) continue;
        voted.push(t);
        votes.set(t, (votes.get(t) ?? 0) + 1);
      }
    }
    let table: TemplateTable | undefined;
    let top = 0;
    for (const [t, n] of votes) {
      const score = n + (t === this.state.table ? 0.5 : 0) + (t.section === section ? 0.25 : 0);
      if (score > top) {
        table = t;
        top = score;
      }
    }
    if (!table) return;
    // The blocks the row's column labels name: the current one if among them, else the first.
    let firstVoted: TemplateBlock | undefined;
    let currentVoted = false;
    for (const ms of matches) {
      for (const m of ms) {
        if (m.entry.table !== table || m.entry.kind !== 'column') continue;
        firstVoted ??= m.entry.block;
        if (m.entry.block === this.state.block) currentVoted = true;
      }
    }
    const block =
      (this.state.table === table && this.state.block && currentVoted ? this.state.block : undefined) ??
      firstVoted ??
      (this.state.table === table ? this.state.block : undefined) ??
      table.blocks[0]!;
    this.state = { table, block, groups: [] };
    const model = this.blockModel(table, block, range, section);
    for (const ms of matches) {
      for (const m of ms) if (m.entry.block === block && m.entry.column) model.headers.add(m.entry.column.id);
    }
  }

  private fillRow(
    table: TemplateTable,
    block: TemplateBlock,
    templateRow: TemplateRow,
    row: RawRow,
    values: RawCell[],
    section: number | undefined,
  ): void {
    const model = this.blockModel(table, block, row.range, section);
    if (model.rows.has(templateRow.id)) return;
    const written = dataCells(values, block.columns.length);
    const end = row.range.end;
    const cells = block.columns.map((column, i): Cell => {
      const kind = column.kind ?? block.kind;
      const raw = written[i];
      if (!raw) {
        const range = { start: end, end };
        return { raw: '', kind, value: { status: 'missing' }, range, position: this.source.positionOf(range), row: templateRow, column };
      }
      const position = this.source.positionOf(raw.range);
      return { raw: raw.text, kind, value: parseCell(raw.text, kind), range: raw.range, position, row: templateRow, column };
    });
    model.rows.set(templateRow.id, { template: templateRow, range: row.range, cells, written: written.length });
  }
}

/** Each column's index in its block, once per template block: a row's cells stand in that order. */
const columnIndexes = new WeakMap<TemplateBlock, Map<string, number>>();

function columnIndex(block: TemplateBlock, columnId: string): number | undefined {
  let index = columnIndexes.get(block);
  if (!index) {
    index = new Map(block.columns.map((c, i) => [c.id, i]));
    columnIndexes.set(block, index);
  }
  return index.get(columnId);
}

export function cellOf(block: TableBlockModel | undefined, rowId: string, columnId: string): Cell | undefined {
  const cells = block?.rows.get(rowId)?.cells;
  if (!cells) return undefined;
  const at = columnIndex(block!.template, columnId);
  const cell = at === undefined ? undefined : cells[at];
  return cell?.column.id === columnId ? cell : cells.find((c) => c.column.id === columnId);
}

/** Every cell of a recognised table, in template order. */
export function tableCells(table: TableModel): Cell[] {
  const out: Cell[] = [];
  for (const tb of table.template.blocks) {
    const block = table.blocks.get(tb.id);
    if (!block) continue;
    for (const tr of tb.rows) {
      const row = block.rows.get(tr.id);
      if (row) for (const cell of row.cells) out.push(cell);
    }
  }
  return out;
}

/** Every cell of every recognised table, in template order. */
export function cellsOf(tables: Map<string, TableModel>): { table: TableModel; cell: Cell }[] {
  const out: { table: TableModel; cell: Cell }[] = [];
  for (const table of tables.values()) for (const cell of tableCells(table)) out.push({ table, cell });
  return out;
}
