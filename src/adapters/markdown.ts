import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SourceText } from '../model/source-text.js';
import type { ParsedDocument } from './types.js';

// Built once: freezing the processor is what costs, parsing is per file.
const processor = unified().use(remarkParse).use(remarkGfm).freeze();

export function parseMarkdown(text: string): ParsedDocument {
  return { source: new SourceText(text), tree: processor.parse(text) as Root, format: 'markdown' };
}
