/**
 * Reads a zip archive's central directory, to learn before decompressing anything how
 * large the archive claims to unpack: a .docx is a zip, and a zip bomb named .docx must be
 * refused, not inflated.
 */

/** A .docx unpacks to a few MB at most: one claiming far more is refused unread (a zip bomb). */
export const MAX_DOCX_UNPACKED = 100 * 1024 * 1024;

export interface ZipSummary {
  entries: number;
  uncompressedBytes: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** undefined when the bytes are not a complete zip (truncated, or not a zip at all). */
export function zipSummary(bytes: Uint8Array): ZipSummary | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 bytes plus at most a 64 KB comment.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let uncompressedBytes = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return undefined;
    const size = view.getUint32(at + 24, true);
    // 0xFFFFFFFF means the size is in a zip64 field: treat it as too large to trust.
    uncompressedBytes += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { entries, uncompressedBytes };
}
