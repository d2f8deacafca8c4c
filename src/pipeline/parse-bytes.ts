import { formatOf, parserFor } from '../adapters/index.js';
import { decode } from '../adapters/decode.js';
import { DocxError } from '../adapters/docx-error.js';
import { PdfError } from '../adapters/pdf/error.js';
import { DEFAULT_LIMITS, type Limits, type OverLimit, textOverLimit, treeOverLimit } from './budgets.js';
import type { ParsedDocument } from '../text/document.js';
import { OverLimitError } from '../text/over-limit.js';
import type { Failure } from '../model/loaded.js';

// Bytes to a parsed document, within the limits: the report model is built from it in load-report.ts.


/** A file parsed (not yet a report), or why it cannot be. */
export type Parsed = { ok: true; doc: ParsedDocument } | Failure;

export function overLimit(over: OverLimit): Failure {
  return { ok: false, reason: 'overLimit', data: { ...over } };
}

/** What a parser threw, as a message a user can act on (never the library's own words). */
export function thrown(error: unknown): Failure {
  if (error instanceof OverLimitError) return overLimit(error.over as OverLimit);
  if (error instanceof RangeError) return { ok: false, reason: 'nestedTooDeeply' };
  if (error instanceof DocxError) return { ok: false, reason: error.reason };
  if (error instanceof PdfError) return { ok: false, reason: error.reason, ...(error.detail ? { data: { detail: error.detail } } : {}) };
  return { ok: false, reason: 'parseError', data: { detail: (error as Error).message } };
}

/**
 * Parses bytes (a file's or stdin's) within the limits. Whatever a parser throws on one
 * file is a fatal message for that file: the rest of the run goes on.
 */
export async function parseBytes(bytes: Uint8Array, filePath: string, limits: Limits = DEFAULT_LIMITS): Promise<Parsed> {
  try {
    return await parse(bytes, filePath, limits);
  } catch (error) {
    return thrown(error);
  }
}

async function parse(bytes: Uint8Array, filePath: string, limits: Limits): Promise<Parsed> {
  if (bytes.length > limits.maxFileBytes) return overLimit({ limit: 'maxFileBytes', found: bytes.length, max: limits.maxFileBytes });
  const format = formatOf(filePath, bytes.subarray(0, 2048));
  let doc: ParsedDocument;
  let counted: string | undefined;
  if (format === 'docx') {
    const { parseDocx } = await import('../adapters/docx.js');
    doc = await parseDocx(bytes, limits);
  } else if (format === 'pdf') {
    const { parsePdf } = await import('../adapters/pdf/index.js');
    doc = await parsePdf(bytes, limits);
  } else {
    const decoded = decode(bytes);
    if (!decoded.ok) {
      return decoded.reason === 'binary' ? { ok: false, reason: 'binaryFile' } : { ok: false, reason: 'undecodable', data: { detail: decoded.detail } };
    }
    const tooLong = textOverLimit(decoded.text, limits);
    if (tooLong) return overLimit(tooLong);
    counted = decoded.text;
    doc = (await parserFor(format, decoded.text))(decoded.text, limits);
  }
  // The lines of what the positions are of, unless that is the text already counted.
  const tooBig = treeOverLimit(doc.tree, limits) ?? (doc.source.text === counted ? undefined : textOverLimit(doc.source.text, limits));
  return tooBig ? overLimit(tooBig) : { ok: true, doc };
}
