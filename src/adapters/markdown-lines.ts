/**
 * Lines of a Markdown text and points in them, as micromark counts them (columns in UTF-16
 * units, as offsets are), for the line readers that build mdast without micromark.
 */

export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Line {
  start: number;
  /** Before the line ending. */
  end: number;
  number: number;
}

/** The lines of a text split at LF, a CR before it left out (callers decline a lone CR). */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let n = 1; ; n++) {
    const nl = text.indexOf('\n', start);
    const stop = nl < 0 ? text.length : nl;
    const end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    lines.push({ start, end, number: n });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

export function pointAt(line: Line, offset: number): Point {
  return { line: line.number, column: offset - line.start + 1, offset };
}

/**
 * Markdown's whitespace is the space and the tab only: an ideographic space (U+3000) or a
 * no-break space is content, though String.prototype.trim removes it.
 */
const isMarkdownSpace = (c: number) => c === 32 || c === 9;

/** The first offset in [from, to) that is not a space or tab, or `to`. */
export function skipSpaces(text: string, from: number, to: number): number {
  while (from < to && isMarkdownSpace(text.charCodeAt(from))) from++;
  return from;
}

/** The offset after the last character in [from, to) that is not a space or tab, or `from`. */
export function trimSpacesEnd(text: string, from: number, to: number): number {
  while (to > from && isMarkdownSpace(text.charCodeAt(to - 1))) to--;
  return to;
}

export const isBlankLine = (text: string, line: Line) => skipSpaces(text, line.start, line.end) === line.end;
