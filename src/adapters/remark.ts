import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import { linearHtmlText } from './linear-html-text.js';

/*
 * remark-parse, for what the line readers decline, loaded on first use: the line readers read
 * reports without it, and loading unified, micromark and mdast-util-from-markdown is some
 * 100 ms of a cold start, in every worker thread too. Each processor is built once: freezing
 * is what costs, parsing is per file.
 */
const require = createRequire(import.meta.url);

function remarkParse(extend?: (processor: Processor) => void): Processor<Root> {
  const { unified } = require('unified') as typeof import('unified');
  const parse = (require('remark-parse') as typeof import('remark-parse')).default;
  const processor = unified().use(parse) as unknown as Processor;
  // Inline HTML in linear time (linear-html-text.ts): micromark's own is quadratic on unclosed openers.
  const { htmlText } = require('micromark-core-commonmark') as typeof import('micromark-core-commonmark');
  (processor.data().micromarkExtensions ??= []).push(linearHtmlText(htmlText));
  extend?.(processor);
  return processor.freeze() as unknown as Processor<Root>;
}

let plain: Processor<Root> | undefined;
/** CommonMark, as remark-parse reads it. */
export const commonmark = (): Processor<Root> => (plain ??= remarkParse());

let gfmTables: Processor<Root> | undefined;
/**
 * CommonMark with GFM tables and nothing else of GFM, for the documents whose tables the
 * line reader declines (a table in a list or a quote, say). The table extensions pull in
 * mdast-util-to-markdown, 55 ms more. Autolink literals, footnotes, strikethrough and task
 * lists mean nothing in a report.
 */
export function withGfmTables(): Processor<Root> {
  gfmTables ??= remarkParse((processor) => {
    const { gfmTable } = require('micromark-extension-gfm-table') as typeof import('micromark-extension-gfm-table');
    const { gfmTableFromMarkdown } = require('mdast-util-gfm-table') as typeof import('mdast-util-gfm-table');
    const data = processor.data();
    (data.micromarkExtensions ??= []).push(gfmTable());
    (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  });
  return gfmTables;
}
