import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';

/** CommonMark, as remark-parse reads it, for what the line readers decline. Built once: freezing the processor is what costs, parsing is per file. */
export const commonmark = unified().use(remarkParse).freeze();

/**
 * GFM tables and nothing else of GFM, for the documents whose tables the line reader
 * declines (a table in a list or a quote, say). Loaded only then: the table extensions pull
 * in mdast-util-to-markdown, 55 ms of start-up. Autolink literals, footnotes,
 * strikethrough and task lists mean nothing in a report.
 */
let gfmTables: Processor<Root> | undefined;
export function withGfmTables(): Processor<Root> {
  if (!gfmTables) {
    const require = createRequire(import.meta.url);
    const { gfmTable } = require('micromark-extension-gfm-table') as typeof import('micromark-extension-gfm-table');
    const { gfmTableFromMarkdown } = require('mdast-util-gfm-table') as typeof import('mdast-util-gfm-table');
    gfmTables = unified()
      .use(remarkParse)
      .use(function (this: Processor) {
        const data = this.data();
        (data.micromarkExtensions ??= []).push(gfmTable());
        (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
      })
      .freeze() as unknown as Processor<Root>;
  }
  return gfmTables;
}
