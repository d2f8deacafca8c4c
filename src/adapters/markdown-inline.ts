import type { Nodes, PhrasingContent } from 'mdast';
import type { Point } from './markdown-lines.js';
import { commonmark } from './remark.js';

/** Inline content (a cell's, a heading's, a paragraph's) as phrasing nodes at the offset where it stands; undefined when unsure. */
export type InlineParser = (content: string, at: Point) => PhrasingContent[] | undefined;

/**
 * What may start inline syntax in CommonMark: an escape, code, emphasis, a link or image
 * (`!` and `]` are text without a `[`), a character reference (`&` before `#`, a letter or
 * a digit), an autolink or inline HTML (`<` before printable ASCII: a tag name, `/`, `!`,
 * `?`, a scheme, an e-mail address). A `<` before CJK, as in 《…印发<…管理办法>的通知》, or a
 * lone `&` is text. Line breaks are the block reader's to judge.
 */
export const INLINE_SYNTAX = /[\\`*_[]|&[#A-Za-z0-9]|<[!-~]/;

/** The line break tag, the one inline HTML reports hold (a header cell written on two lines). */
const BREAK_TAG = /<br *\/?>/gi;

function past(start: Point, from: number): Point {
  return { line: start.line, column: start.column + from, offset: start.offset + from };
}

/**
 * One line of inline content, trimmed, as the phrasing nodes micromark gives, when it is text
 * and line break tags only; undefined for anything else, which the caller parses.
 */
export function plainPhrasing(content: string, start: Point): PhrasingContent[] | undefined {
  if (content.includes('\n')) return undefined;
  if (!INLINE_SYNTAX.test(content)) return [{ type: 'text', value: content, position: { start, end: past(start, content.length) } }];
  const nodes: PhrasingContent[] = [];
  let from = 0;
  const text = (to: number) => {
    if (to === from) return true;
    const value = content.slice(from, to);
    // Nothing next to a tag changes it or is changed by it but a `\` before it, which is syntax anyway.
    if (INLINE_SYNTAX.test(value)) return false;
    nodes.push({ type: 'text', value, position: { start: past(start, from), end: past(start, to) } });
    return true;
  };
  for (const tag of content.matchAll(BREAK_TAG)) {
    if (!text(tag.index)) return undefined;
    from = tag.index + tag[0].length;
    nodes.push({ type: 'html', value: tag[0], position: { start: past(start, tag.index), end: past(start, from) } });
  }
  return text(content.length) ? nodes : undefined;
}

function shift(node: Nodes, line: number, column: number, offset: number): void {
  const p = node.position;
  if (p) {
    for (const point of [p.start, p.end]) {
      if (point.line === 1) point.column += column - 1;
      point.line += line - 1;
      if (point.offset !== undefined) point.offset += offset;
    }
  }
  if ('children' in node) for (const child of node.children) shift(child as Nodes, line, column, offset);
}

/**
 * A list item's or block quote's marker at the start: content so opened is never one paragraph.
 * It must be said before parsing, because the content's first line is not a line of the file
 * (a cell's, or a heading's after its `#`), so checkMarkdownNesting never counted its markers,
 * and micromark is quadratic in nesting: a cell of 1,900 "- " took 0.65 s to parse.
 */
const OPENS_CONTAINER = /^[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?:[ \t\r\n]|$))/;

/**
 * Inline content parsed by remark-parse on its own and moved to where it stands. Its lines
 * after the first must be whole lines of the file, as a paragraph's are.
 */
const inlineAt: InlineParser = (content, at) => {
  if (OPENS_CONTAINER.test(content)) return undefined;
  const tree = commonmark().parse(content);
  const [paragraph] = tree.children;
  if (tree.children.length !== 1 || paragraph?.type !== 'paragraph' || paragraph.position?.end.offset !== content.length) return undefined;
  shift(paragraph, at.line, at.column, at.offset);
  return paragraph.children as PhrasingContent[];
};

/** Plain text and line break tags made directly, the rest parsed: one remark parse of a few characters costs 25–60 µs. */
export const phrasingAt: InlineParser = (content, at) => plainPhrasing(content, at) ?? inlineAt(content, at);
