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

  it('reports a wrong (七)总计 once per wrong cell, with the value that balances every identity it is in', () => {
    // (七)总计 says 12 in 自然人 and 总计; the results add up to 11, and 一 + 二 = 11 + 0 agrees with them.
    const md = table3With('（七）总计', '| | （七）总计 | | 12 | 0 | 0 | 0 | 0 | 0 | 12 |');
    const { messages } = lintMarkdown(md, { only });
    const line = lineOf(md, '（七）总计');
    const both = '第一项加第二项之和，等于第三项加第四项之和（11 ≠ 12）；（七）总计等于（一）至（六）各项之和（11 ≠ 12）';
    expect(messages.map((m) => ({ message: m.message, line: m.line, column: m.column }))).toEqual([
      { message: `收到和处理政府信息公开申请情况表「（七）总计」行「自然人」列应为11，实为12：${both}`, line, column: 15 },
      { message: `收到和处理政府信息公开申请情况表「（七）总计」行「总计」列应为11，实为12：${both}`, line, column: 40 },
    ]);
    const offset = md.split('\n').slice(0, line - 1).join('\n').length + 1 + 14;
    expect(messages[0]!.suggestions).toEqual([{ desc: '改为 11', messageId: 'setTo', data: { expected: 11 }, fix: { range: [offset, offset + 2], text: '11' } }]);
  });

  it('says which cells could be wrong when the identities cannot tell, and suggests nothing', () => {
    // 上年结转 3 breaks 一 + 二 = (七)总计 + 四 in two columns; 一, 二 or 四 could each be the wrong row.
    const md = table3With('二、上年结转', '| 二、上年结转政府信息公开申请数量 | | | 3 | 0 | 0 | 0 | 0 | 0 | 3 |');
    const { messages } = lintMarkdown(md, { only });
    const cells = (column: string) =>
      ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '四、结转下年度继续办理'].map((r) => `「${r}」行「${column}」列`).join('、');
    expect(messages.map((m) => [m.message, m.line])).toEqual([
      [
        `收到和处理政府信息公开申请情况表「自然人」列勾稽关系不成立：第一项加第二项之和，等于第三项加第四项之和（14 ≠ 11）；可能出错的单元格：${cells('自然人')}`,
        lineOf(md, '四、结转下年度'),
      ],
      [
        `收到和处理政府信息公开申请情况表「总计」列勾稽关系不成立：第一项加第二项之和，等于第三项加第四项之和（14 ≠ 11）；可能出错的单元格：${cells('总计')}`,
        lineOf(md, '四、结转下年度'),
      ],
    ]);
    expect(messages.every((m) => m.suggestions === undefined)).toBe(true);
  });

  it('names each of several wrong cells when only one set of cells explains every failure', () => {
    // 4 granted requests re-entered as 3 from a person and 1 from a business, 总计 as 5: the
    // three cells are the one smallest change that balances the row and the three columns.
    const md = table3With('（一）予以公开', '| 三、本年度办理结果 | （一）予以公开 | | 3 | 1 | 0 | 0 | 0 | 0 | 5 |');
    const line = lineOf(md, '（一）予以公开');
    const row = '总计等于自然人与法人或其他组织各列之和（4 ≠ 5）';
    const error = { ruleId: 'table-totals', severity: 2, line };
    expect(lint(md, { only })).toEqual([
      { ...error, column: 27, message: `收到和处理政府信息公开申请情况表「（一）予以公开」行「自然人」列应为4，实为3：（七）总计等于（一）至（六）各项之和（10 ≠ 11）；${row}` },
      { ...error, column: 31, message: `收到和处理政府信息公开申请情况表「（一）予以公开」行「法人或其他组织·商业企业」列应为0，实为1：（七）总计等于（一）至（六）各项之和（1 ≠ 0）；${row}` },
      { ...error, column: 51, message: `收到和处理政府信息公开申请情况表「（一）予以公开」行「总计」列应为4，实为5：（七）总计等于（一）至（六）各项之和（12 ≠ 11）；${row}` },
    ]);
  });

  it('reports a table 四 group total once, naming the cells that could be wrong (each cell is in one identity only)', () => {
    const md = report({ bodies: [undefined, undefined, undefined, `${TABLE_4_HEAD}\n| 1 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |`] });
    const { messages } = lintMarkdown(md, { only });
    expect(messages.map((m) => m.message)).toEqual([
      '政府信息公开行政复议、行政诉讼情况表勾稽关系不成立：行政复议总计等于结果维持、结果纠正、其他结果、尚未审结之和（2 ≠ 1）；可能出错的单元格：「行政复议·结果维持」、「行政复议·尚未审结」、「行政复议·总计」',
    ]);
    expect(messages[0]!.column).toBe(19);
  });

  it('says a side is blank, not 0, when every cell of it is blank (sh-szfbgt-2019.html leaves the 总计 of rows with numbers blank)', () => {
    const md = report({ bodies: [undefined, undefined, undefined, `${TABLE_4_HEAD}\n| 5 | | | 2 | | 8 | | | 1 | 9 | | | | | |`] });
    expect(lint(md, { only }).map((m) => m.message)).toEqual([
      '政府信息公开行政复议、行政诉讼情况表「行政复议·总计」应为7，实为空白：行政复议总计等于结果维持、结果纠正、其他结果、尚未审结之和（7 ≠ 空白）',
    ]);
  });

  it('names each blank 总计 with its parts\' sum when filling them balances every identity, however many they are (sh-szfbgt-2019.html)', () => {
    // Four blank totals: more than the search tries, each the target of its row's identity.
    const rows = TABLE_3_ROWS.map((r) => (/本年新收|予以公开|部分公开|不掌握/.test(r) ? r.replace(/\| \d+ \|$/u, '|  |') : r));
    const md = report({ bodies: [undefined, undefined, rows.join('\n')] });
    expect(lint(md, { only }).map((m) => [m.message.replace(/：.*$/u, ''), m.line])).toEqual([
      ['收到和处理政府信息公开申请情况表「一、本年新收政府信息公开申请数量」行「总计」列应为11，实为空白', lineOf(md, '一、本年新收')],
      ['收到和处理政府信息公开申请情况表「（一）予以公开」行「总计」列应为4，实为空白', lineOf(md, '（一）予以公开')],
      ['收到和处理政府信息公开申请情况表「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」行「总计」列应为5，实为空白', lineOf(md, '（二）部分公开')],
      ['收到和处理政府信息公开申请情况表「（四）无法提供 1.本机关不掌握相关政府信息」行「总计」列应为2，实为空白', lineOf(md, '1.本机关不掌握')],
    ]);
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
