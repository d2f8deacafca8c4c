import type { Heading, Html, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { INLINE_SYNTAX, type InlineParser } from './markdown-inline.js';
import { type Line, linesOf, pointAt, skipSpaces, trimSpacesEnd } from './markdown-lines.js';

/**
 * The blocks reports are made of, read line by line into the mdast remark-parse gives them,
 * positions included: blank lines, ATX headings, paragraphs, bullet lists of one-line items,
 * and the HTML comments that carry directives. Like the pipe-table reader, it declines
 * whatever it cannot be sure of — a line that could start another construct (a quote, an
 * ordered list, code, a setext underline, a thematic break, other HTML, a link definition),
 * a list item on more than one line, any tab, NUL, lone CR or BOM — and the caller then
 * parses the whole document with remark-parse. A document declines as a whole: one
 * construct can change how every other line reads (a definition, a lazy line).
 */

class Unsure extends Error {}

/**
 * The start of a line, at an indent of at most three spaces, that may begin a construct this
 * reader does not build: a quote, a link definition, a list item it does not take, an
 * ordered list, a setext underline, a fence, HTML other than a comment. Or a thematic break,
 * which is also what `- - -` and `* **` are rather than items.
 */
const OTHER_BLOCK = /^(?:[>[]|[-+*](?: |$)|\d{1,9}[.)](?: |$)|(?:=+|-+) *$|```|~~~|<[A-Za-z/?!])/;
const THEMATIC_BREAK = /^([-*_])(?: *\1){2,} *$/;

function heading(text: string, line: Line, from: number, inline: InlineParser): Heading | undefined {
  let depth = 0;
  while (depth < 7 && text.charCodeAt(from + depth) === 35) depth++;
  const after = from + depth;
  if (depth > 6 || (after < line.end && text.charCodeAt(after) !== 32)) return undefined;
  const start = skipSpaces(text, after, line.end);
  let end = trimSpacesEnd(text, start, line.end);
  // A closing run of `#` goes when it is all there is or follows a space.
  let hashes = end;
  while (hashes > start && text.charCodeAt(hashes - 1) === 35) hashes--;
  if (hashes === start || text.charCodeAt(hashes - 1) === 32) end = trimSpacesEnd(text, start, hashes);
  const children = end > start ? inline(text.slice(start, end), pointAt(line, start)) : [];
  if (!children) throw new Unsure();
  return { type: 'heading', depth: depth as Heading['depth'], children, position: { start: pointAt(line, from), end: pointAt(line, line.end) } };
}

/** An HTML comment block, from its line's start to the end of the line where `-->` closes it (`<!-->` does too). */
function comment(text: string, lines: Line[], i: number, from: number): { node: Html; last: number } {
  const close = text.indexOf('-->', from + 2);
  if (close < 0) throw new Unsure(); // unclosed, it runs to the end of the document
  let j = i;
  while (lines[j]!.end < close) j++;
  const first = lines[i]!;
  const last = lines[j]!;
  return { node: { type: 'html', value: text.slice(first.start, last.end), position: { start: pointAt(first, first.start), end: pointAt(last, last.end) } }, last: j };
}

/**
 * A paragraph of lines[first..last], its text starting at `from`: one text node when it holds
 * no inline syntax and no hard break, its soft breaks kept as the file's line endings and each
 * line's leading and trailing spaces dropped; otherwise parsed at its offset.
 */
function paragraph(text: string, lines: Line[], first: number, last: number, from: number, inline: InlineParser): Paragraph {
  const end = lines[last]!;
  const contentEnd = trimSpacesEnd(text, from, end.end);
  let children: PhrasingContent[] | undefined;
  if (first === last) children = inline(text.slice(from, contentEnd), pointAt(lines[first]!, from));
  else {
    let value = '';
    let plain = !INLINE_SYNTAX.test(text.slice(from, contentEnd));
    for (let j = first; plain && j <= last; j++) {
      const line = lines[j]!;
      const a = j === first ? from : skipSpaces(text, line.start, line.end);
      const b = trimSpacesEnd(text, a, line.end);
      if (j < last && line.end - b >= 2) plain = false; // a hard break
      value += j < last ? text.slice(a, b) + text.slice(line.end, lines[j + 1]!.start) : text.slice(a, b);
    }
    children = plain
      ? [{ type: 'text', value, position: { start: pointAt(lines[first]!, from), end: pointAt(end, contentEnd) } }]
      : inline(text.slice(from, contentEnd), pointAt(lines[first]!, from));
  }
  if (!children) throw new Unsure();
  return { type: 'paragraph', children, position: { start: pointAt(lines[first]!, from), end: pointAt(end, end.end) } };
}

type Kind =
  | { kind: 'blank' | 'indented' | 'text' | 'other' }
  | { kind: 'heading'; node: Heading }
  | { kind: 'comment'; node: Html; last: number }
  | { kind: 'item'; marker: number; node: ListItem };

/** A bullet item of one line: its marker in the first column, one space, then a paragraph. */
function item(text: string, lines: Line[], i: number, inline: InlineParser): ListItem | undefined {
  const line = lines[i]!;
  const marker = text.charCodeAt(line.start);
  if ((marker !== 45 && marker !== 42 && marker !== 43) || text.charCodeAt(line.start + 1) !== 32) return undefined;
  const from = line.start + 2;
  if (text.charCodeAt(from) === 32 || THEMATIC_BREAK.test(text.slice(line.start, line.end)) || kindOf(text, lines, i, from, inline).kind !== 'text') return undefined;
  const paragraphNode = paragraph(text, lines, i, i, from, inline);
  return { type: 'listItem', spread: false, checked: null, children: [paragraphNode], position: { start: pointAt(line, line.start), end: paragraphNode.position!.end } };
}

/** What line i starts, read from `from`, its first character that is not a space. */
function kindOf(text: string, lines: Line[], i: number, from: number, inline: InlineParser): Kind {
  const line = lines[i]!;
  if (from === line.end) return { kind: 'blank' };
  if (from - line.start >= 4) return { kind: 'indented' };
  const c = text.charCodeAt(from);
  const h = c === 35 ? heading(text, line, from, inline) : undefined;
  if (h) return { kind: 'heading', node: h };
  if (c === 60 && text.startsWith('<!--', from)) return { kind: 'comment', ...comment(text, lines, i, from) };
  const listItem = from === line.start ? item(text, lines, i, inline) : undefined;
  if (listItem) return { kind: 'item', marker: c, node: listItem };
  const rest = text.slice(from, line.end);
  return { kind: OTHER_BLOCK.test(rest) || THEMATIC_BREAK.test(rest) ? 'other' : 'text' };
}

function list(items: ListItem[], spread: boolean): List {
  return { type: 'list', ordered: false, start: null, spread, children: items, position: { start: items[0]!.position!.start, end: items[items.length - 1]!.position!.end } };
}

/** Lines [start, end] the caller reads itself (pipe tables): read as blank, as if blanked to spaces. */
export interface Skipped {
  start: number;
  end: number;
}

/**
 * remark-parse's tree of the text with the `skipped` lines blanked (without them among its
 * children), or undefined when the text holds anything but the blocks above.
 */
export function readBlocks(text: string, inline: InlineParser, skipped: readonly Skipped[] = []): Root | undefined {
  if (/[\t\0]|\r(?!\n)/.test(text) || text.charCodeAt(0) === 0xfeff) return undefined;
  const lines = linesOf(text);
  const children: RootContent[] = [];
  // The open paragraph (its first line, where its text starts) and the open list.
  let paragraphAt: { first: number; from: number } | undefined;
  let openList: { marker: number; items: ListItem[]; spread: boolean; blankSince: boolean } | undefined;
  const closeParagraph = (last: number) => {
    if (paragraphAt) children.push(paragraph(text, lines, paragraphAt.first, last, paragraphAt.from, inline));
    paragraphAt = undefined;
  };
  try {
    for (let i = 0, t = 0; i < lines.length; i++) {
      const line = lines[i]!;
      while (t < skipped.length && skipped[t]!.end < line.start) t++;
      const next = skipped[t];
      const from = next && next.start <= line.start ? line.end : skipSpaces(text, line.start, line.end);
      const k = kindOf(text, lines, i, from, inline);
      // A comment running into a skipped table: the caller would decline it (spliced), so decline here.
      if (k.kind === 'comment' && next && next.start <= k.node.position!.end.offset!) return undefined;
      if (openList) {
        if (k.kind === 'blank') {
          openList.blankSince = true;
          continue;
        }
        if (k.kind === 'item' && k.marker === openList.marker) {
          openList.spread ||= openList.blankSince;
          openList.blankSince = false;
          openList.items.push(k.node);
          continue;
        }
        // An indented line may belong to the item; right after it, a line of text continues it lazily.
        if (from > line.start || (!openList.blankSince && k.kind === 'text')) return undefined;
        children.push(list(openList.items, openList.spread));
        openList = undefined;
      }
      switch (k.kind) {
        case 'blank':
          closeParagraph(i - 1);
          break;
        case 'indented':
          // Four spaces in make indented code, except where they continue a paragraph.
          if (!paragraphAt) return undefined;
          break;
        case 'text':
          paragraphAt ??= { first: i, from };
          break;
        case 'other':
          return undefined;
        case 'heading':
          closeParagraph(i - 1);
          children.push(k.node);
          break;
        case 'comment':
          closeParagraph(i - 1);
          children.push(k.node);
          i = k.last;
          break;
        case 'item':
          closeParagraph(i - 1);
          openList = { marker: k.marker, items: [k.node], spread: false, blankSince: false };
          break;
      }
    }
    closeParagraph(lines.length - 1);
    if (openList) children.push(list(openList.items, openList.spread));
  } catch (error) {
    if (error instanceof Unsure) return undefined;
    throw error;
  }
  const last = lines[lines.length - 1]!;
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: pointAt(last, text.length) } };
}
