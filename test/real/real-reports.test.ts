import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli/run.js';
import type { LintResult } from '../../src/types.js';

/**
 * The real published reports of shared/real, linted together as a reviewing office would
 * (so that each finds last year's report beside it). What each must give was established by
 * reading it (shared/real/README.md): its real defects are found, and nothing a careful reader
 * would not confirm is reported. A table whose cell boundaries were lost is said to be
 * unreadable where its digits allow more than one reading, never guessed.
 */
const dir = fileURLToPath(new URL('../fixtures/real/', import.meta.url));
const FILES = ['huaian-szf-2024.pdf', ...[2019, 2020, 2021, 2022, 2023, 2024, 2025].map((y) => `pt-${y}.txt`), 'pt-2023.html', 'pt-2024.html'];

/** What a finding needs to be true of the text, said once. */
const FOLLOW_UP = ['previous-year-follow-up', 1, '第五部分只写了本年度的问题，未说明上年度问题的整改情况'];
const TABLE_2_UNREADABLE = (cells: string) => ['table-completeness', 1, `统计表「主动公开政府信息情况表」表格数字粘连，无法唯一确定各单元格：${cells}`];
const NORMATIVE = '「行政规范性文件」本年制发件数、「行政规范性文件」本年废止件数、「行政规范性文件」现行有效件数';

let results: Map<string, LintResult>;

beforeAll(async () => {
  const { stdout } = await cli(['-f', 'json', ...FILES.map((f) => dir + f)]);
  results = new Map((JSON.parse(stdout) as LintResult[]).map((r) => [r.filePath.slice(dir.length), r]));
}, 120_000);

const found = (file: string) => results.get(file)!.messages.map((m) => [m.ruleId, m.severity, m.message.replace(/（第\d+页）$/u, '')]);

describe('real published reports (shared/real)', () => {
  it('huaian-szf-2024.pdf: clean; section 五 says nothing of last year (page 5)', () => {
    expect(found('huaian-szf-2024.pdf')).toEqual([FOLLOW_UP]);
    expect(results.get('huaian-szf-2024.pdf')!.messages[0]!.message).toMatch(/（第5页）$/u);
  });

  it("pt-2019.txt (2019 format, one run-on line): six sections and the period found; 有待完善 is prose; table 二's runs cannot be cut one way", () => {
    expect(found('pt-2019.txt').map(([rule]) => rule)).toEqual(['table-completeness', 'previous-year-follow-up']);
    expect(found('pt-2019.txt')[0]![2]).toMatch(/^统计表「主动公开政府信息情况表」表格数字粘连/u);
  });

  it('pt-2020.txt: the real defect — table 三 does not balance (results 27, 自然人 26; (七)总计 21, 自然人 20)', () => {
    expect(found('pt-2020.txt')).toEqual([
      expect.arrayContaining(['table-completeness', 1]),
      [
        'table-totals',
        2,
        '收到和处理政府信息公开申请情况表的数字粘连在一起，无论怎样拆分都不能使勾稽关系成立（按各行数字唯一的拆法：「自然人」列（七）总计等于（一）至（六）各项之和（26 ≠ 20）；「总计」列（七）总计等于（一）至（六）各项之和（27 ≠ 21））',
      ],
      FOLLOW_UP,
    ]);
    const totals = results.get('pt-2020.txt')!.messages.find((m) => m.ruleId === 'table-totals')!;
    expect([totals.line, totals.column]).toEqual([10, 4964]);
  });

  it('pt-2021.txt: page chrome on the body line dropped, the report kept; on time for a government (31 March)', () => {
    expect(found('pt-2021.txt')).toEqual([TABLE_2_UNREADABLE(NORMATIVE), FOLLOW_UP]);
  });

  it('pt-2022.txt: section 四 present with its typo 「行政法复议」, a warning on the wording; period 「统计时限」 read', () => {
    expect(found('pt-2022.txt')).toEqual([
      TABLE_2_UNREADABLE(NORMATIVE),
      ['required-sections', 1, '第四部分标题「四、政府信息公开行政法复议、行政诉讼情况」不规范，标准标题为「四、政府信息公开行政复议、行政诉讼情况」'],
      FOLLOW_UP,
    ]);
  });

  // The 现行有效件数 breaks hold for every cut of the run-together digits: certain without choosing one.
  const BREAK = (year: number, known: string) => [
    'cross-year-consistency',
    2,
    `主动公开政府信息情况表「行政规范性文件」行「现行有效件数」列${known.startsWith('本年三数') ? '（由粘连数字拆分得出）' : ''}：无论粘连的数字怎样拆分，都不满足「现行有效件数 = ${year}年度现行有效件数 + 本年制发 − 本年废止」（${known}）`,
  ];
  const AFTER_2022 = '2022年度的数字粘连，其现行有效件数可能为55698、5698、698、98、8';

  it('pt-2023.html: every identity of its tables holds; the real break from 2022 (698 + 77 − 132 = 643 ≠ 470), whatever 2022\'s run-together 8855698 means', () => {
    expect(found('pt-2023.html')).toEqual([BREAK(2022, `本年制发77、废止132、现行有效470；${AFTER_2022}`), FOLLOW_UP]);
  });

  it('pt-2023.txt, pt-2024.txt, pt-2025.txt: table 二 unreadable, and each real 现行有效件数 break found without reading it', () => {
    expect(found('pt-2023.txt')).toEqual([BREAK(2022, `本年三数粘连为「77132470」；${AFTER_2022}`), TABLE_2_UNREADABLE(NORMATIVE), FOLLOW_UP]);
    expect(found('pt-2024.txt')).toEqual([BREAK(2023, '本年三数粘连为「6233440」；2023年度现行有效470'), TABLE_2_UNREADABLE(NORMATIVE), FOLLOW_UP]);
    expect(found('pt-2025.txt')).toEqual([BREAK(2024, '本年三数粘连为「5845546」；2024年度现行有效440'), TABLE_2_UNREADABLE(NORMATIVE), FOLLOW_UP]);
  });

  it('pt-2024.html: the real cross-year defect, found beside pt-2023.html — 现行有效件数 440 where 470 + 62 − 33 = 499', () => {
    expect(found('pt-2024.html')).toEqual([
      ['cross-year-consistency', 2, '主动公开政府信息情况表「行政规范性文件」行「现行有效件数」列应为499（2023年度的470 + 本年制发62 − 本年废止33），实为440'],
      FOLLOW_UP,
    ]);
  });

  it('gives no error on any of them but the real defects', () => {
    const errors = [...results].flatMap(([file, r]) => r.messages.filter((m) => m.severity === 2).map((m) => `${file} ${m.ruleId}`));
    expect(errors.sort()).toEqual([
      'pt-2020.txt table-totals',
      'pt-2023.html cross-year-consistency',
      'pt-2023.txt cross-year-consistency',
      'pt-2024.html cross-year-consistency',
      'pt-2024.txt cross-year-consistency',
      'pt-2025.txt cross-year-consistency',
    ]);
  });
});

describe('notes about real reports (shared/real/README.md, copied as shared-real-README.md)', () => {
  // It names 政府信息公开工作年度报告 in English prose and quotes run-together cells
  // (`规章000行政规范性文件77132470`): read as a title and a flattened table, it got ten errors.
  it('is not a report: one fatal message, nothing made up from what it quotes', async () => {
    const { stdout } = await cli(['-f', 'json', `${dir}shared-real-README.md`]);
    const [result] = JSON.parse(stdout) as LintResult[];
    expect(result!.messages.map((m) => [m.ruleId, m.severity, m.message, m.line, m.column])).toEqual([
      [null, 2, '文件不是政府信息公开工作年度报告：未找到报告标题、「一、总体情况」等章节或统计表', 1, 1],
    ]);
  });
});
