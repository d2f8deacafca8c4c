import type { Range } from '../types.js';
import type { TextBlock } from './blocks.js';
import { foldWidth } from '../text/labels.js';
import { matchesIn } from '../text/matches.js';

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
// A match starts at 自/从 or where a run of spaces starts, and 起 with its spaces is one optional
// part: otherwise every space of a run was tried as a start, and every split of a run
// between the two spaces around an absent 起 (cubic on a date followed by thousands of spaces).
const DATE_RANGE = new RegExp(
  `(?:自|从|(?<![\\s\\u00a0\\u2002]))${S}((?:19|20)\\d{2})${S}年${S}(\\d{1,2})${S}月${S}(\\d{1,2})${S}日${S}(?:起${S})?` +
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
 * Text in which a period may be stated: each block alone, and each block joined with the
 * next one, since PDF text and scraped pages break a sentence over two lines
 * ("统计期限自 2023 年 1 月 1 日" / "起至 2023 年 12 月 31 日止"). Offsets in `text` map back
 * to the source through `range`.
 */
interface Passage {
  text: string;
  /** Where the passage's second block starts in `text`; matches that do not cross it were seen in the block alone. */
  joinAt?: number;
  start: number;
  range(start: number, end: number): Range;
  slice(start: number, end: number): string;
}

function* passages(blocks: TextBlock[]): Generator<Passage> {
  for (let i = 0; i < blocks.length; i++) {
    const a = blocks[i]!;
    yield { text: foldWidth(a.text), start: a.range.start, range: (s, e) => a.sourceRange(s, e), slice: (s, e) => a.text.slice(s, e) };
    const b = blocks[i + 1];
    if (!b) continue;
    const joinAt = a.text.length + 1;
    const side = (at: number) => (at < joinAt ? a.sourceOffset(Math.min(at, a.text.length)) : b.sourceOffset(at - joinAt));
    const joined = `${a.text}\n${b.text}`;
    yield {
      text: foldWidth(joined),
      joinAt,
      start: a.range.start,
      range: (s, e) => ({ start: side(s), end: Math.max(side(s), side(e)) }),
      slice: (s, e) => joined.slice(s, e),
    };
  }
}

/**
 * The first stated statistics period: a date range introduced by a 统计… keyword, or else
 * a bare whole-year range in the text before the tables (`beforeOffset`).
 */
export function findStatisticsPeriod(blocks: TextBlock[], beforeOffset: number): StatisticsPeriod | undefined {
  let bare: StatisticsPeriod | undefined;
  for (const passage of passages(blocks)) {
    const { text, joinAt } = passage;
    const crosses = (at: number, end: number) => joinAt === undefined || (at < joinAt && end > joinAt);
    for (const m of matchesIn(text, WHOLE_YEAR)) {
      const year = Number(m[1]);
      const at = m.index + m[0].indexOf(m[1]!);
      const end = m.index + m[0].length;
      if (!crosses(at, end)) continue;
      return {
        start: { year, month: 1, day: 1 },
        end: { year, month: 12, day: 31 },
        text: passage.slice(at, end).trim(),
        range: passage.range(at, end),
        keyword: true,
      };
    }
    for (const m of matchesIn(text, DATE_RANGE)) {
      const at = m.index;
      const end = at + m[0].trimEnd().length;
      if (!crosses(at, end)) continue;
      const lead = text.slice(Math.max(0, at - KEYWORD_REACH), at);
      const sentenceLead = lead.slice(Math.max(lead.lastIndexOf('。'), lead.lastIndexOf('\n')) + 1);
      const startYear = Number(m[1]);
      const period: StatisticsPeriod = {
        start: { year: startYear, month: Number(m[2]), day: Number(m[3]) },
        end: { year: m[4] ? Number(m[4]) : startYear, month: Number(m[5]), day: Number(m[6]) },
        text: passage.slice(at, end).trim(),
        range: passage.range(at, end),
        keyword: KEYWORD.test(sentenceLead),
      };
      if (period.keyword) return period;
      if (!bare && isWholeYear(period) && passage.start < beforeOffset) bare = period;
    }
  }
  return bare;
}
