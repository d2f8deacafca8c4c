import type { Root } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';
import { SourceText } from '../text/source-text.js';
import { type HtmlBlockReader, readHtmlTables } from './markdown-html-tables.js';
import type { ParsedDocument } from '../text/document.js';

/**
 * GFM tables and nothing else of GFM: reports need tables, and autolink literals,
 * footnotes, strikethrough and task lists cost about a quarter of the parse
 * (docs/benchmarks.md). The extensions are the ones remark-gfm itself bundles.
 */
function remarkGfmTables(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

// Built once: freezing the processor is what costs, parsing is per file.
const processor = unified().use(remarkParse).use(remarkGfmTables).freeze();

/** `readHtml` reads the HTML <table> blocks; without it (a text with none) they stay raw HTML. */
export function parseMarkdown(text: string, readHtml?: HtmlBlockReader): ParsedDocument {
  const tree = processor.parse(text) as Root;
  if (readHtml) readHtmlTables(tree, text, readHtml);
  return { source: new SourceText(text), tree, format: 'markdown' };
}
