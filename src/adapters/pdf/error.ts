/**
 * Why a PDF cannot be checked. Its own module, so that catching it does not load pdf.js.
 * `reason` names the fatal message (src/i18n.ts); `detail` is pdf.js's own words, if any.
 */
export type PdfFailure = 'pdfEncrypted' | 'pdfBroken' | 'pdfNoText' | 'pdfGarbled' | 'pdfTooLarge';

export class PdfError extends Error {
  override name = 'PdfError';

  constructor(
    readonly reason: PdfFailure,
    readonly detail = '',
  ) {
    super(detail || reason);
  }
}
