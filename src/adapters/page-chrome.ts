import { SPACE_CHARS, isSpaceCode } from '../text/labels.js';
import type { PublicationDate } from '../text/document.js';

const SPACES = new RegExp(`[${SPACE_CHARS}]+`, 'gu');
const LOCATION = /^(?:您当前所在位置|您当前的位置|当前位置|您的位置|所在位置)\s*[:：]/u;

/**
 * What a government page shows around a report: location bars, "scan to open on your
 * phone", related links, print buttons, source/date/view-count lines. Scraped text and
 * saved pages carry it; it is not part of the report and is dropped, except that the
 * publication date it shows is kept for the deadline check.
 *
 * Each pattern comes with the characters a line it matches can start with: every line of a
 * scraped report is asked, and most are told by their first character that no pattern is
 * worth trying.
 */
const CHROME: [starts: string, pattern: RegExp][] = [
  ['您当所', LOCATION],
  ['扫', /^扫一扫在手机(?:上)?打开当前页/u],
  ['相', /^相关(?:链接|文件|阅读)\s*[:：]?/u],
  ['附', /^附件\s*(?:[:：]\s*)?$/u],
  ['信来文', /^(?:信息来源|来源|文章来源)\s*[:：].*(?:发布时间|发布日期|阅读次数|浏览次数|点击数)/u],
  ['日发', /^(?:日期|发布时间|发布日期)\s*[:：]\s*\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/u],
  ['阅浏点', /^(?:阅读次数|浏览次数|点击数)\s*[:：]/u],
  ['字', /^字号\s*[:：]/u],
  ['分', /^分享到\s*[:：]?/u],
  // The fields a CMS page or a crawler's saved copy lists above the text.
  ['文发栏所原本索主成生', /^(?:文号|发文字号|发布机构|发文机关|栏目|所属栏目|原文链接|原文地址|本地目录|索引号|主题分类|成文日期|生成日期)\s*[:：]/u],
  ['页', /^页面链接与图片详见/u],
];

/** The chrome patterns by the first character of the lines they can match. */
const CHROME_BY_START = new Map<string, RegExp[]>();
for (const [starts, pattern] of CHROME) for (const c of starts) CHROME_BY_START.set(c, [...(CHROME_BY_START.get(c) ?? []), pattern]);

/**
 * A row of buttons ("【打印本页】 【关闭窗口】"). Matched with the spaces taken out, so that
 * no space can be read as belonging to either of two buttons: a row of thousands of 打印
 * is read once, where `(?:\s*打印\s*)+$` tried every split of every run of spaces.
 */
const BUTTON_ROW = /^(?:[【[]?(?:打印本页|关闭窗口|打印|关闭|返回顶部|收藏)[】\]]?)+$/u;
const BUTTON_STARTS = '【[打关返收';

const RULE_CHAR = /[=＝\-—_~*]/u;
const RULE_STARTS = '=＝-—_~*';
/** How long a run of rule characters is from `from`, stepping by `step` (±1). */
function ruleRun(text: string, from: number, step: 1 | -1): number {
  let n = 0;
  while (from + n * step >= 0 && from + n * step < text.length && RULE_CHAR.test(text[from + n * step]!)) n++;
  return n;
}

/**
 * A rule with a short caption ("=====正文=====", "-----"): at least three rule characters at
 * each end, at most 20 characters between. What `^[=…]{3,}.{0,20}[=…]{3,}$` says, read in
 * one pass: the regex tried every length of the first run against every length of the last,
 * quadratic on a long line of dashes.
 */
function isRuleLine(text: string): boolean {
  const lead = ruleRun(text, 0, 1);
  if (lead === text.length) return lead >= 6;
  const trail = ruleRun(text, text.length - 1, -1);
  return lead >= 3 && trail >= 3 && text.length - lead - trail <= 20;
}

export function isPageChrome(line: string): boolean {
  let at = 0;
  while (at < line.length && isSpaceCode(line.charCodeAt(at))) at++;
  if (at === line.length) return false;
  // The first character of the line with its spaces collapsed and trimmed, which the patterns read.
  const first = line[at]!;
  const patterns = CHROME_BY_START.get(first);
  const button = BUTTON_STARTS.includes(first);
  const rule = RULE_STARTS.includes(first);
  if (!patterns && !button && !rule) return false;
  const text = line.replace(SPACES, ' ').trim();
  return (patterns?.some((re) => re.test(text)) ?? false) || (button && BUTTON_ROW.test(text.replace(SPACES, ''))) || (rule && isRuleLine(text));
}

/** Words a page puts after the text: attachments, print and close buttons, share bars. */
const TRAILING_CHROME = /^(?:附件下载|附件|[【[]?(?:打印本页|关闭窗口|打印|关闭|返回顶部|收藏)[】\]]?|分享到[:：]?)$/u;
/** The characters such a word starts with: the last word of nearly every line is told by its first. */
const TRAILING_STARTS = '附【[打关返收分';
/** The longest word TRAILING_CHROME matches (【打印本页】): a longer last word is told by its length. */
const TRAILING_MAX = 6;
const isTrailingChrome = (word: string) => TRAILING_STARTS.includes(word[0]!) && TRAILING_CHROME.test(word);
/** A word of running text, not of a location bar or a button row: a sentence, or a long run. */
const PROSE_WORD = /[。；;]/u;
const PROSE_WORD_LENGTH = 40;
/** What a sentence the buttons follow ends with, for its end to be the report's. */
const SENTENCE_END = '。！？!?';

interface Word {
  start: number;
  end: number;
}

/** The whitespace-separated words of a line, with their offsets. */
function words(line: string): Word[] {
  const out: Word[] = [];
  let start = -1;
  for (let i = 0; i <= line.length; i++) {
    const space = i === line.length || isSpaceCode(line.charCodeAt(i));
    if (space && start >= 0) {
      out.push({ start, end: i });
      start = -1;
    } else if (!space && start < 0) start = i;
  }
  return out;
}

/**
 * The last word of a line that ends at or before `end`, read backwards (most lines need no
 * other). Only a word of TRAILING_MAX characters or fewer can be chrome, so the reading stops
 * one character past that: a longer word (a crawled page's body has no space in it) has
 * `start` -1, its start not looked for.
 */
function wordBefore(line: string, end: number): Word | undefined {
  let e = end;
  while (e > 0 && isSpaceCode(line.charCodeAt(e - 1))) e--;
  if (e === 0) return undefined;
  let s = e;
  while (s > 0 && !isSpaceCode(line.charCodeAt(s - 1))) {
    s--;
    if (e - s > TRAILING_MAX) return { start: -1, end: e };
  }
  return { start: s, end: e };
}

/**
 * The part of a line that is the report, once page chrome around it is removed:
 * `{ start, end }` in the line, empty when the whole line is chrome. Crawled pages put
 * the location bar, source, time and share buttons on the same line as the report
 * ("当前位置： 首页… 来源：平潭县人民政府 时间：2022-02-08 16:34 微信 微博 相关链接： --> 根据《条例》…");
 * only that much is dropped, and the report runs from the first word of running text.
 */
export function reportPartOf(line: string): { start: number; end: number } {
  // The report's first word: the line's own first word, or after chrome the first of running text.
  let start = 0;
  if (isPageChrome(line)) {
    const all = words(line);
    const first = all.findIndex((w) => PROSE_WORD.test(line.slice(w.start, w.end)) || w.end - w.start >= PROSE_WORD_LENGTH);
    // A short chrome line ("发布时间：…", "相关链接：") is all chrome; so is a location bar with no sentence after it.
    if (first <= 0 || !LOCATION.test(line.trimStart())) return { start: 0, end: 0 };
    start = all[first]!.start;
  }
  const last = wordBefore(line, line.length);
  if (!last) return { start: 0, end: 0 };
  // Buttons after the last sentence ("…情况。 附件下载"); a word such as 附件 inside a sentence stays.
  let kept = last;
  for (;;) {
    if (kept.start <= start || !isTrailingChrome(line.slice(kept.start, kept.end))) break;
    const before = wordBefore(line, kept.start);
    if (!before) break;
    kept = before;
  }
  // Untouched ends stay as they are: a trailing tab is a blank cell of a table row.
  const end = kept !== last && SENTENCE_END.includes(line[kept.end - 1]!) ? kept.end : line.length;
  return { start, end };
}

const DATE = /(?:发布)?(?:时间|日期)\s*[:：]\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/u;

/** The publication date a page line shows ("发布时间:2025-01-17"), with its range in the source. */
export function publicationDateIn(line: string, lineStart: number): PublicationDate | undefined {
  const m = DATE.exec(line);
  if (!m) return undefined;
  const [y, mo, d] = [m[1]!, m[2]!.padStart(2, '0'), m[3]!.padStart(2, '0')];
  const at = lineStart + m.index;
  return { date: `${y}-${mo}-${d}`, range: { start: at, end: at + m[0].length } };
}
