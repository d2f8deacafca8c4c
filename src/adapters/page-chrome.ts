import { SPACE_CHARS } from '../text/labels.js';
import type { PublicationDate } from '../text/document.js';

const SPACES = new RegExp(`[${SPACE_CHARS}]+`, 'gu');

/**
 * What a government page shows around a report: location bars, "scan to open on your
 * phone", related links, print buttons, source/date/view-count lines. Scraped text and
 * saved pages carry it; it is not part of the report and is dropped, except that the
 * publication date it shows is kept for the deadline check.
 */
const CHROME: RegExp[] = [
  /^(?:您当前所在位置|您当前的位置|当前位置|您的位置|所在位置)\s*[:：]/u,
  /^扫一扫在手机(?:上)?打开当前页/u,
  /^相关(?:链接|文件|阅读)\s*[:：]?/u,
  /^附件\s*[:：]?\s*$/u,
  /^(?:信息来源|来源|文章来源)\s*[:：].*(?:发布时间|发布日期|阅读次数|浏览次数|点击数)/u,
  /^(?:日期|发布时间|发布日期)\s*[:：]\s*\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?\s*$/u,
  /^(?:阅读次数|浏览次数|点击数)\s*[:：]/u,
  /^(?:[【[]?\s*(?:打印本页|关闭窗口|打印|关闭|返回顶部|收藏)\s*[】\]]?\s*)+$/u,
  /^字号\s*[:：]/u,
  /^分享到\s*[:：]?/u,
];

export function isPageChrome(line: string): boolean {
  const text = line.replace(SPACES, ' ').trim();
  return text !== '' && CHROME.some((re) => re.test(text));
}

const DATE = /(?:发布时间|发布日期|日期)\s*[:：]\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/u;

/** The publication date a page line shows ("发布时间:2025-01-17"), with its range in the source. */
export function publicationDateIn(line: string, lineStart: number): PublicationDate | undefined {
  const m = DATE.exec(line);
  if (!m) return undefined;
  const [y, mo, d] = [m[1]!, m[2]!.padStart(2, '0'), m[3]!.padStart(2, '0')];
  const at = lineStart + m.index;
  return { date: `${y}-${mo}-${d}`, range: { start: at, end: at + m[0].length } };
}
