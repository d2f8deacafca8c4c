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
        message: '2024年度报告于2025年2月10日公布，晚于2025年1月31日的期限（部门年度报告应在每年1月31日前公布，《条例》第四十九条）',
        line: 4,
        column: 7,
      },
    ]);
  });

  it('reads the signature date at the end of the text', () => {
    const md = signed('2025年2月1日');
    expect(lint(md, { only })).toEqual([
      {
        ruleId: 'publication-deadline',
        severity: 2,
        message: '2024年度报告于2025年2月1日公布，晚于2025年1月31日的期限（部门年度报告应在每年1月31日前公布，《条例》第四十九条）',
        line: lineOf(md, '2025年2月1日'),
        column: 1,
      },
    ]);
    expect(lint(signed('2025年1月31日'), { only })).toEqual([]);
  });

  it('gives a government until 31 March', () => {
    expect(lint(signed('2025年3月20日', '# 大连市人民政府2024年政府信息公开工作年度报告'), { only })).toEqual([]);
    expect(lint(signed('2025年4月1日', '# 大连市人民政府2024年政府信息公开工作年度报告'), { only }).map((m) => m.message)).toEqual([
      '2024年度报告于2025年4月1日公布，晚于2025年3月31日的期限（本级人民政府年度报告应在每年3月31日前公布，《条例》第四十九条）',
    ]);
  });

  it('leaves townships to configuration, and follows the options', () => {
    const township = signed('2025年3月1日', '# 某镇2024年政府信息公开工作年度报告');
    expect(lint(township, { only })).toEqual([]);
    expect(lint(township, { only, options: { 'publication-deadline': { filer: 'department' } } })).toHaveLength(1);
    expect(lint(signed('2025年1月29日'), { only, options: { 'publication-deadline': { deadline: '01-28' } } }).map((m) => m.message)).toEqual([
      '2024年度报告于2025年1月29日公布，晚于2025年1月28日的期限（按配置的期限）',
    ]);
  });

  it('reports a publication date inside the report year', () => {
    expect(lint(signed('2024年12月1日'), { only }).map((m) => m.message)).toEqual(['公布日期2024年12月1日早于报告年度结束（2024年12月31日），请核对年份']);
  });
});
