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
  spansClamped?: { found: number; range: Range }[];
}

/** What adapters are told by the run. */
export interface AdapterOptions {
  /** colspans (Word's gridSpan becomes one) beyond this are cut to it */
  maxSpan: number;
}

// The widest table of the templates (行政复议和行政诉讼) has 16 columns.
export const DEFAULT_ADAPTER_OPTIONS: Readonly<AdapterOptions> = { maxSpan: 20 };
