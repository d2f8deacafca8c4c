import type { AlignType, Table, TableCell, TableRow } from 'mdast';
import type { InlineParser } from './markdown-inline.js';
import { type Line, isBlankLine, linesOf, pointAt, skipSpaces, trimSpacesEnd } from './markdown-lines.js';

/**
 * Pipe tables read line by line into the mdast nodes (and positions) micromark's GFM table
 * construct gives, for the shape reports have: the table starts at a line's first column
 * with a pipe, every row does, a blank line or the end follows it. micromark's construct
 * was three quarters of the parse of a report (docs/benchmarks.md); a report's tables are
 * simple. Whatever this reader cannot be sure of, it declines, and the caller parses the
 * document with the construct itself.
 */

export interface PipeTable {
  node: Table;
  /** Offsets of the table's first character and of the end of its last line. */
  start: number;
  end: number;
}

const DELIMITER_CELL = /^ *:?-+:? *$/;

class Unsure extends Error {}

/** Offsets of the unescaped pipes of a line (a backslash escapes a pipe or a backslash). */
function pipesOf(text: string, line: Line): number[] {
  const pipes: number[] = [];
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 124) pipes.push(i);
  }
  return pipes;
}

interface CellSpan {
  /** From the cell's leading pipe to the next pipe, the last cell to the end of the line (trailing spaces too). */
  from: number;
  to: number;
  /** Where the cell's content may stand, before trimming. */
  contentEnd: number;
}

function cellSpans(text: string, line: Line): CellSpan[] {
  const pipes = pipesOf(text, line);
  if (pipes[0] !== line.start) throw new Unsure();
  const contentEnd = trimSpacesEnd(text, line.start, line.end);
  const last = pipes[pipes.length - 1]!;
  // Text after the last pipe is a cell of its own; else the last pipe closes the cell before it.
  const open = last < contentEnd - 1;
  const bounds = open ? pipes : pipes.slice(0, -1);
  if (bounds.length === 0) throw new Unsure();
  return bounds.map((p, i) =>
    i + 1 < bounds.length ? { from: p, to: bounds[i + 1]!, contentEnd: bounds[i + 1]! } : { from: p, to: line.end, contentEnd: open ? contentEnd : last },
  );
}

function cell(text: string, line: Line, span: CellSpan, inline: InlineParser): TableCell {
  const a = skipSpaces(text, span.from + 1, span.contentEnd);
  const content = text.slice(a, trimSpacesEnd(text, a, span.contentEnd));
  const children = content ? inline(content, pointAt(line, a)) : [];
  if (!children) throw new Unsure();
  return { type: 'tableCell', children, position: { start: pointAt(line, span.from), end: pointAt(line, span.to) } };
}

function row(text: string, line: Line, inline: InlineParser): TableRow {
  const cells = cellSpans(text, line).map((span) => cell(text, line, span, inline));
  return { type: 'tableRow', children: cells, position: { start: pointAt(line, line.start), end: pointAt(line, line.end) } };
}

/** The cells of a delimiter row ("---|:-:|", the text after its leading pipe), or undefined when it is none. */
function delimiterParts(raw: string): string[] | undefined {
  const parts = (raw.endsWith('|') ? raw.slice(0, -1) : raw).split('|');
  return parts.every((p) => DELIMITER_CELL.test(p)) ? parts : undefined;
}

/**
 * Whether a line is the delimiter row Markdown writes under a table's header ("|---|:--:|",
 * "--- | ---"): scraped text and .txt files hold such tables too, and the row is no data.
 */
export function isDelimiterRow(line: string): boolean {
  const s = line.trim();
  return s.includes('|') && delimiterParts(s.startsWith('|') ? s.slice(1) : s) !== undefined;
}

function alignOf(text: string, line: Line, columns: number): AlignType[] | undefined {
  if (text.charCodeAt(line.start) !== 124) return undefined;
  const parts = delimiterParts(text.slice(line.start + 1, trimSpacesEnd(text, line.start, line.end)));
  if (parts?.length !== columns) return undefined;
  return parts.map((p) => {
    const s = p.trim();
    const left = s.startsWith(':');
    const right = s.endsWith(':');
    return left && right ? 'center' : left ? 'left' : right ? 'right' : null;
  });
}

/** A line that could be part of a table this reader does not take: then it declines the document. */
function tableLike(text: string, line: Line, previous: Line | undefined): boolean {
  const s = text.slice(line.start, line.end);
  if (!/-/.test(s) || !/^[ \t|:\->+*.)0-9]*$/.test(s)) return false;
  return s.includes('|') || (previous !== undefined && text.slice(previous.start, previous.end).includes('|'));
}

/**
 * The pipe tables of a document, or undefined when it has a table this reader cannot read
 * exactly as micromark would (indented, in a list or quote, rows without a leading pipe,
 * tabs, a lone carriage return, a NUL, a byte order mark).
 */
export function readPipeTables(text: string, inline: InlineParser): PipeTable[] | undefined {
  // micromark reads a NUL as U+FFFD and drops a leading byte order mark.
  if (/\r(?!\n)|\0/.test(text) || text.charCodeAt(0) === 0xfeff) return undefined;
  const lines = linesOf(text);
  const tables: PipeTable[] = [];
  try {
    for (let i = 0; i < lines.length; i++) {
      const head = lines[i]!;
      const delimiter = lines[i + 1];
      const startsTable = text.charCodeAt(head.start) === 124 && delimiter !== undefined && text.charCodeAt(delimiter.start) === 124;
      const headRow = startsTable ? row(text, head, inline) : undefined;
      const align = headRow && alignOf(text, delimiter!, headRow.children.length);
      if (!headRow || !align) {
        if (tableLike(text, head, lines[i - 1])) return undefined;
        continue;
      }
      if (text.slice(head.start, head.end).includes('\t') || text.slice(delimiter!.start, delimiter!.end).includes('\t')) return undefined;
      const rows = [headRow];
      let j = i + 2;
      for (; j < lines.length && !isBlankLine(text, lines[j]!); j++) {
        const body = lines[j]!;
        const s = text.slice(body.start, body.end);
        // A row that is not a pipe row, or holds only pipes, is read otherwise by micromark.
        if (s.charCodeAt(0) !== 124 || s.includes('\t') || /^[| ]*$/.test(s) && (s.match(/\|/g)?.length ?? 0) < 2) return undefined;
        rows.push(row(text, body, inline));
      }
      const last = lines[j - 1]!;
      tables.push({
        node: { type: 'table', align, children: rows, position: { start: pointAt(head, head.start), end: pointAt(last, last.end) } },
        start: head.start,
        end: last.end,
      });
      i = j - 1;
    }
  } catch (error) {
    if (error instanceof Unsure) return undefined;
    throw error;
  }
  return tables;
}

/** The text with every table line blanked (spaces, line endings kept): offsets elsewhere are unchanged. */
export function blankTables(text: string, tables: PipeTable[]): string {
  let out = '';
  let at = 0;
  for (const t of tables) {
    out += text.slice(at, t.start) + text.slice(t.start, t.end).replace(/[^\r\n]/g, ' ');
    at = t.end;
  }
  return out + text.slice(at);
}
