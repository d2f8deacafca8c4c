/**
 * statistics-period: the report states its statistics period (统计期限/统计时限/统计周期…,
 * also "从2024年1月1日到12月31日"); the period is one whole calendar year, the report year.
 */
import { defineRule, docsUrl } from '../src/engine/rule.js';
import { isWholeYear } from '../src/model/period.js';

export default defineRule({
  meta: {
    id: 'statistics-period',
    type: 'problem',
    docs: {
      description: {
        zh: '报告说明统计期限，且统计期限为报告年度的完整自然年',
        en: 'The report states its statistics period, and the period is the whole calendar year of the report',
      },
      url: docsUrl('statistics-period'),
    },
    defaultSeverity: 'error',
    checksFormat: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      missing: {
        zh: '未说明统计期限（如「本报告中所列数据的统计期限为{{year}}年1月1日至{{year}}年12月31日」）',
        en: 'The statistics period is not stated (e.g. 本报告中所列数据的统计期限为{{year}}年1月1日至{{year}}年12月31日)',
      },
      notWholeYear: {
        zh: '统计期限「{{period}}」不是完整的自然年，应为{{year}}年1月1日至{{year}}年12月31日',
        en: 'The statistics period "{{period}}" is not a whole calendar year; it should be {{year}}-01-01 to {{year}}-12-31',
      },
      yearMismatch: {
        zh: '统计期限「{{period}}」的年份{{periodYear}}与报告年度{{year}}不符',
        en: 'The statistics period "{{period}}" is for {{periodYear}}, but the report is for {{year}}',
      },
    },
  },
  check(report, context) {
    const { period, year } = report;
    // A year read from the period itself says nothing about the period.
    const reportYear = year && year.from !== 'period' ? year.value : undefined;
    if (!period) {
      context.report({
        messageId: 'missing',
        data: { year: reportYear ?? 'YYYY' },
        range: report.title?.range ?? { start: 0, end: 0 },
      });
      return;
    }
    const data = { period: period.text, periodYear: period.start.year, year: reportYear ?? period.start.year };
    if (!isWholeYear(period)) {
      context.report({ messageId: 'notWholeYear', data, range: period.range });
    } else if (reportYear !== undefined && period.start.year !== reportYear) {
      context.report({ messageId: 'yearMismatch', data, range: period.range });
    }
  },
});
