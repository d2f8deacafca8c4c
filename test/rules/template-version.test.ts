import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, lintFileText } from '../helpers.js';
import { TABLE_3_ROWS, lineOf, report } from '../report-fragments.js';

const only = ['template-version'];
const seed001 = readFileSync(new URL('../fixtures/seeds/001_c20b6ef2d407903b.txt', import.meta.url), 'utf8');

describe('template-version', () => {
  it('passes a 2024 report on the 2021 format, and the 2020 seed 001 on the 2019 format', () => {
    expect(lint(report(), { only })).toEqual([]);
    expect(lintFileText(seed001, '001.txt', { only })).toEqual([]);
  });

  it('reports each 2019 label once in a 2021+ report (seed 001 re-dated 2023), naming its replacement and count', () => {
    const md = seed001.replace('重庆市医疗保障局 2020年政府信息公开工作年度报告', '重庆市医疗保障局 2023年政府信息公开工作年度报告');
    const found = lintFileText(md, '001.txt', { only });
    expect(found.map((m) => [m.line, m.message])).toEqual([
      [29, '2023年度报告使用了2019年版格式的「本年新制作数量」；2021年版格式（国办公开办函〔2021〕30号）中为：本年制发件数'],
      [31, '2023年度报告使用了2019年版格式的「本年新公开数量」；2021年版格式（国办公开办函〔2021〕30号）中为：本年制发件数、本年废止件数、现行有效件数（2021年版不再统计新公开数量）'],
      [33, '2023年度报告使用了2019年版格式的「对外公开总数量」；2021年版格式（国办公开办函〔2021〕30号）中为：现行有效件数'],
      [43, '2023年度报告使用了2019年版格式的「规范性文件」；2021年版格式（国办公开办函〔2021〕30号）中为：行政规范性文件'],
      [55, '2023年度报告使用了2019年版格式的「上一年项目数量」（共3处）；2021年版格式（国办公开办函〔2021〕30号）中为：本年处理决定数量（2021年版不再统计上一年项目数量）'],
      [57, '2023年度报告使用了2019年版格式的「本年增/减」（共3处）；2021年版格式（国办公开办函〔2021〕30号）中为：本年处理决定数量（2021年版不再统计增减数）'],
      [69, '2023年度报告使用了2019年版格式的「其他对外管理服务事项」；2021年版格式（国办公开办函〔2021〕30号）中为：无（2021年版已取消该行）'],
      [117, '2023年度报告使用了2019年版格式的「第二十条第(九)项」；2021年版格式（国办公开办函〔2021〕30号）中为：无（2021年版已取消政府集中采购一项）'],
      [125, '2023年度报告使用了2019年版格式的「政府集中采购」；2021年版格式（国办公开办函〔2021〕30号）中为：无（2021年版已取消政府集中采购一项）'],
      [483, '2023年度报告使用了2019年版格式的「(六)其他处理」；2021年版格式（国办公开办函〔2021〕30号）中为：（六）其他处理下的三个分项：1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请；2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请；3.其他'],
    ]);
    expect(found.every((m) => m.severity === 2 && m.column === 1)).toBe(true);
  });

  it('reports an undivided （六）其他处理 row, but not （六）其他处理 heading its sub-rows', () => {
    const undivided = TABLE_3_ROWS.filter((r) => !/\| [123]\.(?:申请人|其他)/.test(r) && !r.includes('（六）其他处理')).flatMap((r) =>
      r.includes('（七）总计') ? ['| | （六）其他处理 | | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', r] : [r],
    );
    const md = report({ bodies: [undefined, undefined, undivided.join('\n')] });
    expect(lint(md, { only })).toEqual([
      {
        ruleId: 'template-version',
        severity: 2,
        message: expect.stringContaining('2024年度报告使用了2019年版格式的「（六）其他处理」'),
        line: lineOf(md, '| | （六）其他处理 |'),
        column: 5,
      },
    ]);
  });

  it('says once that a report before the 2019 format is not checked against a format, and no format rule runs on it (pt-2018.txt)', () => {
    const pt2018 = readFileSync(new URL('../fixtures/real/pt-2018.txt', import.meta.url), 'utf8');
    expect(lintFileText(pt2018, 'pt-2018.txt')).toEqual([
      {
        ruleId: 'template-version',
        severity: 1,
        message: '2018年度报告早于国家规定的年度报告格式（2019年度起施行），未按格式检查其章节、统计表和有关说明',
        line: 1,
        column: 12,
      },
    ]);
  });
});
