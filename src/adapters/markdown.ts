import type { Nodes, Root, RootContent } from 'mdast';
import { SourceText } from '../text/source-text.js';
import { type AdapterOptions, DEFAULT_ADAPTER_OPTIONS, type ParsedDocument } from '../text/document.js';
import { readBlocks } from './markdown-blocks.js';
import { type HtmlBlockReader, readHtmlTables } from './markdown-html-tables.js';
import { phrasingAt } from './markdown-inline.js';
import { checkMarkdownNesting } from './markdown-nesting.js';
import { type PipeTable, blankTables, readPipeTables } from './pipe-tables.js';
import { commonmark, withGfmTables } from './remark.js';

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
  const tables = text.includes('|') ? readPipeTables(text, phrasingAt) : [];
  if (!tables) return withGfmTables().parse(text);
  // The blocks reports are made of read by line; a text with anything else by remark-parse.
  const tree = readBlocks(text, phrasingAt, tables) ?? commonmark().parse(tables.length > 0 ? blankTables(text, tables) : text);
  return (tables.length > 0 ? spliced(tree, tables) : tree) ?? withGfmTables().parse(text);
}

/** `readHtml` reads the HTML <table> blocks; without it (a text with none) they stay raw HTML. */
export function parseMarkdown(text: string, readHtml?: HtmlBlockReader, options: AdapterOptions = DEFAULT_ADAPTER_OPTIONS): ParsedDocument {
  checkMarkdownNesting(text, options.maxDepth);
  const tree = parseTree(text);
  if (readHtml) readHtmlTables(tree, text, readHtml);
  return { source: new SourceText(text), tree, format: 'markdown' };
}
