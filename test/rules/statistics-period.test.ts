import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/adapters/text.js';
import { buildReport } from '../../src/model/report.js';
import { lint, lintFileText } from '../helpers.js';
import { report } from '../report-fragments.js';

const only = ['statistics-period'];
const withIntro = (intro: string, title?: string) => report({ intro, ...(title ? { title } : {}) });

describe('statistics-period', () => {
  it.each([
    ['统计期限', '本报告中所列数据的统计期限为2024年1月1日至2024年12月31日。'],
    ['统计时限 (full-width digits)', '本报告所列数据统计时限为２０２４年１月１日至２０２４年１２月３１日。'],
    ['自…起至…止 (seed 001, 003)', '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。'],
    ['the short form (seed 002)', '本年度报告中所列数据统计期限从2024年1月1日到12月31日止。'],
    ['spaces inside years (seed 004 style)', '统计周期为 2024 年 1 月 1 日至 2024 年 12 月 31 日。'],
    ['a bare whole-year range before the tables', '从2024年1月1日到12月31日，本局共主动公开信息319件。'],
    ['a whole year named: 统计期限为2024年度', '本报告所列数据统计期限为2024年度。'],
    ['a whole year named: 统计时间为2024年', '本报告数据统计时间为2024年，如有疑问请联系办公室。'],
    ['统计数据时间段为…', '本报告统计数据时间段为2024年1月1日至2024年12月31日。'],
    ['涵盖…期间', '本报告涵盖2024年1月1日至2024年12月31日期间的政府信息公开工作情况。'],
    ['the end year omitted', '本报告所列数据统计期限为2024年1月1日至12月31日。'],
  ])('accepts %s', (_name, intro) => {
    expect(lint(withIntro(intro), { only })).toEqual([]);
  });

  it('reads a period split over two lines, as PDF text has it', () => {
    const text = [
      '淮安市人民政府2024年政府信息公开工作年度报告',
      '本报告所列统计期限自 2024 年 1 月 1 日',
      '起至 2024 年 12 月 31 日止。',
      '一、总体情况',
      '2024年，市政府认真贯彻落实《条例》。',
    ].join('\n');
    expect(lintFileText(text, 'huaian.txt', { only })).toEqual([]);
    const r = buildReport(parseText(text));
    expect([r.period?.text, r.source.positionOf(r.period!.range)]).toEqual([
      '自 2024 年 1 月 1 日\n起至 2024 年 12 月 31 日止',
      { line: 2, column: 10, endLine: 3, endColumn: 21 },
    ]);
  });

  it('reports a missing period at the title', () => {
    expect(lint(withIntro('本报告由大连市医疗保障局编制。'), { only })).toEqual([
      {
        ruleId: 'statistics-period',
        severity: 2,
        message: '未说明统计期限（如「本报告中所列数据的统计期限为2024年1月1日至2024年12月31日」）',
        line: 1,
        column: 3,
      },
    ]);
  });

  it('does not take an unrelated date range for the period', () => {
    const md = withIntro('2024年6月1日至6月30日开展基金监管宣传月活动。');
    expect(lint(md, { only }).map((m) => m.message)).toEqual([
      '未说明统计期限（如「本报告中所列数据的统计期限为2024年1月1日至2024年12月31日」）',
    ]);
  });

  it('reads a named whole year as the period, and checks its year', () => {
    expect(lint(withIntro('本报告所列数据统计期限为2023年度。'), { only }).map((m) => [m.message, m.line, m.column])).toEqual([
      ['统计期限「2023年度」的年份2023与报告年度2024不符', 3, 13],
    ]);
  });

  it('reports a period that is not the whole year, at the period', () => {
    expect(lint(withIntro('报告数据统计期限为2024年1月1日至2024年11月30日。'), { only })).toEqual([
      {
        ruleId: 'statistics-period',
        severity: 2,
        message: '统计期限「2024年1月1日至2024年11月30日」不是完整的自然年，应为2024年1月1日至2024年12月31日',
        line: 3,
        column: 10,
      },
    ]);
  });

  it('reports a period of another year than the title', () => {
    expect(lint(withIntro('报告数据统计期限为2023年1月1日至2023年12月31日。'), { only })).toEqual([
      {
        ruleId: 'statistics-period',
        severity: 2,
        message: '统计期限「2023年1月1日至2023年12月31日」的年份2023与报告年度2024不符',
        line: 3,
        column: 10,
      },
    ]);
  });

  it('reads the report year from section 一 when there is no title (seed 000)', () => {
    const md = report({ title: '', intro: '报告数据统计期限为2023年1月1日至2023年12月31日。' });
    expect(lint(md, { only }).map((m) => m.message)).toEqual(['统计期限「2023年1月1日至2023年12月31日」的年份2023与报告年度2024不符']);
  });
});
