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

/** Characters every title has (TITLE: 政府信息公开 or 政务公开, then 年度报告 or 年报), the rarest in a report first. */
const [RAREST, ...OTHERS] = ['报', '公', '开', '年'].map((c) => Buffer.from(c));
/** For lines of bytes already validated, decoded as decode() decodes them (a U+FEFF is kept, never dropped as a BOM). */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * titleAgencies of UTF-8 text given as its bytes (valid UTF-8, no more lines than
 * HEAD_LINES), decoding only the lines a title can be: those in which 报, 公, 开 and 年 all
 * occur, since cleaning a line only takes characters out. Decoding every line of the head was
 * most of a peek's time in a folder of a thousand reports.
 */
export function utf8TitleAgencies(bytes: Uint8Array): string[] {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const agencies: string[] = [];
  for (let at = head.indexOf(RAREST); at >= 0; ) {
    const start = head.lastIndexOf(10, at) + 1;
    const newline = head.indexOf(10, at);
    const end = newline < 0 ? head.length : newline;
    const line = head.subarray(start, end);
    if (OTHERS.every((c) => line.includes(c))) {
      // A line ending past HEAD_CHARS bytes may end past HEAD_CHARS characters, where titleAgencies stops reading.
      if (end > HEAD_CHARS) return titleAgencies(utf8.decode(head));
      agencies.push(...titleAgencies(utf8.decode(line)));
    }
    at = newline < 0 ? -1 : head.indexOf(RAREST, newline);
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
