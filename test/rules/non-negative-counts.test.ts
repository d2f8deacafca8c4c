import { describe, expect, it } from 'vitest';
import { lint, lintMarkdown } from '../helpers.js';
import { TABLE_2, TABLE_3_ROWS, lineOf, report } from '../report-fragments.js';

const only = ['non-negative-counts'];
const withPenalties = (value: string) => report({ bodies: [undefined, TABLE_2.replace('| 行政处罚 | 23 |', `| 行政处罚 | ${value} |`)] });

describe('non-negative-counts', () => {
  it('accepts counts, and signed changes of the 2019 template (seed 001: +11)', () => {
    expect(lint(report(), { only })).toEqual([]);
    const md2019 = `# 重庆市医疗保障局 2020年政府信息公开工作年度报告

## 二、主动公开政府信息情况

| 第二十条第（五）项 | | | |
|---|---|---|---|
| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
| 行政许可 | 5 | -2 | 0 |
| 其他对外管理服务事项 | 4 | +11 | 10985 |
`;
    expect(lint(md2019, { only })).toEqual([]);
  });

  it.each([
    ['约10', '主动公开政府信息情况表「行政处罚」行「本年处理决定数量」列应填确切数字，不能填约数「约10」'],
    ['1.5', '主动公开政府信息情况表「行政处罚」行「本年处理决定数量」列应为整数，实为「1.5」'],
    ['-3', '主动公开政府信息情况表「行政处罚」行「本年处理决定数量」列为负数「-3」，件数不能为负'],
    ['—', '主动公开政府信息情况表「行政处罚」行「本年处理决定数量」列应填数字（没有则填0），实为「—」'],
    ['/', '主动公开政府信息情况表「行政处罚」行「本年处理决定数量」列应填数字（没有则填0），实为「/」'],
    ['二十三', '主动公开政府信息情况表「行政处罚」行「本年处理决定数量」列应填数字，实为「二十三」'],
  ])('reports %s in a count cell, at the cell', (value, message) => {
    const md = withPenalties(value);
    expect(lint(md, { only })).toEqual([{ ruleId: 'non-negative-counts', severity: 2, message, line: lineOf(md, '| 行政处罚 |'), column: 10 }]);
  });

  it('accepts a decimal amount in 万元 but not a negative one', () => {
    const ok = report({ bodies: [undefined, TABLE_2.replace('| 行政事业性收费 | 0 |', '| 行政事业性收费 | 12.5 |')] });
    expect(lint(ok, { only })).toEqual([]);
    const negative = report({ bodies: [undefined, TABLE_2.replace('| 行政事业性收费 | 0 |', '| 行政事业性收费 | -1.5 |')] });
    expect(lint(negative, { only }).map((m) => m.message)).toEqual([
      '主动公开政府信息情况表「行政事业性收费」行「本年收费金额（单位：万元）」列为负数「-1.5」，金额不能为负',
    ]);
  });

  it('offers 0 in place of a placeholder', () => {
    const md = report({ bodies: [undefined, undefined, TABLE_3_ROWS.map((r) => r.replace('| 二、上年结转政府信息公开申请数量 | | | 0 |', '| 二、上年结转政府信息公开申请数量 | | | / |')).join('\n')] });
    const [m] = lintMarkdown(md, { only }).messages;
    const at = md.indexOf('| / |') + 2;
    expect(m?.message).toBe('收到和处理政府信息公开申请情况表「二、上年结转政府信息公开申请数量」行「自然人」列应填数字（没有则填0），实为「/」');
    expect(m?.suggestions).toEqual([{ desc: '改为 0', messageId: 'useZero', fix: { range: [at, at + 1], text: '0' } }]);
  });
});
