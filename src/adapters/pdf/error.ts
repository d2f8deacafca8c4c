import type { Localized } from '../../types.js';

/**
 * Why a PDF cannot be checked. Its own module, so that catching it does not load pdf.js.
 * `reason` names the fatal message (src/i18n.ts); `detail` says what is damaged, in each language.
 */
export type PdfFailure = 'pdfEncrypted' | 'pdfBroken' | 'pdfNoText' | 'pdfGarbled';

export class PdfError extends Error {
  override name = 'PdfError';

  constructor(
    readonly reason: PdfFailure,
    readonly detail?: Localized,
  ) {
    super(detail?.en ?? reason);
  }
}
