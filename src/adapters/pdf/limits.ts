/**
 * What a PDF may cost before it is refused: a real annual report has 5–30 pages, a few
 * hundred text items and a few thousand drawing operators a page, and parses in seconds.
 * A hostile or absurd file is stopped at these bounds with the fatal message of the limit
 * (src/pipeline/budgets.ts: each is one of the --limit names) instead of exhausting memory
 * or time.
 */
export interface PdfLimits {
  /** pages of one PDF */
  maxPages: number;
  /** text items of one page */
  maxPageTextItems: number;
  /** drawing operators of one page */
  maxPageOperators: number;
  /** ruling lines of one page: a report's tables draw a few hundred; tables are built pairwise from them */
  maxPageRules: number;
  /** wall-clock seconds for the whole file, checked between pages (the per-file deadline) */
  maxSeconds: number;
}

export const DEFAULT_PDF_LIMITS: Readonly<Omit<PdfLimits, 'maxSeconds'>> = {
  maxPages: 200,
  maxPageTextItems: 50_000,
  maxPageOperators: 500_000,
  maxPageRules: 5_000,
};
