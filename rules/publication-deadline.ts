/**
 * publication-deadline: a report is published by the legal deadline (条例 第四十九条):
 * a department's report by 31 January of the following year, a government's own report
 * (本级人民政府, 管委会) by 31 March. The publication date is the one its page showed
 * (发布时间/发布日期/日期, <meta name=PubDate>) or a date alone at the end of the text.
 */
import { defineRule, docsUrl } from '../src/engine/rule.js';
import type { Report } from '../src/model/report.js';

type Filer = 'department' | 'government';

/** 人民政府 and 管委会 publish the government's own report; 乡镇/街道 are not settled by 第四十九条. */
function filerOf(report: Report): Filer | 'unknown' {
  const agency = report.agency ?? '';
  if (/(?:人民政府|管委会|管理委员会)$/u.test(agency)) return 'government';
  if (/(?:乡|镇|街道|街道办事处)$/u.test(agency) || !agency) return 'unknown';
  return 'department';
}

export default defineRule<{ filer: 'auto' | Filer; deadline?: string }>({
  meta: {
    id: 'publication-deadline',
    type: 'problem',
    docs: {
      description: {
        zh: '报告在法定期限内公布：部门1月31日前，本级人民政府3月31日前（《条例》第四十九条）',
        en: 'The report is published by the legal deadline: 31 January for a department, 31 March for a government (条例 第四十九条)',
      },
      url: docsUrl('publication-deadline'),
    },
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      properties: {
        filer: { enum: ['auto', 'department', 'government'], default: 'auto' },
        deadline: { type: 'string', pattern: '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$', description: 'MM-DD in the year after the report year' },
      },
      additionalProperties: false,
    },
    defaultOptions: { filer: 'auto' },
    messages: {
      late: {
        zh: '{{year}}年度报告于{{published|zh-date}}公布，晚于{{deadline|zh-date}}的期限（{{basis}}）',
        en: 'The {{year}} report was published on {{published}}, after the deadline of {{deadline}} ({{basis}})',
      },
      early: {
        zh: '公布日期{{published|zh-date}}早于报告年度结束（{{year}}年12月31日），请核对年份',
        en: 'The publication date {{published}} is before the end of the report year ({{year}}-12-31); check the years',
      },
    },
  },
  check(report, context) {
    const { published, year } = report;
    if (!published || !year) return;
    const filer = context.options.filer === 'auto' ? filerOf(report) : context.options.filer;
    if (filer === 'unknown' && !context.options.deadline) return;
    const monthDay = context.options.deadline ?? (filer === 'government' ? '03-31' : '01-31');
    const deadline = `${year.value + 1}-${monthDay}`;
    const zh = context.locale === 'zh';
    const basis = context.options.deadline
      ? zh ? '按配置的期限' : 'the configured deadline'
      : filer === 'government'
        ? zh ? '本级人民政府年度报告应在每年3月31日前公布，《条例》第四十九条' : 'a government report is due by 31 March, 条例 第四十九条'
        : zh ? '部门年度报告应在每年1月31日前公布，《条例》第四十九条' : 'a department report is due by 31 January, 条例 第四十九条';
    const data = { year: year.value, published: published.date, deadline, basis };
    if (published.date > deadline) context.report({ messageId: 'late', data, range: published.range });
    else if (published.date <= `${year.value}-12-31`) context.report({ messageId: 'early', data, range: published.range });
  },
});
