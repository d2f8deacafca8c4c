import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, lintFileText } from '../helpers.js';
import { lineOf, report } from '../report-fragments.js';

const only = ['publication-deadline'];
const seed002 = readFileSync(new URL('../fixtures/seeds/002_b71533b4867e4f0f.txt', import.meta.url), 'utf8');
const signed = (date: string, title?: string) => `${report(title ? { title } : {})}\n大连市医疗保障局\n\n${date}\n`;

describe('publication-deadline', () => {
  it('accepts seed 002, shown as published on 2025-01-17', () => {
    expect(lintFileText(seed002, '002.txt', { only })).toEqual([]);
  });

  it('reports a page date after 31 January, at the date', () => {
    const late = seed002.replace('发布时间:2025-01-17', '发布时间:2025-02-10');
    expect(lintFileText(late, '002.txt', { only })).toEqual([
      {
        ruleId: 'publication-deadline',
        severity: 2,
        message: '2024年度报告于2025年2月10日公布，晚于2025年1月31日的期限（「上海市松江区医疗保障局」是政府部门，部门年度报告应在每年1月31日前公布，《条例》第四十九条）',
        line: 4,
        column: 7,
      },
    ]);
  });

  it('holds a report for 2018 or before to the 2007 条例: 31 March of the next year, a department too', () => {
    const of2018 = (date: string) => seed002.replace('发布时间:2025-01-17', `发布时间:${date}`).replaceAll('2024', '2018');
    expect(lintFileText(of2018('2019-02-10'), '002.txt', { only })).toEqual([]);
    expect(lintFileText(of2018('2019-04-02'), '002.txt', { only }).map((m) => m.message)).toEqual([
      '2018年度报告于2019年4月2日公布，晚于2019年3月31日的期限（2018年度报告适用2007年《条例》第三十一条，应在次年3月31日前公布）',
    ]);
  });

  it('reads the signature date at the end of the text', () => {
    const md = signed('2025年2月1日');
    expect(lint(md, { only })).toEqual([
      {
        ruleId: 'publication-deadline',
        severity: 2,
        message: '2024年度报告于2025年2月1日公布，晚于2025年1月31日的期限（「大连市医疗保障局」是政府部门，部门年度报告应在每年1月31日前公布，《条例》第四十九条）',
        line: lineOf(md, '2025年2月1日'),
        column: 1,
      },
    ]);
    expect(lint(signed('2025年1月31日'), { only })).toEqual([]);
  });

  it('gives a government until 31 March', () => {
    expect(lint(signed('2025年3月20日', '# 大连市人民政府2024年政府信息公开工作年度报告'), { only })).toEqual([]);
    expect(lint(signed('2025年4月1日', '# 大连市人民政府2024年政府信息公开工作年度报告'), { only }).map((m) => m.message)).toEqual([
      '2024年度报告于2025年4月1日公布，晚于2025年3月31日的期限（「大连市人民政府」的报告是本级政府的年度报告，应在每年3月31日前公布，《条例》第四十九条）',
    ]);
  });

  it('decides the filer from the title: a region named alone files its government\'s own report (pt-2021.txt)', () => {
    const pt2021 = readFileSync(new URL('../fixtures/real/pt-2021.txt', import.meta.url), 'utf8');
    expect(lintFileText(pt2021, 'pt-2021.txt', { only })).toEqual([]);
    const may = pt2021.replace('发布时间: 2022-02-08 16:34', '发布时间: 2022-05-09 09:00');
    expect(lintFileText(may, 'pt-2021.txt', { only })).toEqual([
      {
        ruleId: 'publication-deadline',
        severity: 2,
        message: '2021年度报告于2022年5月9日公布，晚于2022年3月31日的期限（「平潭综合实验区」的报告是本级政府的年度报告，应在每年3月31日前公布，《条例》第四十九条）',
        line: 2,
        column: 1,
      },
    ]);
  });

  it('holds a township, or an agency it cannot tell, to 31 March, the later deadline, and says so', () => {
    const township = signed('2025年3月1日', '# 某镇2024年政府信息公开工作年度报告');
    expect(lint(township, { only })).toEqual([]);
    expect(lint(signed('2025年4月2日', '# 某镇2024年政府信息公开工作年度报告'), { only }).map((m) => m.message)).toEqual([
      '2024年度报告于2025年4月2日公布，晚于2025年3月31日的期限（未能从报告判断是部门还是本级政府的报告，按两者中最晚的3月31日检查，《条例》第四十九条）',
    ]);
    expect(lint(township, { only, locale: 'en' }).map((m) => m.message)).toEqual([]);
  });

  it('follows the options over what the title says', () => {
    const township = signed('2025年3月1日', '# 某镇2024年政府信息公开工作年度报告');
    expect(lint(township, { only, options: { 'publication-deadline': { filer: 'department' } } }).map((m) => m.message)).toEqual([
      '2024年度报告于2025年3月1日公布，晚于2025年1月31日的期限（按配置的报告主体（部门），《条例》第四十九条）',
    ]);
    expect(lint(signed('2025年1月29日'), { only, options: { 'publication-deadline': { deadline: '01-28' } } }).map((m) => m.message)).toEqual([
      '2024年度报告于2025年1月29日公布，晚于2025年1月28日的期限（按配置的期限）',
    ]);
  });

  it('reports a publication date inside the report year', () => {
    expect(lint(signed('2024年12月1日'), { only }).map((m) => m.message)).toEqual(['公布日期2024年12月1日早于报告年度结束（2024年12月31日），请核对年份']);
  });
});
