import { describe, expect, it } from 'vitest';
import { cli, workspace } from '../cli/run.js';

/** Real reports with known findings, and a PDF that cannot be opened. */
const REPORTS = [
  'test/fixtures/markdown/002.md',
  'test/fixtures/markdown/004.md',
  'test/fixtures/real/pt-2022.txt',
  'test/fixtures/real/pt-2023.html',
  'test/fixtures/pdf/encrypted.pdf',
];

describe('-f summary', { timeout: 120_000 }, () => {
  it('counts reports by outcome, findings by rule, the worst reports, and reports by agency and year (zh)', async () => {
    const { code, stdout } = await cli(['-f', 'summary', ...REPORTS]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        '共检查 5 份报告：通过 1 份，未通过 3 份，无法读取 1 份',
        '',
        '  规则                     错误  警告',
        '  table-completeness          1     1',
        '  cross-year-consistency      1     0',
        '  statistics-period           1     0',
        '  previous-year-follow-up     0     4',
        '  required-sections           0     1',
        '  （文件读取等）              1     0',
        '  合计                        4     6',
        '',
        '错误最多的报告',
        '  错误  警告  文件',
        '     1     1  test/fixtures/markdown/002.md',
        '     1     1  test/fixtures/markdown/004.md',
        '     1     1  test/fixtures/real/pt-2023.html',
        '',
        '按机关和年度',
        '  机关                    年度        报告  通过  未通过  无法读取  错误  警告',
        '  上海市松江区医疗保障局  2024           1     0       1         0     1     1',
        '  平潭综合实验区          2022           1     1       0         0     0     3',
        '  平潭综合实验区          2023           1     0       1         0     1     1',
        '  惠济区医疗保障局        2024           1     0       1         0     1     1',
        '  （未识别）              （未识别）     1     0       0         1     1     0',
        '',
      ].join('\n'),
    );
  });

  it('speaks English with --locale en', async () => {
    const { stdout } = await cli(['-f', 'summary', '--locale', 'en', ...REPORTS.slice(2, 4)]);
    expect(stdout).toBe(
      [
        '2 reports checked: 1 passed, 1 failed, 0 could not be read',
        '',
        '  Rule                     Errors  Warnings',
        '  cross-year-consistency        1         0',
        '  previous-year-follow-up       0         2',
        '  required-sections             0         1',
        '  table-completeness            0         1',
        '  Total                         1         4',
        '',
        'Reports with the most errors',
        '  Errors  Warnings  File',
        '       1         1  test/fixtures/real/pt-2023.html',
        '',
        'By agency and year',
        '  Agency          Year  Reports  Passed  Failed  Unreadable  Errors  Warnings',
        '  平潭综合实验区  2022        1       1       0           0       0         3',
        '  平潭综合实验区  2023        1       0       1           0       1         1',
        '',
      ].join('\n'),
    );
  });

  it('prints a hostile file name as visible escapes, and colours only when asked', async () => {
    const dir = workspace({ 'a\u001b]0;owned\u0007.md': '# 某局2024年政府信息公开工作年度报告\n\n一、总体情况\n' });
    const plain = await cli(['-f', 'summary', '.'], { cwd: dir });
    expect(plain.stdout).not.toMatch(/[\u0000-\u001f](?<!\n)/u);
    expect(plain.stdout).toContain('a\\x1b]0;owned\\x07.md');
    const coloured = await cli(['-f', 'summary', '--color', '.'], { cwd: dir });
    expect(coloured.stdout).toContain('\u001b[31m');
  });
});
