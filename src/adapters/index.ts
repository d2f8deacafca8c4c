import { extname } from 'node:path';
import { parseHtml } from './html.js';
import { parseMarkdown } from './markdown.js';
import { parseText } from './text.js';
import type { ParsedDocument } from './types.js';

export type Format = 'markdown' | 'text' | 'html' | 'docx';

const BY_EXTENSION: Record<string, Format> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
  '.docx': 'docx',
};

/** File extensions a directory argument expands to. */
export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION);

const PARSERS: Record<Exclude<Format, 'docx'>, (text: string) => ParsedDocument> = {
  markdown: parseMarkdown,
  text: parseText,
  html: parseHtml,
};

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** The format of a file: by its extension, else by its first bytes. */
export function formatOf(filePath: string, head: Uint8Array): Format {
  const byName = BY_EXTENSION[extname(filePath).toLowerCase()];
  if (byName) return byName;
  if (ZIP_MAGIC.every((b, i) => head[i] === b)) return 'docx';
  const start = new TextDecoder('utf-8').decode(head.subarray(0, 2048)).replace(/^\ufeff/, '').trimStart();
  if (/^<(?:!doctype|html|head|body|table|div|p)\b/i.test(start)) return 'html';
  if (/^#{1,6} |^\|?[ :]*-{3,}[ :]*\|/m.test(start)) return 'markdown';
  return 'text';
}

/** Parses decoded text in a text format. */
export function parseAs(format: Exclude<Format, 'docx'>, text: string): ParsedDocument {
  return PARSERS[format](text);
}

/** Parses decoded text with the adapter its file name selects. */
export function parseDocument(text: string, filePath: string): ParsedDocument {
  const format = formatOf(filePath, new TextEncoder().encode(text.slice(0, 2048)));
  return parseAs(format === 'docx' ? 'text' : format, text);
}
