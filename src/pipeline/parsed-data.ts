import { SourceText } from '../text/source-text.js';
import type { ParsedDocument } from '../text/document.js';
import type { Failure } from '../model/loaded.js';
import type { Parsed } from './parse-bytes.js';

/** A parse result as a worker can post it: plain data, the source as its text. */
export type ParsedData = { ok: true; doc: Omit<ParsedDocument, 'source'> & { text: string } } | Failure;

export function toData(parsed: Parsed): ParsedData {
  if (!parsed.ok) return parsed;
  const { source, ...rest } = parsed.doc;
  return { ok: true, doc: { ...rest, text: source.text } };
}

export function fromData(data: ParsedData): Parsed {
  if (!data.ok) return data;
  const { text, ...rest } = data.doc;
  return { ok: true, doc: { ...rest, source: new SourceText(text) } };
}
