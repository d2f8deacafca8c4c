import { extname } from 'node:path';
import { parseMarkdown } from './markdown.js';
import { parseText } from './text.js';
import type { ParsedDocument } from './types.js';

type Adapter = (text: string) => ParsedDocument;

const BY_EXTENSION: Record<string, Adapter> = {
  '.md': parseMarkdown,
  '.markdown': parseMarkdown,
  '.txt': parseText,
  '.text': parseText,
};

/** File extensions a directory argument expands to. */
export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION);

/** Parses decoded text with the adapter for its file name; Markdown when the extension is unknown. */
export function parseDocument(text: string, filePath: string): ParsedDocument {
  return (BY_EXTENSION[extname(filePath).toLowerCase()] ?? parseMarkdown)(text);
}
