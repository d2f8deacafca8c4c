import type { Template } from '../templates/types.js';
import { SPACE_CHARS, compactsAlone, normalizeLabel, parseChineseNumeral, similarity } from '../text/labels.js';
import { labelIndexOf } from './label-index.js';
import { BoundedMemo } from '../text/bounded-memo.js';

/**
 * Section headings recognised against the template's titles and known variants, with the
 * tolerance real reports need (typos, missing punctuation), wherever a heading may stand:
 * the model uses it to find sections, the adapters to tell headings from prose while reading.
 */

/** How a heading's title compares with the template. */
export type TitleMatch = 'official' | 'variant' | 'nonstandard';

const SPACE = `[${SPACE_CHARS}]`;
const NUMBERED = new RegExp(`^${SPACE}*([一二三四五六七八九十])${SPACE}*[、.．，,]${SPACE}*`, 'u');
// A title ends at sentence punctuation or at a gap before running text.
const TITLE_END = new RegExp(`[${SPACE_CHARS}。；;：:，,]`, 'u');
const TITLE_MAX = 40;
/** 表二、表 3: a table's caption ("表二：主动公开政府信息情况" over table 二), never its section's heading. */
const TABLE_CAPTION = new RegExp(`^${SPACE}*表${SPACE}*[一二三四五六七八九十0-9０-９]`, 'u');

/** Titles compared without the punctuation and conjunctions reports vary in. */
function titleKey(text: string): string {
  const label = normalizeLabel(text);
  return TITLE_NOISE.test(label) ? label.replace(TITLE_NOISE_ALL, '') : label;
}
const TITLE_NOISE = /[、,，.和及与]/u;
const TITLE_NOISE_ALL = /[、,，.和及与]/gu;

interface Scored {
  number: number;
  score: number;
  match: TitleMatch;
}

/** A template's section titles as keys, worked out once per template. */
interface TitleKeys {
  /** Exact titles and variants, by key: most lines are settled by one lookup. */
  exact: Map<string, Scored>;
  /** The lengths those keys have: a key of another length needs no lookup. */
  exactLengths: Set<number>;
  /** Per section number: the keys of its title and of each variant, title first. */
  bySection: Map<number, string[]>;
}

const titleKeys = new WeakMap<Template, TitleKeys>();
function titleKeysOf(template: Template): TitleKeys {
  let keys = titleKeys.get(template);
  if (!keys) {
    keys = { exact: new Map(), exactLengths: new Set(), bySection: new Map() };
    for (const s of template.sections) {
      for (const v of s.variants) keys.exact.set(titleKey(v), { number: s.number, score: 1, match: 'variant' });
      keys.exact.set(titleKey(s.title), { number: s.number, score: 1, match: 'official' });
      keys.bySection.set(s.number, [s.title, ...s.variants].map(titleKey));
    }
    for (const k of keys.exact.keys()) keys.exactLengths.add(k.length);
    titleKeys.set(template, keys);
  }
  return keys;
}

function exactTitle(key: string, template: Template): Scored | undefined {
  return titleKeysOf(template).exact.get(key);
}

const fuzzyMemo = new WeakMap<Template, BoundedMemo<string, Scored | undefined>>();

function scoreTitle(title: string, template: Template, only?: number): Scored | undefined {
  const key = titleKey(title);
  const exact = exactTitle(key, template);
  if (exact && (only === undefined || exact.number === only)) return exact;
  let memo = fuzzyMemo.get(template);
  if (!memo) fuzzyMemo.set(template, (memo = new BoundedMemo(10_000)));
  const memoKey = `${only ?? ''}|${key}`;
  if (memo.has(memoKey)) return memo.get(memoKey);
  const scored = fuzzyTitle(key, template, only);
  memo.set(memoKey, scored);
  return scored;
}

function fuzzyTitle(key: string, template: Template, only: number | undefined): Scored | undefined {
  let best: Scored | undefined;
  for (const s of template.sections) {
    if (only !== undefined && s.number !== only) continue;
    let score = 0;
    for (const title of titleKeysOf(template).bySection.get(s.number)!) score = Math.max(score, similarity(key, title));
    if (!best || score > best.score) best = { number: s.number, score, match: 'nonstandard' };
  }
  return best;
}

/** Table row labels such as "一、本年新收政府信息公开申请数量" are never section headings. */
function isTableLabel(title: string, template: Template): boolean {
  return labelIndexOf(template)
    .matches(title)
    .some((m) => m.entry.kind === 'row' && m.score >= 0.9);
}

export interface HeadingMatch {
  number: number;
  writtenNumber?: number;
  match: TitleMatch;
  title: string;
  /** Offsets in the line: where the heading starts (after leading space) and ends. */
  start: number;
  end: number;
  /**
   * The numeral is followed by a known title (official, variant, or a typo of that section's
   * own title), whatever comes after it: sure enough to split a line that runs on.
   */
  known: boolean;
}

/** Sentence punctuation and brackets never stand inside a section title: 。；;：:，,（(【[ */
const notInTitle = (c: number) =>
  c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a || c === 0xff0c || c === 0x2c || c === 0xff08 || c === 0x28 || c === 0x3010 || c === 0x5b;
/** A typo in a title: at least this similar to it (one character wrong or extra in ~16). */
const TYPO_SIMILARITY = 0.9;
const TYPO_MIN_LENGTH = 6;

/**
 * The longest start of `rest` that is a known title: an official title or variant of any
 * section, else a typo-level misspelling of the title of section `written` (the numeral
 * the report put before it). Crawled and "文字版" pages run the heading into the text
 * ("一、总体情况2021年，我区…", "二、主动公开政府信息情况第二十条…"), so the title's end is
 * where the known title ends, not where a space or comma comes.
 */
function knownTitleAt(rest: string, template: Template, written: number): { scored: Scored; length: number } | undefined {
  const { exact: exactKeys, exactLengths, bySection } = titleKeysOf(template);
  // The key of each start of `rest`. While every character compacts by itself, a start's key
  // is the key before it and its last character's (no stop can stand in a title, so none is trimmed).
  const keys: string[] = [];
  let key = '';
  let alone = true;
  for (let end = 1; end <= Math.min(rest.length, TITLE_MAX); end++) {
    const c = rest.charCodeAt(end - 1);
    if (notInTitle(c)) break;
    alone &&= compactsAlone(c);
    key = alone ? key + titleKey(rest[end - 1]!) : titleKey(rest.slice(0, end));
    keys.push(key);
  }
  for (let end = keys.length; end > 0; end--) {
    const k = keys[end - 1]!;
    const exact = exactLengths.has(k.length) ? exactKeys.get(k) : undefined;
    if (exact) return { scored: exact, length: end };
  }
  const own = bySection.get(written);
  if (!own) return undefined;
  let best: { scored: Scored; length: number } | undefined;
  for (const title of own) {
    if (title.length < TYPO_MIN_LENGTH) continue;
    keys.forEach((key, i) => {
      if (Math.abs(key.length - title.length) > 1) return;
      const score = similarity(key, title);
      if (score >= TYPO_SIMILARITY && (!best || score > best.scored.score || (score === best.scored.score && i + 1 > best.length))) {
        best = { scored: { number: written, score, match: 'nonstandard' }, length: i + 1 };
      }
    });
  }
  return best;
}

/**
 * Lines longer than this are not kept: they recur in no other report, and a memo of 10,000
 * crawled pages' one-line bodies (50 KB each) would hold half a gigabyte.
 */
const MEMO_MAX_LENGTH = 200;
/** Per template, for plain lines and for Markdown headings: null where a line is no heading. */
const headingMemo = new WeakMap<Template, [BoundedMemo<string, Readonly<HeadingMatch> | null>, BoundedMemo<string, Readonly<HeadingMatch> | null>]>();

/**
 * Whether a line opens with a section heading. A Markdown heading (`isHeading`) with the
 * right numeral is a section whatever its wording; plain text must also resemble the
 * title, or "一、加强培训" in section 五 would be taken for section 一.
 *
 * Memoised: the text adapter asks of each line twice (its kind, then prose or heading) and
 * the model once more, and a run's reports share most of their short lines ("0", "自然人",
 * the row labels of a table written one cell per line). The match is shared, so frozen.
 */
export function matchHeading(line: string, isHeading: boolean, template: Template): Readonly<HeadingMatch> | undefined {
  const read = () => {
    const match = readHeading(line, isHeading, template);
    return match ? Object.freeze(match) : undefined;
  };
  if (line.length > MEMO_MAX_LENGTH) return read();
  let memos = headingMemo.get(template);
  if (!memos) headingMemo.set(template, (memos = [new BoundedMemo(10_000), new BoundedMemo(10_000)]));
  const memo = memos[isHeading ? 1 : 0];
  const known = memo.get(line);
  if (known !== undefined) return known ?? undefined;
  const match = read();
  memo.set(line, match ?? null);
  return match;
}

function readHeading(line: string, isHeading: boolean, template: Template): HeadingMatch | undefined {
  if (TABLE_CAPTION.test(line)) return undefined;
  const numbered = NUMBERED.exec(line);
  const afterNumeral = numbered ? numbered[0].length : line.length - line.trimStart().length;
  const rest = line.slice(afterNumeral);
  const start = line.length - line.trimStart().length;
  const writtenNumber = numbered ? parseChineseNumeral(numbered[1]!) : undefined;
  if (writtenNumber !== undefined) {
    const known = knownTitleAt(rest, template, writtenNumber);
    if (known) {
      const title = rest.slice(0, known.length).trimEnd();
      const { number, match } = known.scored;
      return { number, writtenNumber, match, title, start, end: afterNumeral + title.length, known: true };
    }
  }

  const cut = isHeading ? -1 : rest.search(TITLE_END);
  const title = (cut < 0 ? rest : rest.slice(0, cut)).trim();
  if (!title || title.length > TITLE_MAX) return undefined;
  // Without a numeral, plain text is a heading only with an exact or known-variant title.
  if (writtenNumber === undefined && !isHeading && !exactTitle(titleKey(title), template)) return undefined;
  const scored = scoreTitle(title, template);
  if (!scored) return undefined;
  let number: number | undefined;
  if (scored.match !== 'nonstandard') number = scored.number;
  else if (writtenNumber !== undefined && writtenNumber <= template.sections.length) {
    const own = scoreTitle(title, template, writtenNumber);
    if ((own && own.score >= 0.5) || isHeading) number = writtenNumber;
    else if (scored.score >= 0.75) number = scored.number;
  } else if (scored.score >= 0.75 && (writtenNumber !== undefined || isHeading)) {
    number = scored.number;
  }
  if (number === undefined) return undefined;
  if (scored.match === 'nonstandard' && writtenNumber === undefined && !isHeading) return undefined;
  if (scored.match === 'nonstandard' && isTableLabel(title, template)) return undefined;

  const titleStart = afterNumeral + rest.indexOf(title);
  return {
    number,
    ...(writtenNumber !== undefined ? { writtenNumber } : {}),
    match: scored.match,
    title,
    start,
    end: titleStart + title.length,
    known: false,
  };
}
