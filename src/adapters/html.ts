import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SourceText } from '../text/source-text.js';
import { checkDepth } from './html-depth.js';
import { pageHast } from './html-hast.js';
import { parsePage } from './html-parse.js';
import { fastHastToMdast } from './html-to-mdast.js';
import { libraryHastToMdast, libraryPageHast } from './html-libraries.js';
import { dropInertRuns } from './html-inert.js';
import { isPageChrome, publicationDateIn } from './page-chrome.js';
import { resolveGrids } from './table-grid.js';
import { type AdapterOptions, DEFAULT_ADAPTER_OPTIONS, type ParsedDocument, type PublicationDate, type TitleHint } from '../text/document.js';

/**
 * Saved government web pages. parse5 parses the page (html-parse.ts) and the depth is checked
 * before anything recursive runs; the hast is built with positions in the HTML source
 * (html-hast.ts); what is not the report goes: scripts, styles, navigation, headers and
 * footers; layout tables (a table holding tables, as CMS templates and Word exports use) are
 * unwrapped so that the real tables stay tables; then the hast is converted to mdast
 * (html-to-mdast.ts) and the tables resolved into their grids (table-grid.ts). Where the
 * hast builder or the converter declines a page, the library it stands in for does the step
 * (html-libraries.ts: hast-util-from-parse5, hast-util-to-mdast).
 */

const DROP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'iframe', 'form', 'button', 'select', 'head']);
const META_DATE = new Set(['pubdate', 'publishdate', 'firstpublishedtime', 'dc.date', 'publishdate.', 'maketime']);

function isElement(node: HastContent | ElementContent, tag?: string): node is Element {
  return node.type === 'element' && (tag === undefined || node.tagName === tag);
}

function containsTable(node: Element): boolean {
  return node.children.some((c) => isElement(c) && (c.tagName === 'table' || containsTable(c)));
}

/** The date of <meta name="PubDate" content="2025-01-17 10:00"> and the like. */
function metaDate(node: Element, source: string): PublicationDate | undefined {
  const name = String(node.properties.name ?? '').toLowerCase();
  const content = String(node.properties.content ?? '');
  const m = /(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})/u.exec(content);
  if (!META_DATE.has(name) || !m || !node.position) return undefined;
  const start = node.position.start.offset ?? 0;
  const at = source.indexOf(m[0], start);
  return { date: `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`, range: { start: at, end: at + m[0].length } };
}

/** The text of an element, spaces collapsed, and the source range from its first to its last character. */
function textHint(node: Element): TitleHint | undefined {
  const leaves: { value: string; start?: number; end?: number }[] = [];
  const walk = (n: ElementContent) => {
    if (n.type === 'text') leaves.push({ value: n.value, start: n.position?.start.offset, end: n.position?.end.offset });
    else if (n.type === 'element') n.children.forEach(walk);
  };
  node.children.forEach(walk);
  const text = leaves.map((l) => l.value).join('').replace(/\s+/gu, ' ').trim();
  if (!text) return undefined;
  const first = leaves.find((l) => l.value.trim() !== '')!;
  const last = [...leaves].reverse().find((l) => l.value.trim() !== '')!;
  if (first.start === undefined || last.end === undefined) return { text };
  // Exact where the leaves are as long as their source (no entities); else the leaves' whole extent.
  const exact = (l: typeof first) => l.end! - l.start! === l.value.length;
  const start = exact(first) ? first.start + first.value.length - first.value.trimStart().length : first.start;
  const end = exact(last) ? last.end! - (last.value.length - last.value.trimEnd().length) : last.end;
  return { text, range: { start, end } };
}

/** <meta name="ArticleTitle" content="…">, at the content's place in the source. */
function metaTitle(node: Element, source: string): TitleHint | undefined {
  const content = String(node.properties.content ?? '').trim();
  if (String(node.properties.name ?? '').toLowerCase() !== 'articletitle' || !content) return undefined;
  const at = node.position ? source.indexOf(content, node.position.start.offset ?? 0) : -1;
  return at < 0 ? { text: content } : { text: content, range: { start: at, end: at + content.length } };
}

interface Found {
  date?: PublicationDate;
  title?: TitleHint;
  articleTitle?: TitleHint;
  h1?: TitleHint;
  spansClamped: NonNullable<ParsedDocument['spansClamped']>;
}

/** What the page's head and headings say about it: publication date and title hints. */
function notice(node: Element, source: string, found: Found): void {
  if (node.tagName === 'meta') {
    found.date ??= metaDate(node, source);
    found.articleTitle ??= metaTitle(node, source);
  } else if (node.tagName === 'title') found.title ??= textHint(node);
  else if (node.tagName === 'h1') found.h1 ??= textHint(node);
  else if (node.tagName === 'head') for (const m of node.children) if (isElement(m)) notice(m, source, found);
}

/**
 * A colspan is cut to maxSpan: hast-util-to-mdast fills the table grid cell by cell (and the
 * converter pads a header row as wide), so a 55-byte colspan="100000000" would otherwise
 * take gigabytes. (A rowspan it already stops at the table's last row.) A value hastscript
 * could not make a number ("100000000x") is read as browsers and the library read it, by its
 * leading digits.
 */
function clampSpan(cell: Element, maxSpan: number, found: Found): void {
  const value = cell.properties.colSpan;
  const span = Number.isNaN(Number(value)) ? Number.parseInt(String(value), 10) : Number(value);
  if (!(span > maxSpan)) return;
  cell.properties.colSpan = maxSpan;
  const start = cell.position?.start.offset ?? 0;
  // Hundreds of digits read as a number are Infinity: the message says a bound, never "Infinity".
  found.spansClamped.push({ found: Number.isFinite(span) ? span : '>10^308', range: { start, end: cell.position?.end.offset ?? start } });
}

/**
 * Inline wrappers that mean nothing to mdast (both converters pass their children through):
 * Word and CMS pages wrap almost every run of text in one, a third of a page's elements,
 * each a node the converter would otherwise walk (and hast-util-to-mdast clone).
 */
const TRANSPARENT = new Set(['span', 'font', 'o:p']);
/** The properties hast-util-to-mdast reads (spans, alignment, links, images, lists, inputs); styles, classes and sizes go. */
const KEPT = ['rowSpan', 'colSpan', 'align', 'href', 'src', 'alt', 'title', 'start', 'checked', 'type', 'value', 'id'];

function keptProperties(node: Element): Element['properties'] {
  const kept: Element['properties'] = {};
  for (const key of KEPT) if (node.properties[key] !== undefined) kept[key] = node.properties[key];
  // A code block's language is in its class.
  if ((node.tagName === 'code' || node.tagName === 'pre') && node.properties.className) kept.className = node.properties.className;
  return kept;
}

/**
 * Drops what is not the report, unwraps layout tables and transparent inline wrappers, and
 * keeps only the properties conversion reads, in place.
 */
function clean(parent: HastRoot | Element, source: string, found: Found, options: AdapterOptions): void {
  const out: HastContent[] = [];
  for (const child of parent.children as HastContent[]) {
    if (child.type === 'comment' || child.type === 'doctype') continue;
    if (isElement(child)) {
      if (child.tagName === 'td' || child.tagName === 'th') clampSpan(child, options.maxSpan, found);
      notice(child, source, found);
      if (DROP.has(child.tagName)) continue;
      clean(child, source, found, options);
      if (child.tagName === 'table' && containsTable(child)) {
        out.push(...unwrapLayoutTable(child));
        continue;
      }
      if (TRANSPARENT.has(child.tagName)) {
        out.push(...(child.children as HastContent[]));
        continue;
      }
      child.properties = keptProperties(child);
    }
    out.push(child);
  }
  parent.children = out as typeof parent.children;
}

/** A layout table's cells become plain blocks, in reading order. */
function unwrapLayoutTable(table: Element): ElementContent[] {
  const out: ElementContent[] = [];
  const walk = (node: Element) => {
    for (const c of node.children) {
      if (!isElement(c)) continue;
      if (c.tagName === 'td' || c.tagName === 'th') out.push({ ...c, tagName: 'div' });
      else if (['tbody', 'thead', 'tfoot', 'tr'].includes(c.tagName)) walk(c);
    }
  };
  walk(table);
  return out;
}

/** HTML as mdast, with positions in `text`: what is not the report dropped, tables as their grids. */
function htmlToMdast(text: string, found: Found, options: AdapterOptions): Root {
  const p5 = parsePage(text);
  checkDepth(p5, options.maxDepth);
  const hast = pageHast(p5, text) ?? libraryPageHast(p5, text);
  clean(hast, text, found, options);
  // Inline runs that mean nothing, cut before either converter walks them (html-inert.ts).
  dropInertRuns(hast);
  const fast = fastHastToMdast(hast);
  const tree = 'tree' in fast ? fast.tree : libraryHastToMdast(hast);
  resolveGrids(tree);
  return tree;
}

/**
 * A block of HTML inside another document (a <table> in Markdown, as pandoc writes merged
 * cells) as mdast, with positions in `html`. Its spans are cut to maxSpan like a page's.
 */
export function htmlBlockToMdast(html: string, options: AdapterOptions = DEFAULT_ADAPTER_OPTIONS): Root {
  return htmlToMdast(html, { spansClamped: [] }, options);
}

export function parseHtml(text: string, options: AdapterOptions = DEFAULT_ADAPTER_OPTIONS): ParsedDocument {
  const source = new SourceText(text);
  const found: Found = { spansClamped: [] };
  const tree = htmlToMdast(text, found, options);
  // Page chrome left in the body (location bars, "扫一扫…", view counts) is dropped, and the
  // date it shows kept when no <meta> gave one.
  tree.children = tree.children.filter((node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return true;
    const line = toString(node);
    if (!isPageChrome(line)) return true;
    const at = node.position?.start.offset;
    if (!found.date && at !== undefined) {
      const date = publicationDateIn(line, 0);
      if (date) found.date = { date: date.date, range: { start: at, end: node.position?.end.offset ?? at } };
    }
    return false;
  });
  const titleHints = [found.title, found.articleTitle, found.h1].filter((h) => h !== undefined);
  return {
    source,
    tree,
    format: 'html',
    ...(found.date ? { published: found.date } : {}),
    ...(titleHints.length ? { titleHints } : {}),
    ...(found.spansClamped.length ? { spansClamped: found.spansClamped } : {}),
  };
}
