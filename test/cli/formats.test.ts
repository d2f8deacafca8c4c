import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { formatters } from '../../src/formatters/index.js';
import type { LintResult } from '../../src/types.js';
import { report } from '../report-fragments.js';
import { cli, workspace } from './run.js';

const noPeriod = report({ intro: '本报告由大连市医疗保障局编制。' });

describe('-f github', { timeout: 60_000 }, () => {
  it('annotates each problem and, inside GitHub Actions, appends the table to the job summary', async () => {
    const dir = workspace({ 'r.md': noPeriod, 'summary.md': '## earlier step\n' });
    const { code, stdout } = await cli(['-f', 'github', '--locale', 'en', 'r.md'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: join(dir, 'summary.md') } });
    expect(code).toBe(1);
    expect(stdout).toBe(
      '::error file=r.md,line=1,endLine=1,col=3,endColumn=28,title=xxgk-lint (statistics-period)::The statistics period is not stated (e.g. 本报告中所列数据的统计期限为2024年1月1日至2024年12月31日)\n',
    );
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toBe(
      [
        '## earlier step',
        '## xxgk-lint results',
        '',
        '1 file(s): 1 error(s), 0 warning(s).',
        '',
        '| File | Line | Severity | Rule | Message |',
        '| --- | --: | --- | --- | --- |',
        '| r.md | 1 | error | statistics-period | The statistics period is not stated (e.g. 本报告中所列数据的统计期限为2024年1月1日至2024年12月31日) |',
        '',
      ].join('\n'),
    );
  });

  it('says in the user\'s language when the job summary cannot be written, and the lint result stands', async () => {
    const dir = workspace({ 'r.md': noPeriod });
    mkdirSync(join(dir, 'summary-dir'));
    const env = { GITHUB_STEP_SUMMARY: join(dir, 'summary-dir') };
    const zh = await cli(['-f', 'github', 'r.md'], { cwd: dir, env });
    expect([zh.code, zh.stderr]).toEqual([1, `xxgk-lint：无法写入作业摘要 ${join(dir, 'summary-dir')}（这是一个目录），检查结果不受影响。\n`]);
    const en = await cli(['-f', 'github', '--locale', 'en', 'r.md'], { cwd: dir, env });
    expect([en.code, en.stderr]).toEqual([1, `xxgk-lint could not write the job summary ${join(dir, 'summary-dir')} (it is a directory); the lint result stands.\n`]);
  });
});

describe('-f PATH: a formatter of your own', { timeout: 60_000 }, () => {
  const formatter = `export default function (results, context) {
  const problems = results.reduce((n, r) => n + r.messages.length, 0);
  return \`\${problems} problem(s) in \${results.length} file(s); cwd \${context.cwd}; \${Object.keys(context.rulesMeta).length} rules; over: \${JSON.stringify(context.maxWarningsExceeded ?? null)}\`;
}
`;

  it('is a module whose default export gets the results and ESLint\'s context', async () => {
    const dir = workspace({ 'my-formatter.mjs': formatter, 'r.md': noPeriod });
    const { code, stdout } = await cli(['-f', './my-formatter.mjs', 'r.md'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toBe(`1 problem(s) in 1 file(s); cwd ${dir}; 13 rules; over: null\n`);
  });

  it('that is missing or exports no function is a usage error naming it', async () => {
    const dir = workspace({ 'not-a-function.mjs': 'export default 42;\n', 'r.md': noPeriod });
    expect(await cli(['--locale', 'en', '-f', './missing.js', 'r.md'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: `xxgk-lint: --format "./missing.js": the formatter ${join(dir, 'missing.js')} cannot be loaded (no such file)\n`,
    });
    expect(await cli(['--locale', 'en', '-f', './not-a-function.mjs', 'r.md'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: `xxgk-lint: --format "./not-a-function.mjs": ${join(dir, 'not-a-function.mjs')} must default-export a function (results, context) => string\n`,
    });
  });
});

describe('-f sarif', { timeout: 60_000 }, () => {
  it('writes a SARIF log for code scanning, to a file with -o', async () => {
    const dir = workspace({ 'r.md': noPeriod });
    expect(await cli(['-f', 'sarif', '-o', 'out/xxgk-lint.sarif', 'r.md'], { cwd: dir })).toEqual({ code: 1, stdout: '', stderr: '' });
    const log = JSON.parse(readFileSync(join(dir, 'out/xxgk-lint.sarif'), 'utf8')) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect([log.version, log.runs[0]!.results.map((r) => r.ruleId)]).toEqual(['2.1.0', ['statistics-period']]);
  });
});

describe('a run prints each file as soon as it and those before it are linted', { timeout: 60_000 }, () => {
  const seeds = ['001_c20b6ef2d407903b.txt', '003_fefb3a1f5c1b25b2.txt', '004_b92fd2617ccba4db.txt'];
  const folder = () => workspace(Object.fromEntries(seeds.map((f) => [f, readFileSync(join('test/fixtures/seeds', f))])));

  for (const format of ['stylish', 'json', 'json-with-metadata'] as const) {
    it(`-f ${format}: a part per file, in the files' order, that together are the formatter's output over all results`, async () => {
      const dir = folder();
      const chunks: string[] = [];
      const { code } = await cli(['-f', format, '--locale', 'en', '.'], { cwd: dir, io: { stdout: (t) => chunks.push(t) } });
      const results = JSON.parse((await cli(['-f', 'json', '--locale', 'en', '.'], { cwd: dir })).stdout) as LintResult[];
      const context = { locale: 'en' as const, color: false, cwd: dir, rulesMeta: Object.fromEntries(builtinRules.map((r) => [r.meta.id, r.meta])) };
      expect(code).toBe(1);
      const whole = formatters[format](results, context);
      // Standard output ends with a line break, as before.
      expect(chunks.join('')).toBe(whole.endsWith('\n') ? whole : `${whole}\n`);
      // stylish prints nothing for a file without findings: each of these seeds has some.
      const parts = format === 'stylish' ? chunks.filter((c) => c.startsWith('\n/')) : chunks.slice(1, -2);
      expect(parts.map((c) => seeds.findIndex((f) => c.includes(f)))).toEqual([0, 1, 2]);
    });
  }
});
