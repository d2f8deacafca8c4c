import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, workspace } from '../cli/run.js';
import { report } from '../report-fragments.js';
import { ReportLoader } from '../../src/pipeline/load-report.js';
import { PreviousYearFinder } from '../../src/pipeline/previous-year.js';

const real = (name: string) => readFileSync(new URL(`../fixtures/real/${name}`, import.meta.url), 'utf8');
const only = ['--rule', 'previous-year-follow-up: off', '--rule', 'table-completeness: off', '-f', 'json'];

/** The findings of one file of a JSON run, as rule, line:column and message. */
function findings(stdout: string, file: string) {
  const result = (JSON.parse(stdout) as { filePath: string; messages: { ruleId: string | null; line: number; column: number; message: string }[] }[]).find((r) =>
    r.filePath.endsWith(file),
  )!;
  return result.messages.map((m) => [m.ruleId, `${m.line}:${m.column}`, m.message]);
}

const BREAK = '主动公开政府信息情况表「行政规范性文件」行「现行有效件数」列应为499（2023年度的470 + 本年制发62 − 本年废止33），实为440';

describe("last year's report (issue 11, cause 4)", () => {
  it('pairs two saved pages of one agency by what they say, whatever their file names (pt-2023.html, pt-2024.html)', async () => {
    const dir = workspace({ 'a.html': real('pt-2024.html'), 'b.html': real('pt-2023.html') });
    const { code, stdout } = await cli([...only, dir]);
    expect(code).toBe(1);
    const page = real('pt-2024.html');
    const at = page.slice(0, page.indexOf('>440<') + 1).split('\n');
    expect(findings(stdout, 'a.html')).toEqual([['cross-year-consistency', `${at.length}:${at.at(-1)!.length + 1}`, BREAK]]);
    expect(findings(stdout, 'b.html')).toEqual([]);
  });

  it('pairs across formats: a Markdown report of the year before beside a saved page', async () => {
    const lastYear = report({ title: '# 平潭综合实验区2023年度政府信息公开工作年度报告' })
      .replaceAll('2024年', '2023年')
      .replace('| 行政规范性文件 | 3 | 25 | 37 |', '| 行政规范性文件 | 77 | 132 | 470 |');
    const dir = workspace({ 'page.html': real('pt-2024.html'), 'notes.md': lastYear });
    const { stdout } = await cli([...only, join(dir, 'page.html')]);
    expect(findings(stdout, 'page.html').map(([rule, , message]) => [rule, message])).toEqual([['cross-year-consistency', BREAK]]);
  });

  it('finds a scraped text of the year before whose title is a crawler\'s "标题: " line (pt-2023.txt beside pt-2024.txt)', async () => {
    const dir = workspace({ 'pt-2023.txt': real('pt-2023.txt'), 'pt-2024.txt': real('pt-2024.txt') });
    // Only 2024 is linted: 2023 is ruled in or out by its first lines before it is parsed.
    const { stdout } = await cli([...only, '--locale', 'en', join(dir, 'pt-2024.txt')]);
    expect(findings(stdout, 'pt-2024.txt').map(([rule]) => rule)).toEqual(['cross-year-consistency']);
  });

  it('uses --previous only when it is that agency\'s report of the year before, and says why not', async () => {
    const dir = workspace({ '2024.html': real('pt-2024.html'), '2023.html': real('pt-2023.html') });
    const itself = await cli([...only, '--previous', join(dir, '2024.html'), join(dir, '2024.html')]);
    expect(findings(itself.stdout, '2024.html')).toEqual([[null, '1:1', '未与 --previous 指定的 2024.html 比较：那就是本报告']]);
    const later = await cli([...only, '--previous', join(dir, '2024.html'), join(dir, '2023.html')]);
    expect(findings(later.stdout, '2023.html')).toEqual([
      [null, '1:1', '未与 --previous 指定的 2024.html 比较：它是「平潭综合实验区」2024年度的报告，而本报告是「平潭综合实验区」2023年度的，上一年度的报告应是2022年度的'],
    ]);
    const right = await cli([...only, '--previous', join(dir, '2023.html'), join(dir, '2024.html')]);
    expect(findings(right.stdout, '2024.html').map(([rule]) => rule)).toEqual(['cross-year-consistency']);
  });

  it('stops with exit code 2 when --previous cannot be read as a report', async () => {
    const dir = workspace({ 'notes.txt': '会议记录\n', '2024.html': real('pt-2024.html') });
    const { code, stdout, stderr } = await cli(['--previous', join(dir, 'notes.txt'), join(dir, '2024.html')]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('--previous');
    expect(stderr).toContain('文件不是政府信息公开工作年度报告');
  });
});

describe("what last year's lookup depends on (for --cache)", () => {
  const titled = (agency: string, year: number) => report({ title: `# ${agency}${year}年度政府信息公开工作年度报告` });

  it("is the reports beside the file that may be its agency's, as the search tells them: those whose title names it, and Word and PDF files", async () => {
    const dir = workspace({
      'a-2024.md': titled('平潭综合实验区', 2024),
      'a-2023.md': titled('平潭综合实验区', 2023),
      'b-2024.md': titled('福州市鼓楼区', 2024),
      'untitled.md': report({ title: '' }),
      'scan.docx': 'not read',
      'notes.csv': 'not a report format',
    });
    const finder = new PreviousYearFinder(new ReportLoader());
    expect(await finder.dependencies(join(dir, 'a-2024.md'), '平潭综合实验区', 2024)).toEqual(['a-2023.md', 'scan.docx'].map((f) => join(dir, f)));
    expect(await finder.dependencies(join(dir, 'b-2024.md'), '福州市鼓楼区', 2024)).toEqual(['scan.docx'].map((f) => join(dir, f)));
    expect(await finder.dependencies(join(dir, 'untitled.md'), undefined, 2024)).toEqual([]);
  });

  it('is the --previous file alone when one is named', async () => {
    const dir = workspace({ 'a-2024.md': titled('平潭综合实验区', 2024), 'a-2023.md': titled('平潭综合实验区', 2023) });
    const finder = new PreviousYearFinder(new ReportLoader(), join(dir, 'elsewhere.md'));
    expect(await finder.dependencies(join(dir, 'a-2024.md'), '平潭综合实验区', 2024)).toEqual([join(dir, 'elsewhere.md')]);
  });
});
