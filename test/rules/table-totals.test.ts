import { describe, expect, it } from 'vitest';
import { lintMarkdown, lint } from '../helpers.js';
import { TABLE_3_ROWS, TABLE_4_HEAD, lineOf, report } from '../report-fragments.js';

const only = ['table-totals'];

/** Seed 000's table 三 with one row replaced. */
function table3With(label: string, row: string): string {
  const rows = TABLE_3_ROWS.map((r) => (r.includes(label) ? row : r));
  return report({ bodies: [undefined, undefined, rows.join('\n')] });
}

describe('table-totals', () => {
  it('accepts balanced tables (seed 000)', () => {
    expect(lint(report(), { only })).toEqual([]);
  });

  it('reports (七)总计 that is not the sum of the results, with the computed value as a suggestion', () => {
    const md = table3With('（七）总计', '| | （七）总计 | | 12 | 0 | 0 | 0 | 0 | 0 | 12 |');
    const { messages } = lintMarkdown(md, { only });
    const line = lineOf(md, '（七）总计');
    expect(messages.map((m) => ({ message: m.message, line: m.line, column: m.column }))).toEqual([
      {
        message: '收到和处理政府信息公开申请情况表「（七）总计」行「自然人」列应为11，实为12：（七）总计等于（一）至（六）各项之和（11 ≠ 12）',
        line,
        column: 15,
      },
      {
        message: '收到和处理政府信息公开申请情况表「（七）总计」行「总计」列应为11，实为12：（七）总计等于（一）至（六）各项之和（11 ≠ 12）',
        line,
        column: 40,
      },
      {
        message: '收到和处理政府信息公开申请情况表「四、结转下年度继续办理」行「自然人」列应为-1，实为0：第一项加第二项之和，等于第三项加第四项之和（11 ≠ 12）',
        line: line + 1,
        column: 21,
      },
      {
        message: '收到和处理政府信息公开申请情况表「四、结转下年度继续办理」行「总计」列应为-1，实为0：第一项加第二项之和，等于第三项加第四项之和（11 ≠ 12）',
        line: line + 1,
        column: 45,
      },
    ]);
    const offset = md.split('\n').slice(0, line - 1).join('\n').length + 1 + 14;
    expect(messages[0]!.suggestions).toEqual([{ desc: '改为 11', messageId: 'setTo', data: { expected: 11 }, fix: { range: [offset, offset + 2], text: '11' } }]);
    // A negative count is never suggested.
    expect(messages[2]!.suggestions).toBeUndefined();
  });

  it('reports the official balance: 本年新收 + 上年结转 = (七)总计 + 结转下年度', () => {
    const md = table3With('二、上年结转', '| 二、上年结转政府信息公开申请数量 | | | 3 | 0 | 0 | 0 | 0 | 0 | 3 |');
    const { messages } = lintMarkdown(md, { only });
    expect(messages.map((m) => m.message)).toEqual([
      '收到和处理政府信息公开申请情况表「四、结转下年度继续办理」行「自然人」列应为3，实为0：第一项加第二项之和，等于第三项加第四项之和（14 ≠ 11）',
      '收到和处理政府信息公开申请情况表「四、结转下年度继续办理」行「总计」列应为3，实为0：第一项加第二项之和，等于第三项加第四项之和（14 ≠ 11）',
    ]);
    expect(messages[0]!.suggestions?.[0]?.fix.text).toBe('3');
  });

  it('reports a row whose 总计 is not 自然人 + the five organisation columns', () => {
    // 4 granted requests re-entered as 3 from a person and 1 from a business, 总计 left at 4.
    const md = table3With('（一）予以公开', '| 三、本年度办理结果 | （一）予以公开 | | 3 | 1 | 0 | 0 | 0 | 0 | 5 |');
    expect(lint(md, { only })).toEqual([
      {
        ruleId: 'table-totals',
        severity: 2,
        message: '收到和处理政府信息公开申请情况表「（一）予以公开」行「总计」列应为4，实为5：总计等于自然人与法人或其他组织各列之和（4 ≠ 5）',
        line: lineOf(md, '（一）予以公开'),
        column: 51,
      },
      {
        ruleId: 'table-totals',
        severity: 2,
        message: '收到和处理政府信息公开申请情况表「（七）总计」行「自然人」列应为10，实为11：（七）总计等于（一）至（六）各项之和（10 ≠ 11）',
        line: lineOf(md, '（七）总计'),
        column: 15,
      },
      {
        ruleId: 'table-totals',
        severity: 2,
        message: '收到和处理政府信息公开申请情况表「（七）总计」行「法人或其他组织·商业企业」列应为1，实为0：（七）总计等于（一）至（六）各项之和（1 ≠ 0）',
        line: lineOf(md, '（七）总计'),
        column: 20,
      },
      {
        ruleId: 'table-totals',
        severity: 2,
        message: '收到和处理政府信息公开申请情况表「（七）总计」行「总计」列应为12，实为11：（七）总计等于（一）至（六）各项之和（12 ≠ 11）',
        line: lineOf(md, '（七）总计'),
        column: 40,
      },
    ]);
  });

  it('reports table 四 group totals', () => {
    const md = report({ bodies: [undefined, undefined, undefined, `${TABLE_4_HEAD}\n| 1 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |`] });
    const { messages } = lintMarkdown(md, { only });
    expect(messages.map((m) => m.message)).toEqual([
      '政府信息公开行政复议、行政诉讼情况表「行政复议·总计」应为2，实为1：行政复议总计等于结果维持、结果纠正、其他结果、尚未审结之和（2 ≠ 1）',
    ]);
    expect(messages[0]!.column).toBe(19);
  });

  it('counts blank cells as 0 and does not evaluate identities over missing or unreadable cells', () => {
    const blank = table3With('一、本年新收', '| 一、本年新收政府信息公开申请数量 | | | 11 | | | | | | 11 |');
    expect(lint(blank, { only })).toEqual([]);
    const short = table3With('一、本年新收', '| 一、本年新收政府信息公开申请数量 | | | 11 | 0 | 0 |');
    expect(lint(short, { only }).map((m) => m.message)).toEqual([]);
    const unreadable = table3With('一、本年新收', '| 一、本年新收政府信息公开申请数量 | | | 约11 | 0 | 0 | 0 | 0 | 0 | 11 |');
    expect(lint(unreadable, { only })).toEqual([]);
  });
});
