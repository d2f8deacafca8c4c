import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, lintFileText } from '../helpers.js';
import { lineOf, report } from '../report-fragments.js';

const only = ['report-year'];

describe('report-year', () => {
  it('accepts a title and section 一 that agree, and years with spaces (seed 004)', () => {
    expect(lint(report(), { only })).toEqual([]);
    expect(lint(report({ title: '# 惠济区医疗保障局 2024 年政府信息公开工作年度报告', bodies: ['2024 年，惠济区医疗保障局认真贯彻落实《条例》。'] }), { only })).toEqual([]);
  });

  it('reports section 一 opening with another year than the title, at that year', () => {
    const md = report({ bodies: ['2023年，本局认真贯彻落实《条例》。'] });
    expect(lint(md, { only })).toEqual([
      { ruleId: 'report-year', severity: 2, message: '第一部分开头的年份2023与标题中的报告年度2024不一致', line: lineOf(md, '2023年，本局'), column: 1 },
    ]);
  });

  it('leaves the statistics period to statistics-period', () => {
    const md = report({ intro: '报告数据统计期限为2023年1月1日至2023年12月31日。' });
    expect(lint(md, { only })).toEqual([]);
    expect(lint(md, { only: ['statistics-period', 'report-year'] }).map((m) => m.ruleId)).toEqual(['statistics-period']);
  });
  it('reads the title of a saved page from its head when the body does not show it (pt-2024.html), and compares it with section 一', () => {
    const page = readFileSync(new URL('../fixtures/real/pt-2024.html', import.meta.url), 'utf8');
    expect(lintFileText(page, 'pt-2024.html', { only: ['report-year'] })).toEqual([]);
    const changed = page.replace('2024年，平潭综合实验区坚持', '2023年，平潭综合实验区坚持');
    const line = changed.slice(0, changed.indexOf('2023年，平潭综合实验区坚持')).split('\n');
    expect(lintFileText(changed, 'pt-2024.html', { only: ['report-year'] })).toEqual([
      {
        ruleId: 'report-year',
        severity: 2,
        message: '第一部分开头的年份2023与标题中的报告年度2024不一致',
        line: line.length,
        column: line[line.length - 1]!.length + 1,
      },
    ]);
  });
});
