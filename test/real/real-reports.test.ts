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

/** The results of linting these fixtures in one run, by file name. */
async function lintTogether(files: string[]): Promise<Map<string, LintResult>> {
  const { stdout } = await cli(['-f', 'json', ...files.map((f) => dir + f)]);
  return new Map((JSON.parse(stdout) as LintResult[]).map((r) => [r.filePath.slice(dir.length), r]));
}

/** A file's findings as rule, severity and message (a PDF's page number left out). */
const findingsOf = (results: Map<string, LintResult>, file: string) =>
  results.get(file)!.messages.map((m) => [m.ruleId, m.severity, m.message.replace(/（第\d+页）$/u, '')]);

let results: Map<string, LintResult>;

beforeAll(async () => {
  results = await lintTogether(FILES);
}, 120_000);

const found = (file: string) => findingsOf(results, file);

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

/**
 * Three more real reports, from public repositories (test/fixtures/real/public-repos-README.md),
 * linted together as a reviewing office would: what each must give was established by reading it.
 */
describe('real published reports from public repositories', () => {
  const MORE = ['sh-szfbgt-2019.html', 'hz-szf-2023.pdf', 'hz-szf-2024.pdf', 'pt-2018.txt'];
  let more: Map<string, LintResult>;
  beforeAll(async () => {
    more = await lintTogether(MORE);
  }, 120_000);
  const of = (file: string) => findingsOf(more, file);
  const UNDIVIDED = [
    'table-completeness',
    2,
    '统计表「收到和处理政府信息公开申请情况表」的「（六）其他处理」只填了一行，格式规定其下分项填写：1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请；2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请；3.其他',
  ];
  const OLD_SIX = (year: number) => [
    'template-version',
    2,
    `${year}年度报告使用了2019年版格式的「（六）其他处理」；2021年版格式（国办公开办函〔2021〕30号）中为：（六）其他处理下的三个分项：1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请；2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请；3.其他`,
  ];

  it('sh-szfbgt-2019.html: table 二 read under its headers, whose spans differ from its data\'s, and 251000元 an amount; the blank cells found, and each blank 总计 of a row with numbers named with its value', () => {
    const messages = of('sh-szfbgt-2019.html');
    expect(messages.filter(([, , text]) => String(text).includes('主动公开政府信息情况表'))).toEqual([]);
    const count = (rule: string, severity: number) => messages.filter(([r, s]) => r === rule && s === severity).length;
    expect([count('table-completeness', 1), count('table-totals', 2), count('previous-year-follow-up', 1)]).toEqual([135, 11, 1]);
    expect(messages.length).toBe(147);
    // Each blank 总计 of a row with numbers, with the sum that balances every identity.
    expect(messages.find(([r]) => r === 'table-totals')).toEqual([
      'table-totals',
      2,
      '收到和处理政府信息公开申请情况表「（一）予以公开」行「总计」列应为272，实为空白：（七）总计等于（一）至（六）各项之和（空白 ≠ 805）；总计等于自然人与法人或其他组织各列之和（272 ≠ 空白）',
    ]);
  });

  it('hz-szf-2023.pdf: the row a page break cuts read; （六）其他处理 undivided, said once by each rule; table 四\'s real breaks', () => {
    expect(of('hz-szf-2023.pdf')).toEqual([
      UNDIVIDED,
      OLD_SIX(2023),
      ['table-totals', 2, '政府信息公开行政复议、行政诉讼情况表勾稽关系不成立：行政复议总计等于结果维持、结果纠正、其他结果、尚未审结之和（11 ≠ 0）；可能出错的单元格：「行政复议·总计」'],
      [
        'table-totals',
        2,
        '政府信息公开行政复议、行政诉讼情况表勾稽关系不成立：复议后起诉总计等于结果维持、结果纠正、其他结果、尚未审结之和（5 ≠ 0）；可能出错的单元格：「行政诉讼·复议后起诉·结果维持」、「行政诉讼·复议后起诉·总计」',
      ],
      FOLLOW_UP,
    ]);
  });

  it('hz-szf-2024.pdf: an office acting for the government is not compared with the table; its 2023 report agrees with it', () => {
    expect(of('hz-szf-2024.pdf')).toEqual([UNDIVIDED, OLD_SIX(2024), FOLLOW_UP]);
  });

  it('pt-2018.txt (the 2007 条例\'s report, its own six parts and one statistics table): not checked against the 2019 format, said once; published on time', () => {
    expect(of('pt-2018.txt')).toEqual([['template-version', 1, '2018年度报告早于国家规定的年度报告格式（2019年度起施行），未按格式检查其章节、统计表和有关说明']]);
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
