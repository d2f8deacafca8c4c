/** A Word file that cannot be read: truncated, not a zip, or a zip bomb. Its own module, so that catching it does not load mammoth. */
export class DocxError extends Error {
  override name = 'DocxError';
}
