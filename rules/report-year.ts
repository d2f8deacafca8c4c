/**
 * report-year: the report's own statements of its year agree — the title and the opening
 * "YYYY年" of section 一. (The statistics period against the report year is
 * statistics-period's finding, so it is not reported twice.)
 */
import { defineRule, docsUrl } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'report-year',
    type: 'problem',
    docs: {
      description: {
        zh: '标题与第一部分开头的年份一致（统计期限的年份由 statistics-period 检查）',
        en: 'The title and the opening of section 一 state the same year (the period is checked by statistics-period)',
      },
      url: docsUrl('report-year'),
    },
    defaultSeverity: 'error',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      sectionOne: {
        zh: '第一部分开头的年份{{found}}与标题中的报告年度{{year}}不一致',
        en: 'Section 一 opens with the year {{found}}, but the title says {{year}}',
      },
    },
  },
  check(report, context) {
    const { title, sectionOne } = report.years;
    if (title && sectionOne && sectionOne.value !== title.value) {
      context.report({ messageId: 'sectionOne', data: { found: sectionOne.value, year: title.value }, range: sectionOne.range });
    }
  },
});
