import { OverLimitError } from '../text/over-limit.js';

/**
 * How deep a Markdown text's containers nest, from the markers at its lines' starts, checked
 * before remark-parse sees the text: a line of n list markers (`- - - … 文字`, a junk line
 * pasted into a report) is n lists nested in each other, and both micromark (its thematic-break
 * attempt at every level) and mdast-util-from-markdown (`prepareList` rescanning the events of
 * every list) take time quadratic in n: 5.6 s for 4,000 markers, 8 KB. The tree's depth is
 * checked against maxDepth after parsing as well; this only refuses sooner what that check
 * would refuse.
 *
 * What is counted never exceeds the depth of the tree micromark builds (a property spec holds
 * it to that): two levels (list, list item) per list marker after a line's first, one per `>`,
 * and only markers that surely open a container. Whether one does depends on what the line
 * interrupts: a line that may continue a paragraph, indented code or raw HTML opens a list
 * only with a bullet or `1.`/`1)` followed by text, and micromark keeps that for the whole
 * line. Only a document's first line and a line after a blank line that ends no code or HTML
 * are sure to interrupt nothing. Counting stops where a marker may not open a list, where the
 * rest of the line is a thematic break or is indented as code; fenced code and raw HTML
 * blocks, wherever they start, are skipped up to their end.
 */
export function checkMarkdownNesting(text: string, maxDepth: number): void {
  const lines = new LineState();
  let at = 0;
  while (at <= text.length) {
    const end = lineEnd(text, at);
    const depth = lines.read(text, at, end);
    if (depth > maxDepth) throw new OverLimitError({ limit: 'maxDepth', found: depth, max: maxDepth });
    at = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
}

/** Where the line starting at `at` ends: at LF, CR or the end of the text. */
function lineEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

const SPACE = 32;
const TAB = 9;
/** Whatever may be container markers and their spaces, at a line's start (linear: each alternative starts with its own characters). */
const CONTAINER_PREFIX = /^(?:[ \t>]|[-*+][ \t]|\d{1,9}[.)][ \t])*/u;
const isBlank = (text: string, at: number, end: number) => /^[ \t]*$/u.test(text.slice(at, end));

/** HTML blocks that end at a closer rather than at a blank line (CommonMark's kinds 1–5). */
const HTML_CLOSERS: [RegExp, string][] = [
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/iu, '</'],
  [/^<!--/u, '-->'],
  [/^<\?/u, '?>'],
  [/^<![A-Za-z]/u, '>'],
  [/^<!\[CDATA\[/u, ']]>'],
];

/** What the lines read so far leave open, for the next line. */
class LineState {
  private first = true;
  private fence: string | undefined;
  /** The closer that ends the open HTML block, or '' for one that ends at a blank line. */
  private html: string | undefined;
  private afterBlank = false;
  /** The last line that was not blank may have been indented code (or code in a container). */
  private codeBefore = false;

  /** The depth the line's markers surely open, and what the line leaves open. */
  read(text: string, at: number, end: number): number {
    // Most lines of a report start with a Chinese character: no marker, no code, not blank.
    const plain = text.charCodeAt(at) > 127;
    const blank = !plain && isBlank(text, at, end);
    const free = this.first || (this.afterBlank && !this.codeBefore && this.html === undefined && this.fence === undefined);
    this.first = false;
    this.afterBlank = blank;
    if (blank) {
      if (this.html === '') this.html = undefined;
      return 0;
    }
    if (this.html !== undefined) {
      if (this.html !== '' && text.slice(at, end).includes(this.html)) this.html = undefined;
      return 0;
    }
    if (this.fence !== undefined) {
      if (this.closesFence(text, at, end)) this.fence = undefined;
      return 0;
    }
    if (plain) {
      this.codeBefore = false;
      return 0;
    }
    const depth = containerDepth(text, at, end, free);
    // Past every marker that may open a container, counted or not: code or HTML may start there.
    const content = at + CONTAINER_PREFIX.exec(text.slice(at, end))![0].length;
    this.codeBefore = /\t| {4}/u.test(text.slice(at, content + 4));
    this.opens(text.slice(content, end));
    return depth;
  }

  /** A fence or HTML block started where the line's containers end. */
  private opens(rest: string): void {
    const fence = /^(`{3,}|~{3,})/u.exec(rest);
    if (fence) this.fence = fence[1]!;
    if (!rest.startsWith('<')) return;
    const kind = HTML_CLOSERS.find(([opener]) => opener.test(rest));
    this.html = kind ? (rest.includes(kind[1], 2) ? undefined : kind[1]) : '';
  }

  /** A closing fence, after any container markers: at least as long as the opener, of its mark, then only spaces and tabs. */
  private closesFence(text: string, at: number, end: number): boolean {
    const fence = this.fence!;
    const line = text.slice(at, end);
    let i = CONTAINER_PREFIX.exec(line)![0].length;
    const start = i;
    while (line[i] === fence[0]) i++;
    return i - start >= fence.length && isBlank(line, i, line.length);
  }
}

/**
 * The depth the markers at the start of text[at, end) surely open, less the first list
 * marker's two levels. `free`: the line interrupts nothing.
 */
function containerDepth(text: string, at: number, end: number, free: boolean): number {
  let depth = 0;
  let lists = 0;
  let i = at;
  const breaks = new ThematicTail(text, end);
  for (;;) {
    let indent = 0;
    while (i < end && text.charCodeAt(i) === SPACE && indent < 4) {
      i++;
      indent++;
    }
    if (indent === 4 || i >= end) break;
    if (text.charCodeAt(i) === 62 /* > */) {
      depth++;
      i++;
      if (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB) i++;
      continue;
    }
    if (breaks.from(i)) break;
    const marker = listMarker(text, i, end);
    if (marker === undefined || !(free || (marker.interrupts && !isBlank(text, marker.end, end)))) break;
    if (++lists > 1) depth += 2;
    i = marker.end;
  }
  return depth;
}

/**
 * A bullet (`-`, `*`, `+`) or an ordered marker (1–9 digits and `.` or `)`) followed by a
 * space or tab: where it ends, and whether it may interrupt a paragraph (a bullet, or 1).
 */
function listMarker(text: string, i: number, end: number): { end: number; interrupts: boolean } | undefined {
  const c = text.charCodeAt(i);
  let j = i;
  if (c === 45 || c === 42 || c === 43) {
    j = i + 1;
  } else {
    while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j === i) return undefined;
    const d = text.charCodeAt(j);
    if (d !== 46 && d !== 41) return undefined;
    j++;
  }
  const s = text.charCodeAt(j);
  if (!(j < end && (s === SPACE || s === TAB))) return undefined;
  return { end: j + 1, interrupts: j === i + 1 || (j === i + 2 && c === 49) };
}

/**
 * Whether the rest of a line from a position is a thematic break: three or more of one of `-`,
 * `*`, `_` with only spaces and tabs between. Asked at every level of a line, so each mark's
 * tail (where the line's last run of that mark, spaces and tabs begins) is found once, from
 * the end: linear in the line, however many levels.
 */
class ThematicTail {
  private readonly tails = new Map<number, number>();

  constructor(
    private readonly text: string,
    private readonly end: number,
  ) {}

  from(i: number): boolean {
    const mark = this.text.charCodeAt(i);
    if (mark !== 45 && mark !== 42 && mark !== 95) return false;
    if (i < this.tailOf(mark)) return false;
    // The rest is marks, spaces and tabs: the break needs three marks, and this is asked once.
    let marks = 0;
    for (let j = i; j < this.end && marks < 3; j++) if (this.text.charCodeAt(j) === mark) marks++;
    return marks >= 3;
  }

  private tailOf(mark: number): number {
    let tail = this.tails.get(mark);
    if (tail === undefined) {
      tail = this.end;
      while (tail > 0) {
        const c = this.text.charCodeAt(tail - 1);
        if (c !== mark && c !== SPACE && c !== TAB) break;
        tail--;
      }
      this.tails.set(mark, tail);
    }
    return tail;
  }
}
