import { describe, expect, it } from 'vitest';
import { lint } from '../helpers.js';
import { lineOf, report } from '../report-fragments.js';

const only = ['fee-statement'];
const withSix = (six: string, title?: string) => report({ bodies: [undefined, undefined, undefined, undefined, undefined, six], ...(title ? { title } : {}) });

describe('fee-statement', () => {
  it.each([
    ['seed 000', '（一）依申请公开收费情况。按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）规定的按件、按量收费标准，本年度未产生信息公开处理费。'],
    ['seed 002', '（二）收取信息处理费情况\n\n区医保局严格按照国务院办公厅《政府信息公开信息处理费管理办法》及本市有关规定收取信息处理费，本年度未发生需要收取费用的情况。'],
    ['seed 003', '本年度本机关未收取政府信息公开处理费，无其他需要报告的事项。'],
    ['an amount charged', '依据《政府信息公开信息处理费管理办法》规定，实际收取信息处理费共计400元。'],
    ['no charges (沭阳)', '2024年度政府信息公开未发生收费情况。'],
  ])('accepts a statement (%s)', (_name, six) => {
    expect(lint(withSix(six), { only })).toEqual([]);
  });

  it('reports section 六 silent on fees', () => {
    const md = withSix('（一）政务公开创新举措。开设政务直播专栏。');
    expect(lint(md, { only })).toEqual([
      {
        ruleId: 'fee-statement',
        severity: 2,
        message: '第六部分未说明是否收取信息处理费（如「本年度未收取信息处理费」或「共收取信息处理费X元」）',
        line: lineOf(md, '## 六'),
        column: 4,
      },
    ]);
  });

  it('reports a mention of fees that says neither whether nor how much', () => {
    const md = withSix('本机关严格按照《政府信息公开信息处理费管理办法》收取信息处理费。');
    expect(lint(md, { only })).toEqual([
      { ruleId: 'fee-statement', severity: 2, message: '提到了信息处理费，但未说明是否收取及收费金额', line: lineOf(md, '本机关严格'), column: 1 },
    ]);
  });

  it('reports a missing section 六', () => {
    const md = report({ headings: ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', null] });
    expect(lint(md, { only }).map((m) => m.message)).toEqual(['缺少第六部分，无法说明是否收取信息处理费']);
  });

  it('warns when the statement stands in another section', () => {
    const md = report({ bodies: ['2024年，本局未收取信息处理费。', undefined, undefined, undefined, undefined, '无。'] });
    expect(lint(md, { only })).toEqual([
      {
        ruleId: 'fee-statement',
        severity: 1,
        message: '信息处理费情况写在第一部分，应在第六部分「其他需要报告的事项」中说明',
        line: lineOf(md, '2024年，本局未收取'),
        column: 1,
      },
    ]);
  });

  it('does not apply before 2021 (seed 001 is a 2020 report)', () => {
    expect(lint(withSix('无。', '# 重庆市医疗保障局 2020年政府信息公开工作年度报告'), { only })).toEqual([]);
  });

  it('follows the sinceYear option', () => {
    expect(lint(withSix('无。'), { only, options: { 'fee-statement': { sinceYear: 2025 } } })).toEqual([]);
    expect(lint(withSix('无。'), { only, options: { 'fee-statement': { sinceYear: 2024 } } })).toHaveLength(1);
  });
});
