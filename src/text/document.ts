import type { Root } from 'mdast';
import type { Range } from '../types.js';
import type { SourceText } from './source-text.js';

export interface PublicationDate {
  /** YYYY-MM-DD */
  date: string;
  range: Range;
}

/**
 * What every input adapter produces: the same mdast, with positions that point into
 * `source` (the decoded original), so that the model and the rules never care
 * whether the report came as Markdown, text, HTML or Word.
 */
export interface ParsedDocument {
  source: SourceText;
  tree: Root;
  /** The format the adapter read, for messages. */
  format: string;
  /** The publication date shown with the page (发布时间, 发布日期, 日期), if any. */
  published?: PublicationDate;
  /** Cells whose span was cut to AdapterOptions.maxSpan: how far they claimed to span, and where. */
  spansClamped?: { found: number | string; range: Range }[];
  /**
   * What the page says its title is (<title>, <meta name="ArticleTitle">, the first <h1>), in
   * that order, each with its place in the source where it has one: for a report whose body
   * does not open with its title.
   */
  titleHints?: TitleHint[];
  /**
   * For a paged original (PDF): where each page begins in `source`, ascending, so that a
   * message can name the page a person finds the spot on.
   */
  pages?: { page: number; offset: number }[];
}

/** The 1-based page that the offset falls on, if the document has pages. */
export function pageAt(doc: Pick<ParsedDocument, 'pages'>, offset: number): number | undefined {
  let page: number | undefined;
  for (const p of doc.pages ?? []) {
    if (p.offset > offset) break;
    page = p.page;
  }
  return page ?? doc.pages?.[0]?.page;
}

export interface TitleHint {
  text: string;
  range?: Range;
}

/** What adapters are told by the run. */
export interface AdapterOptions {
  /** colspans (Word's gridSpan becomes one) beyond this are cut to it */
  maxSpan: number;
  /** elements nested deeper than this make the file over its limit (converters recurse per level) */
  maxDepth: number;
}

// The widest table of the templates (行政复议和行政诉讼) has 16 columns. Real pages nest their
// elements 20–30 deep (a CMS layout around a Word export); the converters recurse once or more
// per level, and a thread's stack holds a few thousand levels: 256 leaves room on both sides.
export const DEFAULT_ADAPTER_OPTIONS: Readonly<AdapterOptions> = { maxSpan: 20, maxDepth: 256 };
