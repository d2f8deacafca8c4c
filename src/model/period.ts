import type { Range } from '../types.js';
import type { TextBlock } from './blocks.js';
import { foldWidth } from '../text/labels.js';

/** The statistics period a report states ("统计期限为2024年1月1日至2024年12月31日"). */
export interface StatisticsPeriod {
  start: { year: number; month: number; day: number };
  end: { year: number; month: number; day: number };
  /** The words as written. */
  text: string;
  range: Range;
  /** Introduced by 统计期限/统计时限/… rather than a bare full-year range. */
  keyword: boolean;
}

const S = '[\\s\\u00a0\\u2002]*';
const DATE_RANGE = new RegExp(
  `(?:自|从)?${S}((?:19|20)\\d{2})${S}年${S}(\\d{1,2})${S}月${S}(\\d{1,2})${S}日${S}起?${S}` +
    `(?:至|到|—|–|-|~|～)${S}(?:((?:19|20)\\d{2})${S}年${S})?(\\d{1,2})${S}月${S}(\\d{1,2})${S}日${S}止?`,
  'gu',
);
const KEYWORD = /统计(?:期限|时限|周期|区间|时段|时间|范围|期间|口径)?/u;
/** "统计期限为2024年度", "数据统计时间为2024年": a whole year named, with no dates. */
const WHOLE_YEAR = new RegExp(`统计(?:期限|时限|周期|区间|时段|时间|范围|期间)[^。\\d]{0,6}?((?:19|20)\\d{2})${S}年度?(?!${S}\\d{1,2}${S}月)`, 'gu');
/** How far before a date range its keyword may stand ("统计期限为", "数据统计期限自"). */
const KEYWORD_REACH = 30;

export function isWholeYear(p: StatisticsPeriod): boolean {
  return (
    p.start.year === p.end.year && p.start.month === 1 && p.start.day === 1 && p.end.month === 12 && p.end.day === 31
  );
}

/**
 * The first stated statistics period: a date range introduced by a 统计… keyword, or else
 * a bare whole-year range in the text before the tables (`beforeOffset`).
 */
export function findStatisticsPeriod(blocks: TextBlock[], beforeOffset: number): StatisticsPeriod | undefined {
  let bare: StatisticsPeriod | undefined;
  for (const block of blocks) {
    const text = foldWidth(block.text);
    for (const m of text.matchAll(WHOLE_YEAR)) {
      const year = Number(m[1]);
      const at = m.index + m[0].indexOf(m[1]!);
      const end = m.index + m[0].length;
      return {
        start: { year, month: 1, day: 1 },
        end: { year, month: 12, day: 31 },
        text: block.text.slice(at, end).trim(),
        range: block.sourceRange(at, end),
        keyword: true,
      };
    }
    for (const m of text.matchAll(DATE_RANGE)) {
      const at = m.index;
      const lead = text.slice(Math.max(0, at - KEYWORD_REACH), at);
      const sentenceLead = lead.slice(Math.max(lead.lastIndexOf('。'), lead.lastIndexOf('\n')) + 1);
      const startYear = Number(m[1]);
      const period: StatisticsPeriod = {
        start: { year: startYear, month: Number(m[2]), day: Number(m[3]) },
        end: { year: m[4] ? Number(m[4]) : startYear, month: Number(m[5]), day: Number(m[6]) },
        text: block.text.slice(at, at + m[0].length).trim(),
        range: block.sourceRange(at, at + m[0].trimEnd().length),
        keyword: KEYWORD.test(sentenceLead),
      };
      if (period.keyword) return period;
      if (!bare && isWholeYear(period) && block.range.start < beforeOffset) bare = period;
    }
  }
  return bare;
}
