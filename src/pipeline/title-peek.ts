import { TITLE, TITLE_SEPARATOR, agencyOf } from '../model/report.js';

/** A report's title stands before its first section, in its first lines. */
export const HEAD_LINES = 60;
const HEAD_CHARS = 8192;
/** Bytes that hold HEAD_CHARS code units in UTF-8 (at most three each) or UTF-16, with a BOM and a character cut at the end. */
export const HEAD_BYTES = HEAD_CHARS * 3 + 6;

/**
 * The agencies that title lines among the first lines of a Markdown or text report name,
 * read the way the model reads a title (a short line naming 政府信息公开…年度报告). A
 * report whose title names another agency cannot be last year's report of this one, so a
 * folder of a thousand reports costs a read of each, and a parse only of the one that fits.
 */
export function titleAgencies(text: string): string[] {
  const agencies: string[] = [];
  for (const raw of text.slice(0, HEAD_CHARS).split('\n', HEAD_LINES)) {
    const line = raw.replace(/^[#>\s]+|[*_`]/g, '').trim();
    if (line.length > 80 || !TITLE.test(line)) continue;
    const agency = agencyOf(line);
    if (agency) agencies.push(agency);
  }
  return agencies;
}

/**
 * The agencies a web page's title lines (src/adapters/html-title-lines.ts) may name: each
 * line whole, as the model reads a title in the body, and each part of it, as it reads a
 * <title> or <h1> ("…年度报告_政府信息公开年报").
 */
export function pageTitleAgencies(lines: string[]): string[] {
  const agencies = new Set<string>();
  for (const line of lines) {
    for (const part of [line, ...line.split(TITLE_SEPARATOR)]) {
      const text = part.trim();
      const agency = text.length <= 80 && TITLE.test(text) ? agencyOf(text) : undefined;
      if (agency) agencies.add(agency);
    }
  }
  return [...agencies];
}
