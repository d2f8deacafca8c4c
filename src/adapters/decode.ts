/**
 * Bytes to text. UTF-8 (with or without BOM) is decoded strictly: a report that is not
 * valid text gets one clear fatal message instead of a lint of mojibake.
 */

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: 'binary' | 'undecodable'; detail: string };

const SNIFF = 8192;

export function decode(bytes: Uint8Array): Decoded {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const head = bytes.subarray(start, Math.min(bytes.length, start + SNIFF));
  if (head.includes(0)) return { ok: false, reason: 'binary', detail: 'NUL bytes' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    return { ok: false, reason: 'undecodable', detail: 'not valid UTF-8' };
  }
}
