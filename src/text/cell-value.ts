import { compactText, compactsAlone, isSpaceCode } from './labels.js';

/**
 * Typed cell values. A cell is read according to the kind the template gives it:
 * a count (non-negative integer), a signed count (本年增/减 of the 2019 template)
 * or an amount in 万元 (non-negative decimal).
 */

export type CellKind = 'count' | 'signed' | 'amount';

export type InvalidReason =
  | 'negative' // "-3" in a count
  | 'fraction' // "1.5" in a count
  | 'approximate' // "约10", "10余", "10多"
  | 'placeholder' // "—", "/", "-", "无", "N/A"
  | 'too-large' // more digits than arithmetic keeps exact (a count over 2^53): no identity can be checked with it
  | 'not-a-number'; // anything else

export type CellValue =
  | { status: 'number'; value: number }
  | { status: 'blank' }
  | { status: 'invalid'; reason: InvalidReason };

const PLACEHOLDER = /^(?:[-—–―－_/／\\*×xX]+|无|空|不适用|n\/?a|null|暂无)$/iu;
const APPROXIMATE = /^(?:约|大约|近|逾|超过)\s*\d|\d\s*(?:余|多|左右|以上)$/u;
// Units people type after a number; the number itself is what the table asks for.
const COUNT_UNIT = /(?:件|个|项|条|次|宗)$/u;
/** An amount's unit: the tables ask for 万元; an amount written in 元 is read in 万元. */
const AMOUNT_UNIT = /万?元$/u;
const YUAN_PER_WAN = 10_000;
const INTEGER = /^[+-]?\d{1,3}(?:,\d{3})+$|^[+-]?\d+$/u;
const DECIMAL = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u;
/**
 * The first characters a number (DECIMAL: sign or digit) or an estimate (APPROXIMATE's
 * 约/大约/近/逾/超过) can have, and an estimate's last (余/多/左右/以上): kept in step with
 * those patterns, so that contentOf rules out other text before running them.
 */
const VALUE_STARTS = '+-0123456789约大近逾超';
const ESTIMATE_ENDS = '余多右上';
/** The first characters a placeholder (PLACEHOLDER) can have, kept in step with it. */
const PLACEHOLDER_STARTS = '-—–―－_/／\\*×xXnN无空不暂';

/** Folds full-width digits and signs and removes every kind of space. */
export function cleanCellText(raw: string): string {
  return compactText(raw);
}

export function parseCell(raw: string, kind: CellKind): CellValue {
  return cleanCellValue(cleanCellText(raw), kind);
}

/** The same, for text already cleaned by {@link cleanCellText}. */
export function cleanCellValue(clean: string, kind: CellKind): CellValue {
  let text = clean;
  if (text === '') return { status: 'blank' };
  // Most cells are written as bare digits, which every kind reads as they are.
  if (isDigits(text)) {
    const value = Number(text);
    return Number.isSafeInteger(value) ? { status: 'number', value } : { status: 'invalid', reason: 'too-large' };
  }
  if (PLACEHOLDER.test(text)) return { status: 'invalid', reason: 'placeholder' };
  if (APPROXIMATE.test(text)) return { status: 'invalid', reason: 'approximate' };
  if (kind === 'amount') {
    const unit = AMOUNT_UNIT.exec(text)?.[0];
    text = unit ? text.slice(0, -unit.length) : text;
    if (!DECIMAL.test(text)) return { status: 'invalid', reason: 'not-a-number' };
    const value = Number(text.replace(/,/g, '')) / (unit === '元' ? YUAN_PER_WAN : 1);
    if (!(Math.abs(value) <= Number.MAX_SAFE_INTEGER)) return { status: 'invalid', reason: 'too-large' };
    return value < 0 ? { status: 'invalid', reason: 'negative' } : { status: 'number', value };
  }
  text = text.replace(COUNT_UNIT, '');
  if (!INTEGER.test(text)) {
    return DECIMAL.test(text) ? { status: 'invalid', reason: 'fraction' } : { status: 'invalid', reason: 'not-a-number' };
  }
  const value = Number(text.replace(/,/g, ''));
  if (!Number.isSafeInteger(value)) return { status: 'invalid', reason: 'too-large' };
  if (kind === 'count' && (value < 0 || text.startsWith('-'))) return { status: 'invalid', reason: 'negative' };
  return { status: 'number', value: Object.is(value, -0) ? 0 : value };
}

/** Whether a cell's text reads as a value of some kind (used to tell labels from data). */
export function looksLikeValue(raw: string): boolean {
  return contentOf(raw) === 'value';
}

/** What a cell's text is, told once per cell: nothing, a value of some kind, or a label (any other text). */
export type CellContent = 'blank' | 'value' | 'label';

export function contentOf(raw: string): CellContent {
  // Bare digits, the most common value, are what cleaning leaves them.
  if (raw.length > 0 && isDigits(raw)) return 'value';
  if (endsSayLabel(raw)) return 'label';
  const text = cleanCellText(raw);
  if (text === '') return 'blank';
  // Numbers and estimates have a digit; labels, which are most cells read here, have none.
  if (!hasDigit(text)) return PLACEHOLDER.test(text) ? 'value' : 'label';
  if (isDigits(text)) return 'value';
  // A number opens with its sign or digit, an estimate with 约/大约/近/逾/超过 or closes with
  // 余/多/左右/以上 (and a placeholder has no digit): a sentence with a year in it is told by
  // its ends, without the patterns' passes over it.
  if (!VALUE_STARTS.includes(text[0]!) && !ESTIMATE_ENDS.includes(text[text.length - 1]!)) return 'label';
  return DECIMAL.test(text.replace(COUNT_UNIT, '').replace(AMOUNT_UNIT, '')) || APPROXIMATE.test(text) ? 'value' : 'label';
}

/**
 * How cleaning leaves a character that compacts by itself (compactsAlone: ASCII, CJK
 * ideographs and punctuation, dashes and quotes as they are, a full-width form as its ASCII);
 * undefined for a space or any other character. Such a character may compose with a
 * combining mark after it (< with U+0338 into ≮), but never into a character a value starts
 * or ends with, and is never the second part of a composition: for the value patterns'
 * first and last characters, it is what it is whatever stands beside it.
 */
function cleanedAlone(c: number): string | undefined {
  if (!compactsAlone(c) || isSpaceCode(c)) return undefined;
  return String.fromCharCode(c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c);
}

/**
 * Whether a text's two ends already say it is a label, before it is cleaned: its first
 * character starts no number, estimate or placeholder, and its last ends no estimate. The
 * cleaning (NFKC, no space) of a long line of prose, which nearly every text is that the
 * space-aligned reader asks about, is then not needed.
 */
function endsSayLabel(raw: string): boolean {
  let a = 0;
  while (a < raw.length && isSpaceCode(raw.charCodeAt(a))) a++;
  let b = raw.length - 1;
  while (b > a && isSpaceCode(raw.charCodeAt(b))) b--;
  if (a >= raw.length) return false;
  const first = cleanedAlone(raw.charCodeAt(a));
  const last = cleanedAlone(raw.charCodeAt(b));
  return first !== undefined && last !== undefined && !VALUE_STARTS.includes(first) && !PLACEHOLDER_STARTS.includes(first) && !ESTIMATE_ENDS.includes(last);
}

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}
