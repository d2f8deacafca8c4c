import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { decode } from '../adapters/decode.js';

const BOMS: Record<string, number[]> = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] };

/**
 * Fixed text in the file's own encoding, with its byte-order mark if it had one: a GB18030
 * page stays GB18030. iconv-lite encodes what TextEncoder cannot (GB18030, UTF-16).
 */
function encodeLike(original: Uint8Array, text: string): Buffer {
  const decoded = decode(original);
  const encoding = decoded.ok ? decoded.encoding : 'utf-8';
  const bom = BOMS[encoding]?.every((b, i) => original[i] === b) ?? false;
  // Loaded only when --fix writes a file.
  const iconv = createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');
  return iconv.encode(text, encoding, { addBOM: bom });
}

/**
 * Writes a fixed file in place through a temporary file beside it and a rename, so that no
 * reader sees half a file; its permissions and owner are kept, and a symbolic link stays a link
 * to the rewritten file. write-file-atomic also removes the temporary file when the process is
 * interrupted (SIGINT, SIGTERM, SIGHUP) or the write fails, which a hand-rolled rename did not.
 */
export async function writeFixedFile(filePath: string, text: string): Promise<void> {
  // Loaded only when --fix writes a file.
  const { default: writeFileAtomic } = await import('write-file-atomic');
  await writeFileAtomic(filePath, encodeLike(await readFile(filePath), text));
}
