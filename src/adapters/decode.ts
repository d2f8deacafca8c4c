/**
 * Bytes to text. Government sites publish in UTF-8 (with or without BOM), GB18030/GBK,
 * and Word's "Unicode" text exports are UTF-16. Each is decoded strictly: input that is
 * none of these gets one clear fatal message instead of a lint of mojibake.
 */

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' }
  | { ok: false; reason: 'binary' | 'undecodable'; detail: string };

const SNIFF = 8192;

function strict(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** UTF-16 without a BOM shows as NUL in every other byte of mostly-ASCII text. */
function utf16WithoutBom(head: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (head.length < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  const pairs = Math.floor(head.length / 2);
  // CJK characters can have a zero byte too (一 is U+4E00), so ask for a clear majority.
  if (odd > pairs * 0.3 && even * 4 < odd) return 'utf-16le';
  if (even > pairs * 0.3 && odd * 4 < even) return 'utf-16be';
  return undefined;
}

/** Control characters other than tab, line feed, carriage return and form feed: a sign of binary data. */
function looksBinary(text: string): boolean {
  let control = 0;
  const n = Math.min(text.length, SNIFF);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control > n * 0.01;
}

export function decode(bytes: Uint8Array): Decoded {
  const ok = (text: string, encoding: Extract<Decoded, { ok: true }>['encoding']): Decoded =>
    looksBinary(text) ? { ok: false, reason: 'binary', detail: 'control characters' } : { ok: true, text, encoding };

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strict('utf-8', bytes.subarray(3));
    return text === undefined ? { ok: false, reason: 'undecodable', detail: 'UTF-8 BOM, but not valid UTF-8' } : ok(text, 'utf-8');
  }
  for (const [b0, b1, encoding] of [[0xff, 0xfe, 'utf-16le'], [0xfe, 0xff, 'utf-16be']] as const) {
    if (bytes[0] === b0 && bytes[1] === b1) {
      const text = strict(encoding, bytes.subarray(2));
      return text === undefined ? { ok: false, reason: 'undecodable', detail: `${encoding.toUpperCase()} BOM, but not valid ${encoding.toUpperCase()}` } : ok(text, encoding);
    }
  }
  const head = bytes.subarray(0, SNIFF);
  const utf16 = utf16WithoutBom(head);
  if (utf16) {
    const text = strict(utf16, bytes);
    if (text !== undefined && !looksBinary(text)) return { ok: true, text, encoding: utf16 };
  }
  if (head.includes(0)) return { ok: false, reason: 'binary', detail: 'NUL bytes' };
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== undefined) return ok(utf8, 'utf-8');
  // GB18030 is a superset of GBK and GB2312, so it reads all three.
  const gb = strict('gb18030', bytes);
  if (gb !== undefined) return ok(gb, 'gb18030');
  return { ok: false, reason: 'undecodable', detail: 'neither UTF-8, UTF-16 nor GB18030' };
}
