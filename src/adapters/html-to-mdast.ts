import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Nodes, Parents, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Position } from 'unist';
import { cellSpan } from './table-grid.js';

/**
 * The mdast of a cleaned page (src/adapters/html.ts: scripts, navigation and inline wrappers
 * gone, layout tables unwrapped) for the elements reports are made of, in one walk. It gives
 * the tree hast-util-to-mdast 10 gives for the same hast, node for node: the same white space
 * collapsing (hast-util-minify-whitespace 1, fused into the walk instead of a cloned tree),
 * the same paragraphs around runs of inline content, the same merged text nodes, each with the
 * source range of its hast text (so an entity or &nbsp; never shifts what follows). Where the
 * library's grid filling only adds padding cells that resolveGrids drops again, it counts
 * them instead. Anything else (preformatted text, form controls, code, a link around blocks,
 * a tag it has no rule for) declines the page: the caller converts it with the library.
 *
 * The walk recurses once per level: the caller has checked the page's depth (maxDepth)
 * before anything recursive ran.
 */

/** Why the page was declined: the first construct not converted here. */
export interface Declined {
  declined: string;
}

class Decline {
  constructor(readonly why: string) {}
}

// hast-util-minify-whitespace's element classes. White space at the edges of a block goes;
// embedded content and form controls stop white space collapsing across them; skippable
// elements are not looked into for what follows.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'col', 'colgroup', 'dd', 'dialog', 'dir',
  'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup',
  'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'optgroup', 'option', 'p', 'plaintext', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'wbr', 'xmp',
]);
const CONTENT = new Set(['audio', 'canvas', 'embed', 'iframe', 'img', 'math', 'object', 'picture', 'svg', 'video', 'button', 'input', 'select', 'textarea']);
const SKIPPABLE = new Set(['area', 'base', 'basefont', 'dialog', 'datalist', 'head', 'link', 'meta', 'noembed', 'noframes', 'param', 'rp', 'script', 'source', 'style', 'template', 'track', 'title']);
/** hast-util-phrasing's elements (what a list item's "spread" looks through). */
const HAST_PHRASING = new Set([
  'a', 'abbr', 'area', 'b', 'bdi', 'bdo', 'br', 'button', 'cite', 'code', 'data', 'datalist', 'del', 'dfn', 'em', 'i', 'input',
  'ins', 'kbd', 'keygen', 'label', 'map', 'mark', 'meter', 'noscript', 'output', 'progress', 'q', 'ruby', 's', 'samp',
  'script', 'select', 'small', 'span', 'strong', 'sub', 'sup', 'template', 'textarea', 'time', 'u', 'var', 'wbr',
  'audio', 'canvas', 'embed', 'iframe', 'img', 'math', 'object', 'picture', 'svg', 'video',
]);
/** mdast-util-phrasing's node types. */
const MDAST_PHRASING = new Set([
  'break', 'delete', 'emphasis', 'footnote', 'footnoteReference', 'image', 'imageReference', 'inlineCode', 'inlineMath',
  'link', 'linkReference', 'mdxJsxTextElement', 'mdxTextExpression', 'strong', 'text', 'textDirective',
]);

type Convert = (element: Element, children: RootContent[], out: RootContent[], walk: Walk) => void;

/** What the walk knows of the tables it is in: the library's reading of each cell's spans, for its grid width. */
interface Walk {
  inTable: boolean;
  librarySpans: WeakMap<TableCell, [rows: number, cols: number]>;
}

function patch<T extends Nodes>(origin: HastContent | HastRoot, node: T): T {
  if (origin.position) node.position = positionOf(origin.position);
  return node;
}

type Point = Position['start'];
function point(p: Point | undefined): Point | undefined {
  if (!p || !(p.line > 0) || !(p.column > 0)) return undefined;
  return { line: p.line, column: p.column, offset: typeof p.offset === 'number' && p.offset > -1 ? p.offset : undefined };
}
function positionOf(p: Position): Position | undefined {
  const start = point(p.start);
  const end = point(p.end);
  return start && end ? { start, end } : undefined;
}

const isPhrasing = (node: RootContent) => MDAST_PHRASING.has(node.type);

function wrapNeeded(nodes: RootContent[]): boolean {
  return nodes.some((node) => !isPhrasing(node) || ('children' in node && wrapNeeded(node.children as RootContent[])));
}

function dropSurroundingBreaks<T extends RootContent>(nodes: T[]): T[] {
  let start = 0;
  let end = nodes.length;
  while (start < end && nodes[start]!.type === 'break') start++;
  while (end > start && nodes[end - 1]!.type === 'break') end--;
  return start === 0 && end === nodes.length ? nodes : nodes.slice(start, end);
}

const blank = (value: string) => /^[ \t\n\f\r]*$/u.test(value);

/** Runs of inline content as paragraphs (none for a run of white space), blocks as they are. */
function toFlow(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  let run: PhrasingContent[] = [];
  const flush = () => {
    if (run.length && !run.every((d) => d.type === 'text' && blank(d.value))) out.push({ type: 'paragraph', children: dropSurroundingBreaks(run) });
    run = [];
  };
  for (const node of nodes) {
    // The library splits a link or deletion around the blocks inside it ("straddling").
    if ((node.type === 'link' || node.type === 'delete') && wrapNeeded(node.children)) throw new Decline(`blocks inside a ${node.type}`);
    if (isPhrasing(node)) run.push(node as PhrasingContent);
    else {
      flush();
      out.push(node);
    }
  }
  flush();
  return out;
}

/** Nodes as children of `type` parents: others join the next such parent, or the last, or a new one. */
function toSpecificContent<P extends Parents & RootContent>(nodes: RootContent[], build: () => P): P[] {
  const type = build().type;
  const results: P[] = [];
  let queue: RootContent[] = [];
  for (const node of nodes) {
    if (node.type === type) {
      const parent = node as P;
      if (queue.length) (parent.children as RootContent[]).unshift(...queue);
      queue = [];
      results.push(parent);
    } else queue.push(node);
  }
  if (queue.length) {
    let last = results[results.length - 1];
    if (!last) results.push((last = build()));
    (last.children as RootContent[]).push(...queue);
  }
  return results;
}

/** hast-util-to-mdast's whitespace collapsing of attribute values (collapse-white-space, html style, trimmed). */
const collapseAttribute = (value: unknown) => String(value || '').replace(/[\t\n\v\f\r ]+/gu, ' ').replace(/^ | $/gu, '');
const url = (value: unknown) => String(value || '');

const flow: Convert = (_, children, out) => void out.push(...toFlow(children));
const passThrough: Convert = (_, children, out) => void out.push(...children);
const ignore: Convert = () => {};
const inline =
  (type: 'strong' | 'emphasis' | 'delete'): Convert =>
  (element, children, out) =>
    void out.push(patch(element, { type, children: children as PhrasingContent[] }));

const heading: Convert = (element, children, out) => {
  const depth = (Number(element.tagName.charAt(1)) || 1) as 1 | 2 | 3 | 4 | 5 | 6;
  out.push(patch(element, { type: 'heading', depth, children: dropSurroundingBreaks(children) as PhrasingContent[] }));
};
const paragraph: Convert = (element, children, out) => {
  const kept = dropSurroundingBreaks(children) as PhrasingContent[];
  if (kept.length) out.push(patch(element, { type: 'paragraph', children: kept }));
};

/** Whether a list item holds more than one block (hast-util-to-mdast's "spread"), read from the hast. */
function spreadOut(node: Element): boolean {
  let seenFlow = false;
  for (const child of node.children) {
    if (child.type !== 'element' || HAST_PHRASING.has(child.tagName)) continue;
    if (child.tagName === 'p' || seenFlow || spreadOut(child)) return true;
    seenFlow = true;
  }
  return false;
}

const newListItem = () => ({ type: 'listItem' as const, spread: false, checked: null, children: [] });
const list: Convert = (element, children, out) => {
  const ordered = element.tagName === 'ol';
  const items = toSpecificContent(children, newListItem);
  let start: number | null = null;
  if (ordered) {
    start = Number.parseInt(String(element.properties.start), 10);
    if (Number.isNaN(start)) start = 1;
  }
  const spread = items.length > 1 && items.some((item) => item.spread);
  out.push(patch(element, { type: 'list', ordered, start, spread, children: items }));
};
const listItem: Convert = (element, children, out) => {
  // (A leading checkbox makes a task item in the library: <input> is declined, so there is none here.)
  out.push(patch(element, { type: 'listItem', spread: spreadOut(element), checked: null, children: toFlow(children) as never }));
};

const cell: Convert = (element, children, out, walk) => {
  const { rowSpan, colSpan } = element.properties;
  const node = patch(element, { type: 'tableCell', children: children as PhrasingContent[] }) as TableCell;
  node.data = { span: cellSpan(rowSpan, colSpan) };
  // The library widens its grid by what parseInt reads in the attributes, whatever cellSpan makes of them.
  if (rowSpan || colSpan) walk.librarySpans.set(node, [Number.parseInt(String(rowSpan), 10) || 1, Number.parseInt(String(colSpan), 10) || 1]);
  out.push(node);
};
const row: Convert = (element, children, out) => {
  if (children.some((c) => c.type !== 'tableCell')) throw new Decline('content between table cells');
  out.push(patch(element, { type: 'tableRow', children: children as TableCell[] }));
};

/** Column alignments and whether the table has a header row, as the library reads them. */
type Align = NonNullable<Table['align']>;
function inspect(table: Element): { align: Align; headless: boolean } {
  const align: Align = [null];
  let headless = true;
  let rowIndex = 0;
  let cellIndex = 0;
  const visit = (node: ElementContent) => {
    if (node.type !== 'element') return;
    if (node.tagName === 'th' || node.tagName === 'td') {
      if (!align[cellIndex]) {
        const value = String(node.properties.align || '') || null;
        if (value === 'center' || value === 'left' || value === 'right' || value === null) align[cellIndex] = value;
      }
      if (headless && rowIndex < 2 && node.tagName === 'th') headless = false;
      cellIndex++;
    } else if (node.tagName === 'thead') headless = false;
    else if (node.tagName === 'tr') {
      rowIndex++;
      cellIndex = 0;
    }
    node.children.forEach(visit);
  };
  table.children.forEach(visit);
  return { align, headless };
}

const newRow = (): TableRow => ({ type: 'tableRow', children: [] });
const table: Convert = (element, children, out, walk) => {
  const { align, headless } = inspect(element);
  if (children.some((c) => c.type !== 'tableRow')) throw new Decline('content between table rows');
  const rows = children as TableRow[];
  if (headless) rows.unshift(newRow());
  // The library's grid: each spanning cell adds empty cells to its row and the rows it spans,
  // and every row is padded to the widest. Rows with cells of their own resolveGrids rebuilds
  // from those cells alone; a row without (the header row added above) stays that wide.
  let columns = 1;
  const spanning = new Array<number>(rows.length + 1).fill(0);
  let fromAbove = 0;
  rows.forEach((tableRow, r) => {
    fromAbove += spanning[r]!;
    let width = tableRow.children.length + fromAbove;
    for (const c of tableRow.children) {
      const [rowSpan, colSpan] = walk.librarySpans.get(c) ?? [1, 1];
      const end = Math.min(r + rowSpan, rows.length);
      if ((colSpan > 1 || rowSpan > 1) && end > r) {
        width += Math.max(0, colSpan - 1);
        spanning[r + 1]! += Math.max(0, colSpan);
        spanning[end]! -= Math.max(0, colSpan);
      }
    }
    if (width > columns) columns = width;
  });
  for (const tableRow of rows) {
    if (!tableRow.children.length) tableRow.children = Array.from({ length: columns }, () => ({ type: 'tableCell' as const, children: [] }));
  }
  for (let i = align.length; i < columns; i++) align.push(null);
  out.push(patch(element, { type: 'table', align, children: rows }));
};

const link: Convert = (element, children, out) => {
  const { href, title } = element.properties;
  out.push(patch(element, { type: 'link', url: url(href), title: collapseAttribute(title) || null, children: children as PhrasingContent[] }));
};
const image: Convert = (element, _, out) => {
  const { src, title, alt } = element.properties;
  out.push(patch(element, { type: 'image', url: url(src), title: collapseAttribute(title) || null, alt: collapseAttribute(alt) }));
};

/**
 * The elements converted here, as hast-util-to-mdast 10 converts them. A name with a colon
 * (Word's st1:chsdate, w:sdt …) or a hyphen (custom elements) has no rule in either library:
 * its content is taken as it stands, as the library takes an unknown element's.
 */
const CONVERT: Record<string, Convert> = {
  html: flow, body: flow, div: flow, section: flow, article: flow, center: flow, main: flow, address: flow, figure: flow,
  figcaption: flow, hgroup: flow,
  p: paragraph, h1: heading, h2: heading, h3: heading, h4: heading, h5: heading, h6: heading,
  blockquote: (element, children, out) => void out.push(patch(element, { type: 'blockquote', children: toFlow(children) as never })),
  hr: (element, _, out) => void out.push(patch(element, { type: 'thematicBreak' })),
  br: (element, _, out) => void out.push(patch(element, { type: 'break' })),
  table, tbody: passThrough, thead: passThrough, tfoot: passThrough, tr: row, td: cell, th: cell,
  caption: ignore, colgroup: ignore, col: ignore, meta: ignore, link: ignore, title: ignore,
  ul: list, ol: list, li: listItem,
  b: inline('strong'), strong: inline('strong'), em: inline('emphasis'), i: inline('emphasis'), u: inline('emphasis'),
  mark: inline('emphasis'), s: inline('delete'), strike: inline('delete'), del: inline('delete'),
  a: link, img: image,
  abbr: passThrough, acronym: passThrough, bdi: passThrough, bdo: passThrough, big: passThrough, cite: passThrough,
  data: passThrough, dfn: passThrough, ins: passThrough, label: passThrough, small: passThrough, sub: passThrough,
  sup: passThrough, time: passThrough, span: passThrough, font: passThrough, text: passThrough,
};
const own = Object.prototype.hasOwnProperty;
function converterOf(tagName: string): Convert | undefined {
  if (own.call(CONVERT, tagName)) return CONVERT[tagName];
  return tagName.includes(':') || tagName.includes('-') ? passThrough : undefined;
}

// --- The walk: white space collapsed as hast-util-minify-whitespace does, each node converted as the library does.

/** Whether white space at the end of the node at `index` may go, as decided by what follows it. */
function collapsibleAfter(nodes: (HastContent | ElementContent)[], index: number, after: boolean | undefined): boolean | undefined {
  for (let i = index + 1; i < nodes.length; i++) {
    const node = nodes[i]!;
    let result: boolean | undefined;
    if (node.type === 'element') {
      if (CONTENT.has(node.tagName)) return false;
      if (BLOCK.has(node.tagName)) return true;
      if (!node.properties.hidden && !SKIPPABLE.has(node.tagName)) result = collapsibleAfter(node.children, -1, undefined);
    } else if (node.type === 'text') {
      if (!blank(node.value)) return false;
    } else if (node.type !== 'comment' && node.type !== 'doctype') return false;
    if (result !== undefined) return result;
  }
  return after;
}

/** Converts the children of `parent` into `out`; returns whether white space after it may go at its start. */
function walkChildren(parent: HastRoot | Element, before: boolean, after: boolean, out: RootContent[], walk: Walk): boolean {
  const children = parent.children as (HastContent | ElementContent)[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    // (What follows a child matters only to a text ending in a space and to inline elements.)
    if (child.type === 'text') {
      const value = child.value.replace(/[\t\n\v\f\r ]+/gu, ' ');
      let start = 0;
      let end = value.length;
      let strip = false;
      if (before && value.charCodeAt(0) === 32) start++;
      if (start !== end && value.charCodeAt(end - 1) === 32) {
        if (collapsibleAfter(children, i, after)) end--;
        else strip = true;
      }
      if (start === end) continue;
      out.push(patch(child, { type: 'text', value: value.slice(start, end) }));
      before = strip;
    } else if (child.type === 'element') {
      const childAfter = BLOCK.has(child.tagName) || collapsibleAfter(children, i, after)!;
      before = walkElement(child, before, childAfter, out, walk);
      if (CONTENT.has(child.tagName)) before = false;
    } else throw new Decline(child.type);
  }
  return before || after;
}

function walkElement(element: Element, before: boolean, after: boolean, out: RootContent[], walk: Walk): boolean {
  const convert = converterOf(element.tagName);
  if (!convert) throw new Decline(`<${element.tagName}>`);
  const isTable = element.tagName === 'table';
  if (isTable) {
    if (walk.inTable) throw new Decline('a table inside a table');
    walk.inTable = true;
  }
  const block = BLOCK.has(element.tagName);
  const children: RootContent[] = [];
  const strip = walkChildren(element, block || before, block || after, children, walk);
  if (isTable) walk.inTable = false;
  convert(element, children, out, walk);
  return strip;
}

/** `value` without the spaces and tabs at its start or end. */
function trimmed(value: string, side: 'start' | 'end'): string {
  const blankAt = (i: number) => value.charCodeAt(i) === 32 || value.charCodeAt(i) === 9;
  let start = 0;
  let end = value.length;
  if (side === 'start') while (start < end && blankAt(start)) start++;
  else while (end > start && blankAt(end - 1)) end--;
  return value.slice(start, end);
}

/**
 * The library's last pass: adjacent text nodes merged (the first one's start, the last one's
 * end), and a paragraph's, heading's or the root's text trimmed at its ends.
 */
function mergeTexts(parent: Parents): void {
  const children = parent.children as RootContent[];
  const trims = parent.type === 'heading' || parent.type === 'paragraph' || parent.type === 'root';
  let index = 0;
  while (index < children.length) {
    const node = children[index]!;
    if (node.type !== 'text') {
      if ('children' in node) mergeTexts(node);
      index++;
      continue;
    }
    const previous = children[index - 1];
    if (previous?.type === 'text') {
      previous.value += node.value;
      children.splice(index, 1);
      if (previous.position && node.position) previous.position.end = node.position.end;
      index--;
      continue;
    }
    // (The library also tidies the white space around a text's first line ending: a collapsed
    // value has none.)
    if (trims) {
      if (index === 0) node.value = trimmed(node.value, 'start');
      if (index === children.length - 1) node.value = trimmed(node.value, 'end');
    }
    if (!node.value) children.splice(index, 1);
    else index++;
  }
}

/** The page's mdast, or why this converter leaves it to the library. Does not change `hast`. */
export function fastHastToMdast(hast: HastRoot): { tree: Root } | Declined {
  const walk: Walk = { inTable: false, librarySpans: new WeakMap() };
  let children: RootContent[] = [];
  try {
    walkChildren(hast, true, true, children, walk);
    if (wrapNeeded(children)) children = toFlow(children);
  } catch (error) {
    if (error instanceof Decline) return { declined: error.why };
    throw error;
  }
  const tree = patch(hast, { type: 'root', children } as Root);
  mergeTexts(tree);
  return { tree };
}
