import { parseText } from '../text.js';
import type { ParsedDocument } from '../../text/document.js';
import { PdfError } from './error.js';
import { isGarbled } from './garbled.js';
import { readPdf } from './load.js';
import type { PdfLimits } from './limits.js';
import { renditionOf } from './rendition.js';

/**
 * PDF files: pdf.js gives the text runs and ruling lines of each page; they are laid out
 * again as a person reads them (lines, paragraphs, tables as grids, page chrome dropped)
 * and written out as a text rendition — one line per paragraph, one per table row with
 * its cells separated by tabs — which the text adapter reads, as for Word files. A
 * diagnostic's line and column point into that rendition, and `pages` lets each message
 * name the page.
 */
export async function parsePdf(bytes: Uint8Array, limits: PdfLimits): Promise<ParsedDocument> {
  const pages = await readPdf(bytes, limits);
  const rendition = renditionOf(pages);
  if (rendition.text.trim() === '') throw new PdfError('pdfNoText');
  if (isGarbled(rendition.text)) throw new PdfError('pdfGarbled');
  return { ...parseText(rendition.text), format: 'pdf', pages: rendition.pages };
}
