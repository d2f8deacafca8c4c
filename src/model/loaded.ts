import type { CoreMessageId, MessageData } from '../i18n.js';
import type { ParsedDocument } from '../text/document.js';
import type { Range } from '../types.js';
import { type Report, buildReport } from './report.js';

/** A file that cannot be read as a report: why (a fatal message, localised later). */
export type Failure = { ok: false; reason: CoreMessageId; data?: MessageData; source?: string };

/** Something worth a warning about how the file was read (a span cut to the limit, say). */
export interface Notice {
  id: CoreMessageId;
  data: Record<string, string | number>;
  range: Range;
}

/** A file read as a report, or why it cannot be one. */
export type Loaded = { ok: true; report: Report; notices?: Notice[]; pages?: ParsedDocument['pages'] } | Failure;

/**
 * A document with no title, no section and no table with data is not a report at all. Cells
 * read out of run-together text (flattened.ts) do not count: that reading is made only on the
 * strength of the labels, and notes that quote a report's cells (`规章000行政规范性文件77132470`)
 * have the labels too.
 */
function looksLikeReport(report: Report): boolean {
  const hasData = [...report.tables.values()].some((t) => [...t.blocks.values()].some((b) => b.rows.size > 0 && !b.flattened));
  return report.title !== undefined || report.sections.length > 0 || hasData;
}

/** A parsed document as a report, unless it is empty or no report at all; `maxSpan` is what clamped spans were cut to. */
export function fromDocument(doc: ParsedDocument, maxSpan: number): Loaded {
  if (doc.source.text.trim() === '') return { ok: false, reason: 'emptyFile' };
  const report = buildReport(doc);
  if (!looksLikeReport(report)) return { ok: false, reason: 'notAReport', source: doc.source.text };
  const notices = (doc.spansClamped ?? []).map(({ found, range }): Notice => ({ id: 'spanClamped', data: { found, max: maxSpan }, range }));
  return { ok: true, report, ...(notices.length ? { notices } : {}), ...(doc.pages ? { pages: doc.pages } : {}) };
}
