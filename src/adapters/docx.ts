import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import mammoth from 'mammoth';
// Replaces mammoth's XML parse with one linear in what lies outside a part's root (see there).
import './docx-xml.js';
import { writtenCells } from '../text/written-cells.js';
import { DocxError } from './docx-error.js';
import { parseHtml } from './html.js';
import { parseText } from './text.js';
import { type AdapterOptions, DEFAULT_ADAPTER_OPTIONS, type ParsedDocument } from '../text/document.js';
import { MAX_DOCX_UNPACKED, zipSummary } from './zip.js';
import { OverLimitError } from '../text/over-limit.js';

/**
 * Word files: mammoth turns the .docx into HTML (merged cells become rowspan/colspan),
 * the HTML adapter resolves the table grid, and the result is written out as text with
 * one line per paragraph — a table row is one line, its cells separated by tabs — which
 * the text adapter reads. So in a diagnostic for a .docx, the line is the paragraph's
 * number (counting each table row as one) and the column the character within it.
 */

function oneLine(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ').trim();
}

function linesOf(node: RootContent, out: string[], html: string): void {
  switch (node.type) {
    case 'table':
      // Only cells that exist: not the padding hast-util-to-mdast adds at row ends, nor the
      // empty header row it puts on tables without <th>; but a merged blank cell closing a
      // row is as many cells as it spans.
      for (const row of node.children) {
        const cells = writtenCells(row, html);
        if (cells.length) out.push(cells.map((c) => oneLine(toString(c))).join('\t'));
      }
      break;
    case 'list':
    case 'listItem':
    case 'blockquote':
      for (const c of node.children) linesOf(c as RootContent, out, html);
      break;
    default: {
      const line = oneLine(toString(node));
      if (line) out.push(line);
    }
  }
}

export async function parseDocx(bytes: Uint8Array, options: AdapterOptions & { maxUnpackedBytes?: number } = DEFAULT_ADAPTER_OPTIONS): Promise<ParsedDocument> {
  const zip = zipSummary(bytes);
  if (!zip) throw new DocxError('docxTruncated');
  const max = options.maxUnpackedBytes ?? MAX_DOCX_UNPACKED;
  if (zip.uncompressedBytes > max) {
    // A zip64 entry's size is not read: it is at least 4 GB, said as "more than" the limit.
    const found = Number.isFinite(zip.uncompressedBytes) ? zip.uncompressedBytes : `>${max}`;
    throw new OverLimitError({ limit: 'maxUnpackedBytes', found, max });
  }
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch {
    // mammoth and jszip say "Bug : uncompressed data size mismatch", "Could not find main document part…".
    throw new DocxError('docxDamaged');
  }
  const lines: string[] = [];
  const { tree, spansClamped } = parseHtml(html, options);
  for (const node of tree.children) linesOf(node, lines, html);
  // A clamped span's place is in mammoth's HTML, not in the text read: it is reported at the start.
  const clamped = spansClamped?.map(({ found }) => ({ found, range: { start: 0, end: 0 } }));
  return { ...parseText(`${lines.join('\n')}\n`), format: 'docx', ...(clamped ? { spansClamped: clamped } : {}) };
}
