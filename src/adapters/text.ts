import type { Heading, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow, Text } from 'mdast';
import { looksLikeValue } from '../text/cell-value.js';
import { isSpaceCode } from '../text/labels.js';
import { matchHeading } from '../recognize/headings.js';
import { SourceText } from '../text/source-text.js';
import { labelIndexOf } from '../recognize/label-index.js';
import { loadTemplates } from '../templates/load.js';
import { publicationDateIn, reportPartOf } from './page-chrome.js';
import { isDelimiterRow } from './pipe-tables.js';
import { spaceAlignedReader } from './space-aligned.js';
import { LABEL_SCORE, MIN_LABELS, MIN_VALUES } from './table-run.js';
import type { ParsedDocument, PublicationDate } from '../text/document.js';

/**
 * Scraped text as published: tables as "a | b | c |" lines, as tab-separated lines with
 * empty cells for spanned labels, or one cell per line (labels sometimes broken over two
 * lines); section headings on their own line or run together with text; page chrome
 * around the report. Everything becomes the same mdast as Markdown, with positions in
 * the original text.
 */

interface Line {
  text: string;
  start: number;
}

type Kind = 'blank' | 'pipe' | 'tab' | 'heading' | 'text';

/** A short line of a run that may be a table written one cell per line. */
interface ShortLine {
  line: Line;
  /** Its text, trimmed. */
  text: string;
  value: boolean;
}

interface Segment {
  start: number;
  end: number;
}

/** One-cell-per-line tables: cells are short and never sentences. */
const CELL_MAX = 60;

/** The source's lines (ended at LF, CRLF or a lone CR), as its line index found them. */
function splitLines(source: SourceText): Line[] {
  const out: Line[] = [];
  for (let line = 1; line <= source.lineCount; line++) {
    const { start, end } = source.lineRange(line);
    out.push({ text: source.text.slice(start, end), start });
  }
  return out;
}

/** A line of nothing but space and layout pipes. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x7c && !isSpaceCode(c)) return false;
  }
  return true;
}

/** The trimmed part of [start, end) of the source. */
function trimmed(source: string, start: number, end: number): Segment {
  while (start < end && isSpaceCode(source.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(source.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * Cells of a delimited line: segments between separators. A tab always separates two
 * cells, so a row ending in a tab ends in a blank cell (Word rows and spreadsheet
 * exports write the blank last cells of a row that way); only a pipe row's closing "|"
 * closes the last cell instead of opening one.
 */
function cellsOf(line: Line, separator: string): Segment[] {
  const cells: Segment[] = [];
  let from = 0;
  for (;;) {
    const at = line.text.indexOf(separator, from);
    if (at < 0) {
      const closed = separator === '|' && line.text.slice(from).trim() === '' && cells.length > 0;
      if (!closed) cells.push({ start: line.start + from, end: line.start + line.text.length });
      return cells;
    }
    cells.push({ start: line.start + from, end: line.start + at });
    from = at + 1;
  }
}

class Builder {
  readonly source: SourceText;
  private readonly labels = loadTemplates().map(labelIndexOf);
  private readonly template = loadTemplates()[0]!;

  constructor(readonly text: string) {
    this.source = new SourceText(text);
  }

  position(start: number, end: number) {
    return { start: this.source.point(start), end: this.source.point(end) };
  }

  textNode(seg: Segment): Text {
    return { type: 'text', value: this.text.slice(seg.start, seg.end), position: this.position(seg.start, seg.end) };
  }

  paragraph(seg: Segment): Paragraph {
    return { type: 'paragraph', children: [this.textNode(seg)], position: this.position(seg.start, seg.end) };
  }

  heading(seg: Segment): Heading {
    return { type: 'heading', depth: 2, children: [this.textNode(seg)], position: this.position(seg.start, seg.end) };
  }

  /** A cell holding the given pieces of text (one, or several for a label broken over lines). */
  cell(pieces: Segment[], raw: Segment): TableCell {
    const children: PhrasingContent[] = pieces.filter((p) => p.end > p.start).map((p) => this.textNode(p));
    const first = pieces[0]!;
    const last = pieces[pieces.length - 1]!;
    const at = children.length ? { start: first.start, end: last.end } : raw;
    return { type: 'tableCell', children, position: this.position(at.start, at.end) };
  }

  table(rows: TableCell[][]): Table {
    const tableRows: TableRow[] = rows.map((cells) => {
      const start = cells[0]!.position!.start.offset!;
      const end = cells[cells.length - 1]!.position!.end.offset!;
      return { type: 'tableRow', children: cells, position: this.position(start, end) };
    });
    const start = tableRows[0]!.position!.start.offset!;
    const end = tableRows[tableRows.length - 1]!.position!.end.offset!;
    return { type: 'table', align: [], children: tableRows, position: this.position(start, end) };
  }

  isLabel(text: string): boolean {
    return this.labels.some((index) => index.matches(text).some((m) => m.score >= LABEL_SCORE));
  }

  kindOf(line: Line): Kind {
    if (isBlank(line.text)) return 'blank';
    if (line.text.includes('\t')) return 'tab';
    if (line.text.includes('|')) return 'pipe';
    const h = matchHeading(line.text, false, this.template);
    return h ? 'heading' : 'text';
  }

  /** A delimited row: its cells, trimmed to their content. */
  delimitedRow(line: Line, separator: string): TableCell[] {
    return cellsOf(line, separator).map((raw) => {
      const content = trimmed(this.text, raw.start, raw.end);
      return this.cell([content], raw);
    });
  }

  /** Text of a line with layout pipes (a page laid out as a table) stripped: its one real cell. */
  textLine(line: Line, kind: Kind): Segment {
    if (kind !== 'pipe' && kind !== 'tab') return trimmed(this.text, line.start, line.start + line.text.length);
    const cells = cellsOf(line, kind === 'pipe' ? '|' : '\t').map((c) => trimmed(this.text, c.start, c.end));
    return cells.find((c) => c.end > c.start) ?? { start: line.start, end: line.start };
  }

  /** Paragraph or, for a line that is only a section heading, a heading. */
  prose(seg: Segment): RootContent {
    const text = this.text.slice(seg.start, seg.end);
    const h = matchHeading(text, false, this.template);
    return h && h.end >= text.trimEnd().length ? this.heading(seg) : this.paragraph(seg);
  }

  /**
   * One cell per line: consecutive label lines are joined where together they make a
   * template label ("结果" + "纠正"), and a row ends where a label follows values.
   */
  cellPerLineTable(lines: ShortLine[]): Table {
    // Each cell's pieces, with their text joined and whether it reads as a value, told once.
    const cells: { pieces: Segment[]; text: string; value: boolean }[] = [];
    for (const { line, text, value } of lines) {
      const t = trimmed(this.text, line.start, line.start + line.text.length);
      const prev = cells[cells.length - 1];
      if (prev && !value && !prev.value && !this.isLabel(text) && this.isLabel(prev.text + text)) {
        prev.pieces.push(t);
        prev.text += text;
        prev.value = looksLikeValue(prev.text);
        continue;
      }
      cells.push({ pieces: [t], text, value });
    }
    const rows: TableCell[][] = [];
    let row: TableCell[] = [];
    let hasValues = false;
    for (const { pieces, value } of cells) {
      if (!value && hasValues) {
        rows.push(row);
        row = [];
        hasValues = false;
      }
      row.push(this.cell(pieces, pieces[0]!));
      hasValues ||= value;
    }
    if (row.length) rows.push(row);
    return this.table(rows);
  }

  /** A short line's trimmed text, and whether it reads as a value: asked by the run's test, then by its table. */
  shortLine(line: Line): ShortLine {
    const text = line.text.trim();
    return { line, text, value: looksLikeValue(text) };
  }

  isCellLike(line: Line): boolean {
    const t = line.text.trim();
    const last = t.charCodeAt(t.length - 1);
    // Never a sentence, nor a lead-in to what follows (…：, …；).
    return t.length > 0 && t.length <= CELL_MAX && !t.includes('。') && last !== 0xff1b && last !== 0x3b && last !== 0xff1a && last !== 0x3a;
  }

  isTableRun(lines: ShortLine[]): boolean {
    let values = 0;
    let labels = 0;
    for (const { text, value } of lines) {
      if (value) values++;
      else if (this.isLabel(text)) labels++;
    }
    return values >= MIN_VALUES && labels >= MIN_LABELS;
  }
}

/** A crawler's "标题: …" line stands for the report's title. */
const TITLE_FIELD = /^[\s\u3000]*标题[\s\u3000]*[:：][\s\u3000]*/u;

/** The report's part of a line: what is left of it once chrome is dropped, or a title field's value. */
function reportLine(line: Line, part: { start: number; end: number }): Line {
  const label = part.start === 0 ? TITLE_FIELD.exec(line.text) : null;
  const start = label ? label[0].length : part.start;
  const end = part.end === 0 ? line.text.length : part.end;
  return start === 0 && end === line.text.length ? line : { text: line.text.slice(start, end), start: line.start + start };
}

export function parseText(text: string): ParsedDocument {
  const b = new Builder(text);
  const lines = splitLines(b.source);
  let published: PublicationDate | undefined;
  const kept: { line: Line; kind: Kind }[] = [];
  for (const line of lines) {
    const part = reportPartOf(line.text);
    if (part.start > 0 || part.end === 0) published ??= publicationDateIn(line.text.slice(0, part.start || undefined), line.start);
    if (part.end === 0 && !isBlank(line.text)) continue;
    const body = reportLine(line, part);
    kept.push({ line: body, kind: b.kindOf(body) });
  }

  const children: RootContent[] = [];
  const spaceAlignedTable = spaceAlignedReader(kept);
  let i = 0;
  while (i < kept.length) {
    const { line, kind } = kept[i]!;
    if (kind === 'blank') {
      i++;
      continue;
    }
    if (kind === 'pipe' || kind === 'tab') {
      // A run of delimited lines is a table if any of them has two cells or more; a lone
      // line with one cell is a page laid out as a table, and its cell is text.
      let j = i;
      while (j < kept.length && kept[j]!.kind === kind) j++;
      const sep = kind === 'pipe' ? '|' : '\t';
      const lines = kept.slice(i, j).map((k) => k.line);
      // Markdown's delimiter row is a table's second line; further down, "| - | - |" is a row of values written as dashes.
      const run = sep === '|' && lines.length > 1 && isDelimiterRow(lines[1]!.text) ? [lines[0]!, ...lines.slice(2)] : lines;
      const multi = run.some((l) => cellsOf(l, sep).filter((c) => b.text.slice(c.start, c.end).trim() !== '').length >= 2);
      if (multi) children.push(b.table(run.map((l) => b.delimitedRow(l, sep))));
      else for (const l of run) children.push(b.prose(b.textLine(l, kind)));
      i = j;
      continue;
    }
    const aligned = kind === 'text' ? spaceAlignedTable(i) : undefined;
    if (aligned) {
      for (const k of kept.slice(i, aligned.first)) if (k.kind !== 'blank') children.push(b.prose(b.textLine(k.line, k.kind)));
      children.push(b.table(aligned.rows.map((cells) => cells.map((pieces) => b.cell(pieces, pieces[0]!)))));
      i = aligned.next;
      continue;
    }
    if (kind === 'text' && b.isCellLike(line)) {
      // Short lines, blank lines between allowed, up to the next heading or sentence.
      let j = i;
      const run: ShortLine[] = [];
      while (j < kept.length && (kept[j]!.kind === 'blank' || (kept[j]!.kind === 'text' && b.isCellLike(kept[j]!.line)))) {
        if (kept[j]!.kind === 'text') run.push(b.shortLine(kept[j]!.line));
        j++;
      }
      if (b.isTableRun(run)) children.push(b.cellPerLineTable(run));
      else for (const { line: l } of run) children.push(b.prose(b.textLine(l, 'text')));
      i = j;
      continue;
    }
    children.push(b.prose(b.textLine(line, kind)));
    i++;
  }

  const root: Root = { type: 'root', children, position: b.position(0, text.length) };
  return { source: b.source, tree: root, format: 'text', ...(published ? { published } : {}) };
}
