import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from './helpers.js';

/**
 * Markdown renditions of the five real reports in ../shared/seeds (test/fixtures/markdown)
 * yield what each report really has, and nothing else: the format findings of the core
 * issue, plus one finding of the later rules — no seed's section 五 says anything about
 * last year's problems (previous-year-follow-up, a warning; explained in the last spec).
 */
const followUp = (line: number) => ({
  ruleId: 'previous-year-follow-up',
  severity: 1,
  message: '第五部分只写了本年度的问题，未说明上年度问题的整改情况',
  line,
  column: 4,
});
const fixture = (name: string) => readFileSync(new URL(`fixtures/markdown/${name}.md`, import.meta.url), 'utf8');

describe('seed renditions', () => {
  it('000 (大连市医疗保障局 2024, no title line) has no format defect', () => {
    expect(lint(fixture('000'))).toEqual([followUp(75)]);
  });

  it('001 (重庆市医疗保障局 2020, 2019 template): non-standard 三 title, empty 六, no fee-statement error', () => {
    expect(lint(fixture('001'))).toEqual([
      {
        ruleId: 'required-sections',
        severity: 1,
        message: '第三部分标题「三、收到和处理政府公开申请情况」不规范，标准标题为「三、收到和处理政府信息公开申请情况」',
        line: 41,
        column: 4,
      },
      followUp(79),
      {
        ruleId: 'required-sections',
        severity: 1,
        message: '第六部分「六、其他需要报告的事项」没有内容；没有需要报告的事项时请写「无」',
        line: 89,
        column: 4,
      },
    ]);
  });

  it('002 (上海市松江区医疗保障局 2024): table 四 holds nine of its fifteen cells', () => {
    expect(lint(fixture('002'))).toEqual([
      {
        ruleId: 'table-completeness',
        severity: 2,
        message: '统计表「政府信息公开行政复议、行政诉讼情况表」的「数据」行应有15个数据，实有9个',
        line: 91,
        column: 1,
      },
      followUp(93),
    ]);
  });

  it('003 (温州市医疗保障局 2024): the tables of 二, 三, 四 are missing, every section is found', () => {
    expect(lint(fixture('003'))).toEqual([
      { ruleId: 'table-completeness', severity: 2, message: '第二部分缺少统计表「主动公开政府信息情况表」', line: 29, column: 4 },
      { ruleId: 'table-completeness', severity: 2, message: '第三部分缺少统计表「收到和处理政府信息公开申请情况表」', line: 31, column: 4 },
      { ruleId: 'table-completeness', severity: 2, message: '第四部分缺少统计表「政府信息公开行政复议、行政诉讼情况表」', line: 33, column: 4 },
      followUp(35),
    ]);
  });

  it('004 (惠济区医疗保障局 2024): states no statistics period', () => {
    expect(lint(fixture('004'))).toEqual([
      {
        ruleId: 'statistics-period',
        severity: 2,
        message: '未说明统计期限（如「本报告中所列数据的统计期限为2024年1月1日至2024年12月31日」）',
        line: 1,
        column: 3,
      },
      followUp(87),
    ]);
  });

  it('previous-year-follow-up is a true finding on every seed: section 五 never mentions last year', () => {
    for (const id of ['000', '001', '002', '003', '004']) {
      const five = fixture(id).split('## 五、')[1]!.split('## 六、')[0]!;
      expect(five, id).not.toMatch(/上一?年度|去年|上年|20(?:19|23)年/);
      expect(lint(fixture(id)).filter((m) => m.ruleId === 'previous-year-follow-up')).toHaveLength(1);
    }
  });

  it('the other rules of issue 4 find nothing in the seeds, and their prose agrees with their tables', () => {
    const later = ['template-version', 'text-table-consistency', 'publication-deadline', 'report-year', 'no-placeholder', 'cross-year-consistency'];
    for (const id of ['000', '001', '002', '003', '004']) {
      expect(lint(fixture(id)).filter((m) => later.includes(m.ruleId ?? '')), id).toEqual([]);
    }
  });
});
