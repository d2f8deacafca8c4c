import { extname } from 'node:path';
import type { AdapterOptions, ParsedDocument } from '../text/document.js';

export type Format = 'markdown' | 'text' | 'html' | 'docx' | 'pdf';

const BY_EXTENSION: Record<string, Format> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/** File extensions a directory argument expands to. */
export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION);

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** `%PDF-`, which may follow a little junk: readers look for it in the first 1024 bytes. */
const PDF_MAGIC = '%PDF-';

/** The format of a file: by its extension, else by its first bytes. */
export function formatOf(filePath: string, head: Uint8Array): Format {
  const byName = BY_EXTENSION[extname(filePath).toLowerCase()];
  if (byName) return byName;
  if (ZIP_MAGIC.every((b, i) => head[i] === b)) return 'docx';
  if (new TextDecoder('latin1').decode(head.subarray(0, 1024)).includes(PDF_MAGIC)) return 'pdf';
  const start = new TextDecoder('utf-8').decode(head.subarray(0, 2048)).replace(/^\ufeff/, '').trimStart();
  if (/^<(?:!doctype|html|head|body|table|div|p)\b/i.test(start)) return 'html';
  if (/^#{1,6} |^\|?[ :]*-{3,}[ :]*\|/m.test(start)) return 'markdown';
  return 'text';
}

export type TextParser = (text: string, options?: AdapterOptions) => ParsedDocument;

/**
 * The parser of a text format, loaded when a file of that format first comes: the
 * Markdown, HTML and Word stacks each take 60 ms to load, and most runs need one of them.
 * `text` is the file's: Markdown loads the HTML stack too only when it holds an HTML table.
 */
export async function parserFor(format: Exclude<Format, 'docx' | 'pdf'>, text = ''): Promise<TextParser> {
  switch (format) {
    case 'markdown': {
      const { parseMarkdown } = await import('./markdown.js');
      // The HTML stack only for Markdown that holds HTML tables (pandoc's merged cells).
      if (!/<table\b/i.test(text)) return (t, options) => parseMarkdown(t, undefined, options);
      const { htmlBlockToMdast } = await import('./html.js');
      return (t, options) => parseMarkdown(t, (html) => htmlBlockToMdast(html, options), options);
    }
    case 'html':
      return (await import('./html.js')).parseHtml;
    case 'text':
      return (await import('./text.js')).parseText;
  }
}
