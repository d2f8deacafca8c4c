import { describe, expect, it } from 'vitest';
import { lint } from '../helpers.js';
import { TABLE_2, TABLE_3_ROWS, TABLE_4, lineOf, report } from '../report-fragments.js';

const only = ['table-completeness'];

describe('table-completeness', () => {
  it('accepts the three complete tables', () => {
    expect(lint(report(), { only })).toEqual([]);
  });

  it('reports a missing table at its section heading', () => {
    const md = report({ bodies: [undefined, undefined, '本年度共收到申请11件。'] });
    expect(lint(md, { only })).toEqual([
      { ruleId: 'table-completeness', severity: 2, message: '第三部分缺少统计表「收到和处理政府信息公开申请情况表」', line: lineOf(md, '## 三'), column: 4 },
    ]);
  });

  it('reports a missing row where it belongs: at the end of the row before it', () => {
    const md = report({ bodies: [undefined, undefined, TABLE_3_ROWS.filter((r) => !r.includes('2.重复申请')).join('\n')] });
    const before = lineOf(md, '1.信访举报投诉类申请');
    expect(lint(md, { only })).toEqual([
      {
        ruleId: 'table-completeness',
        severity: 2,
        message: '统计表「收到和处理政府信息公开申请情况表」缺少「（五）不予处理 2.重复申请」行',
        line: before,
        column: md.split('\n')[before - 1]!.length + 1,
      },
    ]);
  });

  it('reports a missing part of table 二', () => {
    const md = report({ bodies: [undefined, TABLE_2.split('\n').filter((l) => !/第二十条第（八）项|本年收费金额|行政事业性收费/.test(l)).join('\n')] });
    expect(lint(md, { only }).map((m) => m.message)).toEqual(['统计表「主动公开政府信息情况表」缺少「第二十条第（八）项」']);
  });

  it('reports a row with fewer cells than the template (seed 002, table 四)', () => {
    const md = report({ bodies: [undefined, undefined, undefined, TABLE_4.replace(/( 0 \|){6}$/, '')] });
    expect(lint(md, { only })).toEqual([
      {
        ruleId: 'table-completeness',
        severity: 2,
        message: '统计表「政府信息公开行政复议、行政诉讼情况表」的「数据」行应有15个数据，实有9个',
        line: md.split('\n').indexOf('| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |') + 1,
        column: 1,
      },
    ]);
  });

  it('warns on a blank cell, at the cell', () => {
    const md = report({ bodies: [undefined, TABLE_2.replace('| 行政许可 | 0 |', '| 行政许可 |  |')] });
    expect(lint(md, { only })).toEqual([
      { ruleId: 'table-completeness', severity: 1, message: '统计表「主动公开政府信息情况表」的「行政许可」行「本年处理决定数量」列为空；没有数据请填0', line: lineOf(md, '| 行政许可 |'), column: 10 },
    ]);
  });

  it('reports a missing column', () => {
    const md = report({ bodies: [undefined, TABLE_2.replace('| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '| 信息内容 | 本年制发件数 | 本年废止件数 | |')] });
    expect(lint(md, { only }).map((m) => m.message)).toEqual(['统计表「主动公开政府信息情况表」缺少「现行有效件数」列']);
  });

  it('tolerates label variants: half-width brackets, 1、, spaces inside, straight quotes, truncation, line breaks', () => {
    const variant = TABLE_3_ROWS.map((r) =>
      r
        .replace('（一）予以公开', '(一)予以公开')
        .replace('1.属于国家秘密', '1、属于国家秘密')
        .replace('| 商业企业 | 科研机构 |', '| 商业 企业 | 科研<br>机构 |')
        .replace('3.危及“三安全一稳定”', '3.危及"三安全一稳定"'),
    );
    const table2 = TABLE_2.replace('现行有效件数', '现行有效件');
    expect(lint(report({ bodies: [undefined, table2, variant.join('\n')] }), { only })).toEqual([]);
  });

  it('warns on a row the format does not have', () => {
    const rows = [...TABLE_3_ROWS];
    rows.splice(6, 0, '| 三、本年度办理结果 | 其他方式答复 | | 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
    const md = report({ bodies: [undefined, undefined, rows.join('\n')] });
    expect(lint(md, { only })).toEqual([
      {
        ruleId: 'table-completeness',
        severity: 1,
        message: '统计表「收到和处理政府信息公开申请情况表」中的「三、本年度办理结果 其他方式答复」不是格式规定的行',
        line: lineOf(md, '其他方式答复'),
        column: 1,
      },
    ]);
  });

  it('reports a group written as one row once, not each row it lacks (hz-szf-2023.pdf: （六）其他处理 undivided)', () => {
    const rows = TABLE_3_ROWS.filter((r) => !/\| (?:[12]\.申请人|3\.其他 )/.test(r) && !r.includes('（六）其他处理')).flatMap((r) =>
      r.includes('（七）总计') ? ['| | （六）其他处理 | | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', r] : [r],
    );
    const md = report({ bodies: [undefined, undefined, rows.join('\n')] });
    expect(lint(md, { only })).toEqual([
      {
        ruleId: 'table-completeness',
        severity: 2,
        message:
          '统计表「收到和处理政府信息公开申请情况表」的「（六）其他处理」只填了一行，格式规定其下分项填写：1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请；2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请；3.其他',
        line: lineOf(md, '| | （六）其他处理 |'),
        column: 1,
      },
    ]);
  });
});
