/**
 * Bytes to text. Government sites publish in UTF-8 (with or without BOM), GB18030/GBK,
 * and Word's "Unicode" text exports are UTF-16. Each is decoded strictly: input that is
 * none of these gets one clear fatal message instead of a lint of mojibake.
 */
import { isUtf8 } from 'node:buffer';
import type { Localized } from '../types.js';

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' }
  | { ok: false; reason: 'binary' | 'undecodable'; detail: Localized };

/** Why bytes are not text, said in the user's language. */
const WHY = {
  control: { zh: '含控制字符', en: 'control characters' },
  nul: { zh: '含 NUL 字节', en: 'NUL bytes' },
  none: { zh: '既不是 UTF-8、UTF-16，也不是 GB18030', en: 'neither UTF-8, UTF-16 nor GB18030' },
} satisfies Record<string, Localized>;

const badAfterBom = (encoding: string): Localized => ({ zh: `有 ${encoding} 字节顺序标记（BOM），内容却不是有效的 ${encoding}`, en: `${encoding} BOM, but not valid ${encoding}` });

const SNIFF = 8192;

/** One strict decoder per encoding for the run: a decode that is not streamed starts afresh. */
const decoders = new Map<string, TextDecoder>();

function strict(encoding: string, bytes: Uint8Array): string | undefined {
  let decoder = decoders.get(encoding);
  if (!decoder) decoders.set(encoding, (decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true })));
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Whether a character is one a report is written in: ASCII, CJK ideographs and the
 * punctuation, full-width and general forms Chinese text uses. The same bytes read in
 * the wrong encoding (UTF-8 or GB18030 as UTF-16, UTF-16 in the wrong byte order,
 * binary data) give mostly Hangul, Yi, private-use or rare characters instead.
 */
function isTextChar(c: number): boolean {
  return (
    (c >= 0x20 && c < 0x7f) ||
    c === 9 || c === 10 || c === 13 || c === 12 ||
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0x3000 && c <= 0x303f) || // CJK symbols and punctuation: 、。《》「」
    (c >= 0xff01 && c <= 0xff5e) || // full-width forms: （），：；０-９
    (c >= 0x2010 && c <= 0x2027) || // dashes, quotes, ellipsis: —“”…
    (c >= 0x2460 && c <= 0x24ff) || // ①②
    (c >= 0x2160 && c <= 0x217f) || // Ⅰ Ⅱ
    (c >= 0x2500 && c <= 0x25ff) || // box drawing and shapes of text tables: │ ─ ■ □
    c === 0xa0 || c === 0xb7 || c === 0x2103 // NBSP, ·, ℃
  );
}

/** Share of the first characters of a text that are text characters. */
function textShare(text: string): number {
  const n = Math.min(text.length, SNIFF);
  if (n === 0) return 0;
  let good = 0;
  for (let i = 0; i < n; i++) if (isTextChar(text.charCodeAt(i))) good++;
  return good / n;
}

/** Mistaken readings still score some (English read in swapped byte order is mostly CJK); a real one scores near 1. */
const UTF16_MIN_SHARE = 0.9;

/**
 * UTF-16 without a BOM (Word's and Notepad's "Unicode" text): each byte order is decoded
 * strictly (no unpaired surrogates) and kept only if it reads as Chinese or ASCII text.
 * Where both do (ASCII-heavy text), the NUL bytes decide: ASCII's high byte is zero.
 */
function utf16WithoutBom(bytes: Uint8Array): { text: string; encoding: 'utf-16le' | 'utf-16be' } | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const readings = (['utf-16le', 'utf-16be'] as const)
    .map((encoding) => {
      const text = strict(encoding, bytes);
      return { encoding, text: text ?? '', share: text === undefined ? 0 : textShare(text) };
    })
    .filter((r) => r.share >= UTF16_MIN_SHARE);
  if (readings.length < 2) return readings[0] && { text: readings[0].text, encoding: readings[0].encoding };
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < Math.min(bytes.length, SNIFF); i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const { text, encoding } = readings[odd >= even ? 0 : 1]!;
  return { text, encoding };
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
    looksBinary(text) ? { ok: false, reason: 'binary', detail: WHY.control } : { ok: true, text, encoding };

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strict('utf-8', bytes.subarray(3));
    return text === undefined ? { ok: false, reason: 'undecodable', detail: badAfterBom('UTF-8') } : ok(text, 'utf-8');
  }
  for (const [b0, b1, encoding] of [[0xff, 0xfe, 'utf-16le'], [0xfe, 0xff, 'utf-16be']] as const) {
    if (bytes[0] === b0 && bytes[1] === b1) {
      const text = strict(encoding, bytes.subarray(2));
      return text === undefined ? { ok: false, reason: 'undecodable', detail: badAfterBom(encoding.toUpperCase()) } : ok(text, encoding);
    }
  }
  const head = bytes.subarray(0, SNIFF);
  const utf8 = strict('utf-8', bytes);
  // Valid UTF-8 without NUL is UTF-8: ASCII read as UTF-16 would pass for Chinese ("ab" is 扡).
  if (utf8 !== undefined && !head.includes(0)) return ok(utf8, 'utf-8');
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 && !looksBinary(utf16.text)) return { ok: true, ...utf16 };
  if (head.includes(0)) return { ok: false, reason: 'binary', detail: WHY.nul };
  // GB18030 is a superset of GBK and GB2312, so it reads all three.
  const gb = strict('gb18030', bytes);
  if (gb !== undefined) return ok(gb, 'gb18030');
  return { ok: false, reason: 'undecodable', detail: WHY.none };
}

/**
 * The first `lines` lines of bytes that decode() reads as UTF-8 (no BOM, valid UTF-8 to the
 * end, no NUL among the first bytes), as bytes (valid UTF-8 by themselves: a line feed is never
 * inside a character); undefined for any other bytes. For a title peek, which decodes only the
 * lines it needs: the validation (simdutf's) costs about 2% of a decode. Control characters
 * are not counted, as decode() counts them to call bytes binary: a peek only narrows down which
 * files a lookup parses, and a file decode() calls binary is never last year's report, whatever
 * its peek said.
 */
export function utf8Lines(bytes: Uint8Array, lines: number): Uint8Array | undefined {
  if ((bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || bytes.subarray(0, SNIFF).includes(0) || !isUtf8(bytes)) return undefined;
  let end = -1;
  for (let n = 0; n < lines; n++) {
    end = bytes.indexOf(10, end + 1);
    if (end < 0) break;
  }
  return end < 0 ? bytes : bytes.subarray(0, end);
}

/**
 * The text of the first bytes of a longer file, when they tell its encoding for sure: UTF-8
 * (a character cut at the end is dropped) or UTF-16 after its BOM. Otherwise undefined — GB18030
 * and UTF-16 without a BOM are told apart only by reading the whole file (UTF-8 cut in the middle
 * of a character would pass for GB18030), so a reader that needs the text reads it all.
 */
export function decodeHead(head: Uint8Array): string | undefined {
  const cut = (encoding: string, bytes: Uint8Array, unit: number) => {
    for (let drop = 0; drop <= 3; drop += unit) {
      const text = strict(encoding, bytes.subarray(0, bytes.length - drop - ((bytes.length - drop) % unit)));
      if (text !== undefined) return text;
    }
    return undefined;
  };
  let text: string | undefined;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) text = cut('utf-8', head.subarray(3), 1);
  else if (head[0] === 0xff && head[1] === 0xfe) text = cut('utf-16le', head.subarray(2), 2);
  else if (head[0] === 0xfe && head[1] === 0xff) text = cut('utf-16be', head.subarray(2), 2);
  else if (!head.subarray(0, SNIFF).includes(0)) text = cut('utf-8', head, 1);
  return text === undefined || looksBinary(text) ? undefined : text;
}
