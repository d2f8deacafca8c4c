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
  /**
   * What the page says its title is (<title>, <meta name="ArticleTitle">, the first <h1>), in
   * that order, each with its place in the source where it has one: for a report whose body
   * does not open with its title.
   */
  titleHints?: TitleHint[];
}

export interface TitleHint {
  text: string;
  range?: Range;
}
