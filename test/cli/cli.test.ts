import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaValidator } from '../../src/schemas/validator.js';
import type { LintResult } from '../../src/types.js';
import { report } from '../report-fragments.js';
import { cli, workspace } from './run.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'markdown');
const clean = report();
const noPeriod = report({ intro: '本报告由大连市医疗保障局编制。' });

describe('xxgk-lint CLI', () => {
  it('prints stylish diagnostics for a directory and exits 1 on errors', async () => {
    const { code, stdout } = await cli([fixtures]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${join(fixtures, '004.md')}\n  1:3   错误  未说明统计期限`);
    expect(stdout).toContain('statistics-period');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('✖ 共 12 个问题（5 个错误，7 个警告）');
  });

  it('exits 0 on a clean report and prints nothing', async () => {
    const dir = workspace({ 'clean.md': clean });
    expect(await cli([join(dir, 'clean.md')])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('writes ESLint LintResult[] with -f json, valid against schemas/lint-results.schema.json', async () => {
    const { code, stdout } = await cli(['-f', 'json', fixtures]);
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as LintResult[];
    const validate = schemaValidator('lint-results.schema.json');
    expect(validate(results), JSON.stringify(validate.errors)).toBe(true);
    expect(results.map((r) => [r.filePath.slice(fixtures.length + 1), r.errorCount, r.warningCount])).toEqual([
      // Each seed also gets the previous-year-follow-up warning (see seeds-markdown.test.ts).
      ['000.md', 0, 1],
      ['001.md', 0, 3],
      ['002.md', 1, 1],
      ['003.md', 3, 1],
      ['004.md', 1, 1],
    ]);
    expect(results[4]!.messages[0]).toEqual({
      ruleId: 'statistics-period',
      severity: 2,
      message: '未说明统计期限（如「本报告中所列数据的统计期限为2024年1月1日至2024年12月31日」）',
      messageId: 'missing',
      line: 1,
      column: 3,
      endLine: 1,
      endColumn: 30,
    });
  });

  it('writes ESLint json-with-metadata: results plus every rule\'s meta', async () => {
    const { stdout } = await cli(['-f', 'json-with-metadata', '--locale', 'en', join(fixtures, '004.md')]);
    const out = JSON.parse(stdout) as { results: LintResult[]; metadata: { cwd: string; rulesMeta: Record<string, { type: string; docs: { description: string; url: string } }> } };
    const validate = schemaValidator('lint-results.schema.json');
    expect(validate(out.results)).toBe(true);
    expect(Object.keys(out.metadata.rulesMeta)).toHaveLength(13);
    expect(out.metadata.rulesMeta['statistics-period']).toMatchObject({
      type: 'problem',
      docs: { description: 'The report states its statistics period, and the period is the whole calendar year of the report', url: expect.stringMatching(/docs\/rules\/statistics-period\.md$/) },
    });
  });

  it('speaks English with --locale en', async () => {
    const dir = workspace({ 'r.md': noPeriod });
    const { stdout } = await cli(['--locale', 'en', join(dir, 'r.md')]);
    expect(stdout).toContain('1:3  error  The statistics period is not stated');
    expect(stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
  });

  it('gives an empty, a binary and a non-report file one fatal message each and still lints the rest', async () => {
    const dir = workspace({
      'a-empty.md': '',
      'b-binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'c-notes.md': '# 会议纪要\n\n今天讨论了食堂菜单。\n',
      'd-latin1.md': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
      'e-report.md': noPeriod,
    });
    const { code, stdout, stderr } = await cli(['-f', 'json', dir]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const results = JSON.parse(stdout) as LintResult[];
    expect(results.map((r) => [r.filePath.slice(dir.length + 1), r.fatalErrorCount, r.messages.map((m) => m.message)])).toEqual([
      ['a-empty.md', 1, ['文件为空']],
      ['b-binary.md', 1, ['文件不是文本（含二进制数据），无法检查']],
      ['c-notes.md', 1, ['文件不是政府信息公开工作年度报告：未找到报告标题、「一、总体情况」等章节或统计表']],
      ['d-latin1.md', 1, ['无法将文件解码为文本：既不是 UTF-8、UTF-16，也不是 GB18030']],
      ['e-report.md', 0, ['未说明统计期限（如「本报告中所列数据的统计期限为2024年1月1日至2024年12月31日」）']],
    ]);
  });

  it('exits 2 naming a missing file, and on bad usage', async () => {
    expect(await cli(['--locale', 'en', 'no/such/report.md'])).toEqual({ code: 2, stdout: '', stderr: 'xxgk-lint: no such file or no files matching the pattern "no/such/report.md"\n' });
    expect(await cli(['--locale', 'en'])).toMatchObject({ code: 2, stderr: expect.stringContaining('no files given') });
    expect(await cli(['--frobnicate', fixtures])).toMatchObject({ code: 2, stderr: 'xxgk-lint：无法识别的选项：frobnicate\n' });
    expect(await cli(['--locale', 'en', '--frobnicate', fixtures])).toMatchObject({ code: 2, stderr: 'xxgk-lint: Unknown argument: frobnicate\n' });
    expect(await cli(['--locale', 'en', '-f', 'xml', fixtures])).toMatchObject({
      code: 2,
      stderr: 'xxgk-lint: --format "xml": unknown format (use stylish, json, json-with-metadata, github, sarif, summary, html, or the path of a formatter module)\n',
    });
    expect(await cli(['--locale', 'fr', fixtures])).toMatchObject({ code: 2, stderr: 'xxgk-lint：--locale "fr"：请用 zh 或 en\n' });
  });

  it('applies --quiet and --max-warnings as ESLint does', async () => {
    const warnOnly = join(fixtures, '001.md');
    expect((await cli([warnOnly])).code).toBe(0);
    expect(await cli(['--quiet', warnOnly])).toEqual({ code: 0, stdout: '', stderr: '' });
    const over = await cli(['--max-warnings', '2', warnOnly]);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('xxgk-lint：发现 3 个警告，超过上限 2（--max-warnings），因此以失败结束。\n');
    expect((await cli(['--max-warnings', '3', warnOnly])).code).toBe(0);
  });

  it('turns rules off and sets options with --rule', async () => {
    const dir = workspace({ 'r.md': noPeriod });
    expect((await cli(['--rule', 'statistics-period: off', join(dir, 'r.md')])).code).toBe(0);
    const warned = await cli(['--rule', 'statistics-period: warn', join(dir, 'r.md')]);
    expect([warned.code, warned.stdout.includes('1:3  警告')]).toEqual([0, true]);
    const fee = await cli(['--locale', 'en', '--rule', 'fee-statement: [error, {"sinceYear": "2021"}]', join(dir, 'r.md')]);
    expect(fee).toMatchObject({ code: 2, stderr: expect.stringContaining('rules.fee-statement/sinceYear: must be integer') });
  });

  it('reads .xxgklintrc.json upward from each file, and --no-config-lookup ignores it', async () => {
    const dir = workspace({ '.xxgklintrc.json': JSON.stringify({ rules: { 'statistics-period': 'off' } }), 'r.md': noPeriod });
    expect((await cli([join(dir, 'r.md')])).code).toBe(0);
    expect((await cli(['--no-config-lookup', join(dir, 'r.md')])).code).toBe(1);
  });

  it('exits 2 on a bad config, naming the bad key and why', async () => {
    const unknownRule = workspace({ '.xxgklintrc.json': JSON.stringify({ rules: { 'no-such-rule': 'error' } }), 'r.md': clean });
    const a = await cli(['--locale', 'en', join(unknownRule, 'r.md')]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('rules.no-such-rule: unknown rule "no-such-rule"');

    const badSeverity = workspace({ '.xxgklintrc.json': JSON.stringify({ rules: { 'table-totals': 'fatal' } }), 'r.md': clean });
    const b = await cli(['--locale', 'en', join(badSeverity, 'r.md')]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('/rules/table-totals: must be equal to one of the allowed values (off, warn, error, 0, 1, 2)');

    const unknownKey = workspace({ '.xxgklintrc.json': JSON.stringify({ rulez: {} }), 'r.md': clean });
    expect((await cli(['--locale', 'en', join(unknownKey, 'r.md')])).stderr).toContain('/: has unknown property "rulez"');

    const notJson = workspace({ '.xxgklintrc.json': '{ rules: ', 'r.md': clean });
    const d = await cli(['--locale', 'en', join(notJson, 'r.md')]);
    expect([d.code, d.stderr.includes('is not valid JSON')]).toEqual([2, true]);
    expect(d.stdout).toBe('');
  });

  it('prints the configuration in force with --print-config', async () => {
    const dir = workspace({ '.xxgklintrc.json': JSON.stringify({ locale: 'en', rules: { 'fee-statement': ['warn', { sinceYear: 2022 }] } }), 'r.md': clean });
    const { code, stdout } = await cli(['--print-config', join(dir, 'r.md')]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      configFile: join(dir, '.xxgklintrc.json'),
      locale: 'en',
      rules: {
        'required-sections': ['error', { minProblemsLength: 10 }],
        'statistics-period': ['error'],
        'fee-statement': ['warn', { sinceYear: 2022 }],
        'table-totals': ['error'],
        'non-negative-counts': ['error'],
        'table-completeness': ['error'],
        'template-version': ['error'],
        'text-table-consistency': ['error'],
        'publication-deadline': ['error', { filer: 'auto' }],
        'report-year': ['error'],
        'no-placeholder': ['error'],
        'cross-year-consistency': ['error', { similarity: 0.9 }],
        'previous-year-follow-up': ['warn'],
      },
    });
  });

  it('lints standard input as --stdin-filename', async () => {
    const { code, stdout } = await cli(['--stdin', '--stdin-filename', 'report.md', '-f', 'json'], { stdin: noPeriod, cwd: '/tmp' });
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout) as LintResult[];
    expect(result!.filePath).toBe('/tmp/report.md');
    expect(result!.messages.map((m) => m.ruleId)).toEqual(['statistics-period']);
    const anonymous = JSON.parse((await cli(['--stdin', '-f', 'json'], { stdin: clean })).stdout) as LintResult[];
    expect(anonymous[0]!.filePath).toBe('<text>');
  });

  it('chooses the adapter for standard input by --stdin-filename', async () => {
    const seed = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seeds', '002_b71533b4867e4f0f.txt'));
    const { stdout } = await cli(['--stdin', '--stdin-filename', 'page.txt', '-f', 'json'], { stdin: seed });
    expect((JSON.parse(stdout) as LintResult[])[0]!.messages.map((m) => [m.ruleId, m.line])).toEqual([['table-completeness', 581], ['previous-year-follow-up', 601]]);
  });

  it('writes the report to -o without touching the linted file', async () => {
    const dir = workspace({ 'r.md': noPeriod });
    const { code, stdout } = await cli(['-o', join(dir, 'out.json'), '-f', 'json', join(dir, 'r.md')]);
    expect([code, stdout]).toEqual([1, '']);
    expect((JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as LintResult[])[0]!.errorCount).toBe(1);
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toBe(noPeriod);
  });

  it('expands globs', async () => {
    const { stdout } = await cli(['-f', 'json', 'test/fixtures/markdown/00[34].md']);
    expect((JSON.parse(stdout) as LintResult[]).map((r) => r.filePath.split('/').pop())).toEqual(['003.md', '004.md']);
  });
});
