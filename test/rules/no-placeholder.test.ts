import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, lintFileText } from '../helpers.js';
import { TABLE_2, lineOf, report } from '../report-fragments.js';

const only = ['no-placeholder'];

describe('no-placeholder', () => {
  it('finds nothing in the seeds (web addresses, IPv6, 5·15 are not placeholders)', () => {
    for (const f of ['000_62938e86c4e2d319.txt', '001_c20b6ef2d407903b.txt', '002_b71533b4867e4f0f.txt', '003_fefb3a1f5c1b25b2.txt', '004_b92fd2617ccba4db.txt']) {
      const text = readFileSync(new URL(`../fixtures/seeds/${f}`, import.meta.url), 'utf8');
      expect(lintFileText(text, f, { only }), f).toEqual([]);
    }
  });

  it.each([
    ['XX年', '2024年，XX局认真贯彻落实《条例》。', 'XX', 7],
    ['20XX年', '20XX年，本局认真贯彻落实《条例》。', 'XX', 3],
    ['××', '本局××处负责政府信息公开工作。', '××', 3],
    ['＿＿', '全年主动公开信息＿＿条。', '＿＿', 9],
    ['【…】 with an instruction', '【请填写本年度工作亮点】', '【请填写本年度工作亮点】', 1],
    ['（此处填写…）', '（此处填写总体情况）', '（此处填写总体情况）', 1],
    ['待补充', '政务新媒体情况待补充。', '待补充', 8],
    ['X件', '全年办理依申请公开X件。', 'X', 10],
  ])('reports %s at its place', (_name, body, text, column) => {
    const md = report({ bodies: [body] });
    expect(lint(md, { only })).toEqual([
      { ruleId: 'no-placeholder', severity: 2, message: `疑似未替换的模板或草稿文字「${text}」`, line: lineOf(md, body), column },
    ]);
  });

  it('looks inside table cells too', () => {
    const md = report({ bodies: [undefined, TABLE_2.replace('| 行政处罚 | 23 |', '| 行政处罚 | XX |')] });
    expect(lint(md, { only })).toEqual([
      { ruleId: 'no-placeholder', severity: 2, message: '疑似未替换的模板或草稿文字「XX」', line: lineOf(md, '| 行政处罚 |'), column: 10 },
    ]);
  });

  it.each([
    ['有待完善 (pt-2019.txt, section 五)', '虽然制定了政府信息公开工作相关制度，但仍然有待完善。'],
    ['有待补充', '部分栏目内容有待补充，下一步将加强更新。'],
    ['待核实后另行公布', '个别数据待核实后另行公布。'],
    ['a quoted column title', '在公开栏目中增设「XX批次，合格率XX%」「x批次，合格率x%」等栏目。'],
  ])('leaves ordinary wording alone: %s', (_name, body) => {
    expect(lint(report({ bodies: [undefined, undefined, undefined, undefined, body] }), { only })).toEqual([]);
  });

  it('still reports a draft note standing as a clause of its own', () => {
    const md = report({ bodies: [undefined, undefined, undefined, undefined, '存在的问题（待补充）；改进措施待填写。'] });
    expect(lint(md, { only }).map((m) => [m.message, m.column])).toEqual([
      ['疑似未替换的模板或草稿文字「待补充」', 7],
      ['疑似未替换的模板或草稿文字「待填写」', 16],
    ]);
  });

  it('leaves ordinary brackets and lower-case x alone', () => {
    expect(lint(report({ bodies: ['开设【政策解读】专栏，网址 http://xx.gov.cn 。'] }), { only })).toEqual([]);
  });
});
