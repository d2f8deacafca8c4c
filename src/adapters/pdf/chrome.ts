import type { TextLine } from './lines.js';

/**
 * Page headers, footers and page numbers: what the printed page adds around the report.
 * A line in the top or bottom margin band that is a page number (`— 3 —`, `-3-`,
 * `第3页 共6页`, `3/6`), or that recurs in that band on most pages (a running header or
 * footer, digits aside), is no part of the report's text.
 */

/** Share of the page height at the top and at the bottom where headers and footers live. */
const MARGIN_BAND = 0.1;

const DASHES = '\\-‐‑‒–—―－~～·•';
const PAGE_NUMBER = [
  new RegExp(`^[${DASHES}]*\\d{1,4}[${DASHES}]*$`, 'u'),
  /^第\d{1,4}页(?:[,，/]?共\d{1,4}页)?$/u,
  /^共\d{1,4}页[,，]?第\d{1,4}页$/u,
  /^\d{1,4}\/\d{1,4}$/u,
  /^(?:page)?\d{1,4}(?:of\d{1,4})?$/iu,
];

const compact = (s: string) => s.replace(/\s+/gu, '');

export function isPageNumber(text: string): boolean {
  const t = compact(text);
  return PAGE_NUMBER.some((re) => re.test(t));
}

export interface PageLines {
  height: number;
  lines: { line: TextLine; text: string }[];
}

function inBand(line: TextLine, height: number): boolean {
  return line.y - line.size < height * MARGIN_BAND || line.y > height * (1 - MARGIN_BAND);
}

/** The pages' lines without page numbers and running headers or footers. */
export function withoutPageChrome(pages: PageLines[]): PageLines[] {
  const key = (text: string) => compact(text).replace(/\d+/gu, '#');
  const seen = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(page.lines.filter((l) => inBand(l.line, page.height)).map((l) => key(l.text)));
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const running = (text: string) => pages.length >= 3 && (seen.get(key(text)) ?? 0) > pages.length / 2;
  return pages.map((page) => ({
    ...page,
    lines: page.lines.filter((l) => !(inBand(l.line, page.height) && (isPageNumber(l.text) || running(l.text)))),
  }));
}
