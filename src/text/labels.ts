/**
 * Label normalisation and matching. Real reports write the same template label in many
 * ways: full- or half-width brackets, 1. or 1、, spaces or line breaks inside ("商业 企业"),
 * curly or straight quotes, truncations ("现行有效件"). Everything that compares a label
 * with the template goes through here, so that the tolerance is the same everywhere.
 */

const CHINESE_DIGITS = '一二三四五六七八九十';

const QUOTES = /["'“”‘’「」『』〈〉《》<>]/g;

/**
 * Space of every kind reports contain: ASCII, NBSP (&nbsp; in saved pages), the en and em
 * spaces Word indents with, zero-width space, the ideographic space, a stray BOM. For
 * character classes: `[${SPACE_CHARS}]`.
 */
export const SPACE_CHARS = '\\s\\u00a0\\u2000-\\u200b\\u3000\\ufeff';

/** Whether a UTF-16 unit is one of SPACE_CHARS (a character test: labels and cells are read by the thousand). */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function stripSpace(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceCode(text.charCodeAt(i))) continue;
    out += text.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Characters NFKC keeps as they are and that compose with no neighbour (ASCII, CJK ideographs and punctuation, quotes, dashes). */
function isNfkcStable(c: number): boolean {
  return (c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3001 && c <= 0x3035) || c === 0x2010 || (c >= 0x2012 && c <= 0x2016) || (c >= 0x2018 && c <= 0x2023);
}

/**
 * Whether compactText reads this character by itself: then the compaction of a text made only
 * of such characters is the compaction of each in turn, and a prefix's is a prefix of the whole's.
 */
export function compactsAlone(c: number): boolean {
  return isNfkcStable(c) || isSpaceCode(c) || (c >= 0xff01 && c <= 0xff5e);
}

/**
 * NFKC, then no space of any kind. Labels and cells are almost always ASCII, CJK ideographs,
 * CJK punctuation and full-width forms, which NFKC keeps or folds one character at a time
 * (full-width ASCII to ASCII) and none of which composes with another: those are read in one
 * pass; a text with any other character goes through the normalizer (test/text/labels.test.ts
 * checks both ways agree on every character of those ranges).
 */
export function compactText(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isNfkcStable(c)) continue;
    if (isSpaceCode(c)) {
      out += text.slice(from, i);
    } else if (c >= 0xff01 && c <= 0xff5e) {
      out += text.slice(from, i) + String.fromCharCode(c - 0xfee0);
    } else {
      return stripSpace(text.normalize('NFKC'));
    }
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Whether a compacted label has a quote to drop or sentence punctuation at its end. */
function needsTrim(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x3002 || last === 0x3b || last === 0xff1b) return true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x27 || c === 0x3c || c === 0x3e || (c >= 0x2018 && c <= 0x201d) || (c >= 0x3008 && c <= 0x300f)) return true;
  }
  return false;
}

/** NFKC, no whitespace, no quotes. Keeps enumeration prefixes. */
export function normalizeLabel(text: string): string {
  const compact = compactText(text);
  return needsTrim(compact) ? compact.replace(QUOTES, '').replace(/(?<![。;；])[。;；]+$/u, '') : compact;
}

const ENUM_PREFIX = new RegExp(
  `^(?:[${CHINESE_DIGITS}]+[、.,，]|\\([${CHINESE_DIGITS}]+\\)[、.,，]?|\\d+[、.,，](?!\\d))`,
  'u',
);

export interface LabelParts {
  /** The enumeration as written ("一、", "(三)", "1."), normalised; "" when none. */
  prefix: string;
  /** The label without enumeration, normalised. */
  key: string;
}

export function splitLabel(text: string): LabelParts {
  return splitNormalized(normalizeLabel(text));
}

/** The same, for a label already normalised (by {@link normalizeLabel}). */
export function splitNormalized(norm: string): LabelParts {
  const m = ENUM_PREFIX.exec(norm);
  if (!m) return { prefix: '', key: norm };
  return { prefix: m[0].replace(/[、.,，]$/u, ''), key: norm.slice(m[0].length) };
}

/** Length of the longest common subsequence; labels are short, so O(n·m) is fine. */
function lcsLength(a: string, b: string): number {
  if (!a.length || !b.length) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** 2·LCS / (|a| + |b|): 1 for equal strings, tolerant of a dropped or inserted character. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  return (2 * lcsLength(a, b)) / (a.length + b.length);
}

/**
 * How well a label written in a report matches a template label, both already split.
 * 1 = the same; a truncation of at least 4 characters that keeps ≥ 80% scores 0.9;
 * otherwise a typo-level difference counts (similarity ≥ 0.85, or ≥ 0.8 with lengths at
 * most one apart), since distinct labels such as 规范性文件 / 行政规范性文件 (2019 vs 2021
 * template) or 予以公开 / 不予公开 must not be taken for each other.
 */
export function labelScore(written: string, template: string): number {
  if (!written || !template) return 0;
  if (written === template) return 1;
  if (written.length >= 4 && template.startsWith(written) && written.length / template.length >= 0.8) return 0.9;
  const s = similarity(written, template);
  const typo = s >= 0.85 || (s >= 0.8 && Math.abs(written.length - template.length) <= 1);
  return typo ? s * 0.95 : 0;
}

export function chineseNumeral(n: number): string {
  return CHINESE_DIGITS[n - 1] ?? String(n);
}

export function parseChineseNumeral(ch: string): number | undefined {
  const i = CHINESE_DIGITS.indexOf(ch);
  return i >= 0 ? i + 1 : undefined;
}

/**
 * Folds full-width ASCII and ideographic space to their half-width forms without
 * changing the length, so that offsets found in the folded text are offsets in the source.
 */
export function foldWidth(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x3000 && (c < 0xff01 || c > 0xff5e)) continue;
    out += text.slice(from, i) + (c === 0x3000 ? ' ' : String.fromCharCode(c - 0xfee0));
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
