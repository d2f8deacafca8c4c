import type { Template } from '../templates/types.js';
import { SPACE_CHARS, normalizeLabel, parseChineseNumeral, similarity } from '../text/labels.js';
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

/** Titles compared without the punctuation and conjunctions reports vary in. */
function titleKey(text: string): string {
  return normalizeLabel(text).replace(/[、,，.和及与]/gu, '');
}

interface Scored {
  number: number;
  score: number;
  match: TitleMatch;
}

/** Exact titles and variants of a template, by key: most lines are settled by one lookup. */
const exactTitles = new WeakMap<Template, Map<string, Scored>>();
function exactTitle(key: string, template: Template): Scored | undefined {
  let map = exactTitles.get(template);
  if (!map) {
    map = new Map();
    for (const s of template.sections) {
      for (const v of s.variants) map.set(titleKey(v), { number: s.number, score: 1, match: 'variant' });
      map.set(titleKey(s.title), { number: s.number, score: 1, match: 'official' });
    }
    exactTitles.set(template, map);
  }
  return map.get(key);
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
    const score = Math.max(similarity(key, titleKey(s.title)), ...s.variants.map((v) => similarity(key, titleKey(v))));
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
}

/**
 * Whether a line opens with a section heading. A Markdown heading (`isHeading`) with the
 * right numeral is a section whatever its wording; plain text must also resemble the
 * title, or "一、加强培训" in section 五 would be taken for section 一.
 */
export function matchHeading(line: string, isHeading: boolean, template: Template): HeadingMatch | undefined {
  const numbered = NUMBERED.exec(line);
  const afterNumeral = numbered ? numbered[0].length : line.length - line.trimStart().length;
  const rest = line.slice(afterNumeral);
  const cut = isHeading ? -1 : rest.search(TITLE_END);
  const title = (cut < 0 ? rest : rest.slice(0, cut)).trim();
  if (!title || title.length > TITLE_MAX) return undefined;

  const writtenNumber = numbered ? parseChineseNumeral(numbered[1]!) : undefined;
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
    start: line.length - line.trimStart().length,
    end: titleStart + title.length,
  };
}
