/**
 * previous-year-follow-up: section 五 says what was done about last year's problems
 * (上年度/上一年度…问题…整改/改进), not only this year's. Whether the format requires it is
 * unverified (shared/spec/report-format.md §2.5), so this is a warning.
 */
import { defineRule, docsUrl } from '../src/engine/rule.js';
import { sectionOf, sectionProse, sentencesIn } from '../src/model/report.js';

/** Last year named — 上年度, 上一年度, 去年, 上年 (not 上年结转), or the year before the report's. */
function lastYear(year: number | undefined): RegExp {
  const named = '上一?年度|去年|上年(?!结转)';
  return new RegExp(year ? `(?:${named}|${year - 1}\\s*年)` : `(?:${named})`, 'u');
}
const FOLLOW_UP = /整改|改进|落实|解决|完善|提升|推进/u;
const PROBLEM = /问题|不足|短板|意见|建议/u;

export default defineRule({
  meta: {
    id: 'previous-year-follow-up',
    type: 'suggestion',
    docs: {
      description: {
        zh: '第五部分说明上年度问题的整改情况',
        en: "Section 五 reports what was done about last year's problems",
      },
      url: docsUrl('previous-year-follow-up'),
    },
    defaultSeverity: 'warn',
    checksFormat: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      missing: {
        zh: '第五部分只写了本年度的问题，未说明上年度问题的整改情况',
        en: "Section 五 covers only this year's problems, not what was done about last year's",
      },
    },
  },
  check(report, context) {
    const five = sectionOf(report, 5);
    if (!five || five.empty) return;
    const previous = lastYear(report.year?.value);
    const followed = sentencesIn(sectionProse(report, five)).some(({ text }) => previous.test(text) && (FOLLOW_UP.test(text) || PROBLEM.test(text)));
    if (!followed) context.report({ messageId: 'missing', range: five.headingRange });
  },
});
