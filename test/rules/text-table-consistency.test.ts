import { describe, expect, it } from 'vitest';
import { lint } from '../helpers.js';
import { TABLE_4_HEAD, lineOf, report } from '../report-fragments.js';

const only = ['text-table-consistency'];
const withSectionOne = (text: string, table4?: string) => report({ bodies: [text, undefined, undefined, table4] });
const TABLE_4_WITH = (cells: string) => `${TABLE_4_HEAD}\n| ${cells} |`;

describe('text-table-consistency', () => {
  it.each([
    ['seed 000: 收到信息公开申请11件 (the table says 11)', '本年度，收到信息公开申请11件，均按照规范流程办结。'],
    ['其中予以公开4件 (the table says 4)', '其中予以公开4件，部分公开5件。'],
    ['seed 001: 无行政复议 (the table says 0)', '办理依申请公开2件，无行政复议。'],
    ['seed 002: 未发生…行政复议和行政诉讼', '全年未发生涉及信息公开方面的行政复议和行政诉讼。'],
    ['seed 004: 未发生被行政复议行政诉讼的情况', '本年度我局未发生被行政复议行政诉讼的情况。'],
    ['办理/处理 … 件 is not compared (it may include carried-over requests)', '我局处理依申请公开数2件。'],
    ['"无一起行政复议被纠正" is not a zero statement', '无一起行政复议被纠正。'],
    ['a request that is not for disclosure: 受理行政许可申请300件', '全年受理行政许可申请300件，未收到行政许可投诉。'],
    ['seed 003: 受理并办理依申请公开11件 (the table says 11)', '受理并办理依申请公开11件。'],
    ['行政处罚23件 (the table says 23)', '全年公开行政处罚决定23件。'],
    ['an office acting for the government (hz-szf-2024.pdf: 17 against a table of 95)', '2024 年，区政府办代表区政府受理政府信息公开申请 17 件，均已在法定期限内予以答复。'],
  ])('accepts %s', (_name, text) => {
    expect(lint(withSectionOne(text), { only })).toEqual([]);
  });

  it('reports a figure that contradicts its cell, at the sentence, naming the cell and both values', () => {
    const md = withSectionOne('本年度，收到信息公开申请9件，均按照规范流程办结。');
    expect(lint(md, { only })).toEqual([
      {
        ruleId: 'text-table-consistency',
        severity: 2,
        message: '正文「收到信息公开申请9件」与收到和处理政府信息公开申请情况表「一、本年新收政府信息公开申请数量」行「总计」列的11不一致',
        line: lineOf(md, '收到信息公开申请9件'),
        column: 5,
      },
    ]);
  });

  it('reports a zero statement that the table contradicts', () => {
    const md = withSectionOne('本年度未收到政府信息公开申请。');
    expect(lint(md, { only }).map((m) => m.message)).toEqual([
      '正文「未收到政府信息公开申请」与收到和处理政府信息公开申请情况表「一、本年新收政府信息公开申请数量」行「总计」列的11不一致',
    ]);
  });

  it('compares 行政复议 with the review total and 行政诉讼 with both lawsuit totals', () => {
    const md = withSectionOne('全年发生行政复议1件、行政诉讼1件。', TABLE_4_WITH('1 | 0 | 0 | 0 | 1 | 0 | 0 | 1 | 0 | 1 | 1 | 0 | 0 | 0 | 1'));
    expect(lint(md, { only }).map((m) => m.message)).toEqual([
      '正文「行政诉讼1件」与政府信息公开行政复议、行政诉讼情况表「行政诉讼·未经复议直接起诉·总计」与「行政诉讼·复议后起诉·总计」的2不一致',
    ]);
  });

  it('says nothing where the cell is blank or missing', () => {
    const md = withSectionOne('全年未发生行政诉讼。', `${TABLE_4_HEAD}\n| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |`);
    expect(lint(md, { only })).toEqual([]);
  });
});
