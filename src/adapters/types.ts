import type { Root } from 'mdast';
import type { SourceText } from '../model/source-text.js';

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
}
