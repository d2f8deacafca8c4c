/**
 * What a PDF may cost before it is refused: a real annual report has 5–30 pages, a few
 * hundred text items and a few thousand drawing operators a page, and parses in seconds.
 * A hostile or absurd file is stopped at these bounds with a fatal message instead of
 * exhausting memory or time.
 */
export const PDF_LIMITS = {
  pages: 200,
  textItemsPerPage: 50_000,
  operatorsPerPage: 500_000,
  /** Ruling lines: a report's tables draw a few hundred a page; tables are built pairwise from them. */
  rulesPerPage: 5_000,
  /** Wall-clock time for the whole file, checked between pages. */
  milliseconds: 60_000,
} as const;
