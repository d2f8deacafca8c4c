import { createRequire } from 'node:module';
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';
import { SourceText } from '../text/source-text.js';
import { linearHtmlText } from './linear-html-text.js';
import { type HtmlBlockReader, readHtmlTables } from './markdown-html-tables.js';
import type { ParsedDocument } from '../text/document.js';
import { type InlineParser, type PipeTable, blankTables, readPipeTables } from './pipe-tables.js';

/** Inline HTML parsed in linear time (see linear-html-text.ts). */
function linearInlineHtml(this: Processor): void {
  (this.data().micromarkExtensions ??= []).push(linearHtmlText);
}

// Built once: freezing the processor is what costs, parsing is per file.
const commonmark = unified().use(remarkParse).use(linearInlineHtml).freeze();

/**
 * GFM tables and nothing else of GFM, for the documents whose tables the line reader
 * declines (a table in a list or a quote, say). Loaded only then: the table extensions pull
 * in mdast-util-to-markdown, 55 ms of start-up. Autolink literals, footnotes,
 * strikethrough and task lists mean nothing in a report.
 */
let gfmTables: Processor<Root> | undefined;
function withGfmTables(): Processor<Root> {
  if (!gfmTables) {
    const require = createRequire(import.meta.url);
    const { gfmTable } = require('micromark-extension-gfm-table') as typeof import('micromark-extension-gfm-table');
    const { gfmTableFromMarkdown } = require('mdast-util-gfm-table') as typeof import('mdast-util-gfm-table');
    gfmTables = unified()
      .use(remarkParse)
      .use(linearInlineHtml)
      .use(function (this: Processor) {
        const data = this.data();
        (data.micromarkExtensions ??= []).push(gfmTable());
        (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
      })
      .freeze() as unknown as Processor<Root>;
  }
  return gfmTables;
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

/** A cell's content with inline syntax, parsed on its own and moved to where it stands. */
const inlineAt: InlineParser = (content, at) => {
  const tree = commonmark.parse(content);
  const [paragraph] = tree.children;
  if (tree.children.length !== 1 || paragraph?.type !== 'paragraph' || paragraph.position?.end.offset !== content.length) return undefined;
  shift(paragraph, at.line, at.column, at.offset);
  return paragraph.children as PhrasingContent[];
};

const startOf = (node: Nodes) => node.position?.start.offset ?? 0;
const endOf = (node: Nodes) => node.position?.end.offset ?? 0;

/**
 * The tables put back among the blocks parsed around them, unless a block reaches into a
 * table (code or a list item running over it) or ends just above it without being one a
 * table may interrupt: then micromark would have read the lines otherwise.
 */
function spliced(tree: Root, tables: PipeTable[]): Root | undefined {
  const children: RootContent[] = [];
  let t = 0;
  for (const node of tree.children) {
    while (t < tables.length && tables[t]!.start < startOf(node)) children.push(tables[t++]!.node);
    const before = t < tables.length ? tables[t]! : undefined;
    if (before && endOf(node) > before.start) return undefined;
    if (before && node.position!.end.line === before.node.position!.start.line - 1 && node.type !== 'paragraph' && node.type !== 'heading') return undefined;
    children.push(node);
  }
  while (t < tables.length) children.push(tables[t++]!.node);
  tree.children = children;
  return tree;
}

function parseTree(text: string): Root {
  const tables = text.includes('|') ? readPipeTables(text, inlineAt) : [];
  if (tables && tables.length === 0) return commonmark.parse(text);
  const tree = tables && spliced(commonmark.parse(blankTables(text, tables)), tables);
  return tree ?? withGfmTables().parse(text);
}

/** `readHtml` reads the HTML <table> blocks; without it (a text with none) they stay raw HTML. */
export function parseMarkdown(text: string, readHtml?: HtmlBlockReader): ParsedDocument {
  const tree = parseTree(text);
  if (readHtml) readHtmlTables(tree, text, readHtml);
  return { source: new SourceText(text), tree, format: 'markdown' };
}
