import type { Root } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';

/**
 * The trees the Markdown adapter's line readers must give node for node and position for
 * position: remark-parse's own (what the block reader is held to), and remark-parse with
 * micromark's GFM table construct (what the whole adapter is held to).
 */
const commonmark = unified().use(remarkParse).freeze();
const withTables = unified()
  .use(remarkParse)
  .use(function (this: Processor) {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(gfmTable());
    (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  })
  .freeze();

export const remarkTree = (text: string): Root => commonmark.parse(text);
export const gfmTablesTree = (text: string): Root => withTables.parse(text) as Root;
