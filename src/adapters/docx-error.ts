/** A Word file that cannot be read: truncated, or not a zip or not a Word document. Its own module, so that catching it does not load mammoth. */
export class DocxError extends Error {
  override name = 'DocxError';

  /** Why, as a message id the user sees in their language (never the zip or Word library's own words). */
  constructor(readonly reason: 'docxTruncated' | 'docxDamaged') {
    super(reason);
  }
}
