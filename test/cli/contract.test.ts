import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectColor } from '../../src/cli/color.js';
import { schemaValidator } from '../../src/schemas/validator.js';
import type { LintResult } from '../../src/types.js';
import { report } from '../report-fragments.js';
import { cli, workspace } from './run.js';

// Specifications for the holes in the CLI contract listed in issue 8, each found as a new user would.
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'markdown');
const warnOnly = join(fixtures, '001.md'); // three warnings, no error
const noPeriod = report({ intro: '本报告由大连市医疗保障局编制。' });
const root = join(import.meta.dirname, '..', '..');
const json = (stdout: string) => JSON.parse(stdout) as LintResult[];

describe('invalid option values', { timeout: 30_000 }, () => {
  it('exit 2 naming the option, instead of meaning "no limit"', async () => {
    for (const value of ['abc', '1.5', '-2', '']) {
      expect(await cli(['--locale', 'en', '--max-warnings', value, warnOnly])).toEqual({
        code: 2,
        stdout: '',
        stderr: `xxgk-lint: --max-warnings "${value}": expected a whole number of warnings, or -1 for no limit\n`,
      });
    }
    expect((await cli(['--max-warnings', '-1', warnOnly])).code).toBe(0);
    expect(await cli([warnOnly], { env: { XXGK_LINT_LOCALE: 'klingon' } })).toMatchObject({ code: 2, stderr: 'xxgk-lint：XXGK_LINT_LOCALE "klingon"：请用 zh 或 en\n' });
  });
});

describe('--max-warnings', { timeout: 30_000 }, () => {
  it('counts warnings even with --quiet, which then shows none of them', async () => {
    const { code, stdout, stderr } = await cli(['--quiet', '--max-warnings', '0', '--locale', 'en', warnOnly]);
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toBe('xxgk-lint found too many warnings (3; the maximum is 0, --max-warnings), so the run failed.\n');
    expect((await cli(['--quiet', '--max-warnings', '3', warnOnly])).code).toBe(0);
  });

  it('says on stderr why the run failed, whatever the format', async () => {
    const { code, stdout, stderr } = await cli(['-f', 'json', '--max-warnings', '2', warnOnly]);
    expect(code).toBe(1);
    expect(json(stdout)[0]!.warningCount).toBe(3);
    expect(stderr).toBe('xxgk-lint：发现 3 个警告，超过上限 2（--max-warnings），因此以失败结束。\n');
  });
});

describe('-o / --output-file', { timeout: 30_000 }, () => {
  it('creates missing folders', async () => {
    const dir = workspace({ 'r.md': noPeriod });
    const { code, stdout } = await cli(['-f', 'json', '-o', 'reports/lint/out.json', 'r.md'], { cwd: dir });
    expect([code, stdout]).toEqual([1, '']);
    expect(json(readFileSync(join(dir, 'reports/lint/out.json'), 'utf8'))[0]!.errorCount).toBe(1);
  });

  it('refuses a directory with a clear message, and leaves no temporary file behind', async () => {
    const dir = workspace({ 'r.md': noPeriod });
    mkdirSync(join(dir, 'out'));
    for (const name of ['out/', 'out']) {
      expect(await cli(['--locale', 'en', '-o', name, 'r.md'], { cwd: dir })).toEqual({
        code: 2,
        stdout: '',
        stderr: `xxgk-lint: --output-file "${name}" is a directory; name a file to write the report to\n`,
      });
    }
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['out', 'r.md']);
  });

  it('says which output file cannot be written, without leaving a temporary file', async () => {
    const dir = workspace({ 'r.md': noPeriod, 'blocker': 'a file where a folder should be' });
    expect(await cli(['--locale', 'en', '-o', 'blocker/out.json', 'r.md'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'xxgk-lint: --output-file "blocker/out.json" cannot be written (a file of that name is in the way)\n' });
    expect(readdirSync(dir).sort()).toEqual(['blocker', 'r.md']);
  });
});

describe('the binary', { timeout: 60_000 }, () => {
  const dir = workspace({ 'r.md': noPeriod });
  const bin = (args: string[], env: NodeJS.ProcessEnv, shellSuffix = '') =>
    spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${join(root, 'bin', 'xxgk-lint.js')}" ${args.join(' ')}${shellSuffix}`], {
      encoding: 'utf8',
      cwd: dir,
      env: { PATH: process.env.PATH, ...env },
    });

  it('ends quietly when the reader of its output goes away (| head)', () => {
    // `true` exits at once, so the report is written into a closed pipe.
    const { status, stderr } = bin(['r.md'], {}, ' | true');
    expect(status).toBe(0);
    expect(stderr).toBe('');
  });

  it('prints --help in the chosen language: --locale, XXGK_LINT_LOCALE, or Chinese', () => {
    const zh = bin(['--help'], {}).stdout;
    expect([zh.includes('检查政府信息公开工作年度报告是否符合国家格式。'), zh.includes('\n输出：\n'), zh.includes('退出码：')]).toEqual([true, true, true]);
    const en = bin(['--help', '--locale', 'en'], {}).stdout;
    expect([en.includes('Lints government information-disclosure annual reports'), en.includes('\nOutput:\n'), en.includes('Exit codes:')]).toEqual([true, true, true]);
    expect(bin(['--help'], { XXGK_LINT_LOCALE: 'en' }).stdout).toContain('\nOutput:\n');
  });

  it('follows chalk\'s colour detection: FORCE_COLOR colours a pipe, --no-color and NO_COLOR take it away', () => {
    const escape = '\u001b[';
    expect(bin(['r.md'], { FORCE_COLOR: '1' }).stdout).toContain(escape);
    expect(bin(['--no-color', 'r.md'], { FORCE_COLOR: '1' }).stdout).not.toContain(escape);
    expect(bin(['r.md'], {}).stdout).not.toContain(escape);
    expect(bin(['--color', 'r.md'], { NO_COLOR: '1' }).stdout).toContain(escape);
  });
});

describe('detectColor', () => {
  const tty = { level: 1, hasBasic: true, has256: false, has16m: false } as const;
  it('is chalk\'s answer, except that NO_COLOR turns colour off unless FORCE_COLOR is set', () => {
    expect([detectColor({}, tty), detectColor({}, false)]).toEqual([true, false]);
    expect(detectColor({ NO_COLOR: '1' }, tty)).toBe(false);
    expect(detectColor({ NO_COLOR: '' }, tty)).toBe(true);
    expect(detectColor({ NO_COLOR: '1', FORCE_COLOR: '1' }, tty)).toBe(true);
  });
});

describe('config files', { timeout: 30_000 }, () => {
  it('may carry a byte-order mark, comments and trailing commas (JSONC)', async () => {
    const dir = workspace({
      '.xxgklintrc.json': '\uFEFF{\n  // this agency states its period elsewhere\n  "rules": { /* off */ "statistics-period": "off", },\n}\n',
      'r.md': noPeriod,
    });
    expect(await cli(['r.md'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('that are broken are named with the place and the problem in plain words', async () => {
    const dir = workspace({ '.xxgklintrc.json': '{\n  "rules": {\n    statistics-period: "off"\n  }\n}\n', 'r.md': noPeriod });
    expect(await cli(['--locale', 'en', 'r.md'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: `xxgk-lint: config ${join(dir, '.xxgklintrc.json')} is not valid JSON: unexpected character at line 3, column 5\n`,
    });
  });
});

describe('ignoring files', { timeout: 30_000 }, () => {
  const tree = () => {
    const dir = workspace({ 'a.md': noPeriod });
    mkdirSync(join(dir, 'drafts'));
    mkdirSync(join(dir, 'final'));
    writeFileSync(join(dir, 'drafts', 'd.md'), noPeriod);
    writeFileSync(join(dir, 'final', 'f.md'), noPeriod);
    return dir;
  };
  const linted = async (argv: string[], dir: string) => json((await cli(['-f', 'json', ...argv], { cwd: dir })).stdout).map((r) => r.filePath.slice(dir.length + 1));

  it('skips what --ignore-pattern, .xxgklintignore and !patterns name', async () => {
    const dir = tree();
    expect(await linted(['.'], dir)).toEqual(['a.md', 'drafts/d.md', 'final/f.md']);
    expect(await linted(['--ignore-pattern', 'drafts/', '.'], dir)).toEqual(['a.md', 'final/f.md']);
    expect(await linted(['**/*.md', '!drafts/**'], dir)).toEqual(['a.md', 'final/f.md']);
    writeFileSync(join(dir, '.xxgklintignore'), '# drafts are not published\ndrafts/\n*.md\n!final/*.md\n');
    expect(await linted(['.'], dir)).toEqual(['final/f.md']);
  });

  it('warns about a file named on the command line that is ignored, as ESLint does', async () => {
    const dir = tree();
    const { code, stdout } = await cli(['-f', 'json', '--locale', 'en', '--ignore-pattern', 'drafts', 'drafts/d.md', 'a.md'], { cwd: dir });
    expect(code).toBe(1);
    expect(json(stdout).map((r) => [r.filePath.slice(dir.length + 1), r.messages.map((m) => [m.severity, m.message])])).toEqual([
      ['a.md', [[2, 'The statistics period is not stated (e.g. 本报告中所列数据的统计期限为2024年1月1日至2024年12月31日)']]],
      ['drafts/d.md', [[1, 'File ignored because it matches .xxgklintignore, --ignore-pattern or a !pattern']]],
    ]);
  });

  it('exits 2 when a pattern matches only ignored files', async () => {
    const dir = tree();
    expect(await cli(['--locale', 'en', 'drafts', '!drafts/**'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'xxgk-lint: all files matched by "drafts" are ignored (.xxgklintignore, --ignore-pattern or a !pattern)\n',
    });
  });
});

describe('directories and globs', { timeout: 30_000 }, () => {
  it('treat symbolic links and unsupported files the same way', async () => {
    const outside = workspace({ 'elsewhere.md': noPeriod });
    const dir = workspace({ 'a.md': noPeriod, 'table.xlsx': 'not a report', 'notes.doc': 'x' });
    symlinkSync(join(outside, 'elsewhere.md'), join(dir, 'link.md'));
    symlinkSync(outside, join(dir, 'linked-dir'));
    const names = async (pattern: string) => json((await cli(['-f', 'json', pattern], { cwd: dir })).stdout).map((r) => r.filePath.slice(dir.length + 1));
    expect(await names('.')).toEqual(['a.md']);
    expect(await names('**/*')).toEqual(['a.md']);
    // A link named on its own is linted, as any file named on the command line.
    expect(await names('link.md')).toEqual(['link.md']);
  });
});

describe('a rule that throws', { timeout: 30_000 }, () => {
  it('is a message naming the rule and the plugin\'s file, and not blamed on xxgk-lint', async () => {
    const plugin = `export default {
  meta: { id: 'local/broken', type: 'problem', docs: { description: { zh: '坏规则', en: 'Broken' }, url: 'https://example.org' }, defaultSeverity: 'error', messages: {} },
  check() { throw new TypeError("Cannot read properties of undefined (reading 'rows')"); },
};\n`;
    const dir = workspace({ 'broken.mjs': plugin, '.xxgklintrc.json': JSON.stringify({ plugins: ['./broken.mjs'] }), 'r.md': report() });
    const en = json((await cli(['-f', 'json', '--locale', 'en', 'r.md'], { cwd: dir })).stdout)[0]!.messages;
    expect(en.map((m) => [m.fatal, m.message])).toEqual([
      [true, `Plugin rule local/broken (${join(dir, 'broken.mjs')}) failed: Cannot read properties of undefined (reading 'rows') (please report it to the plugin's author)`],
    ]);
    const zh = json((await cli(['-f', 'json', 'r.md'], { cwd: dir })).stdout)[0]!.messages;
    expect(zh[0]!.message).toBe(`插件规则 local/broken（${join(dir, 'broken.mjs')}）运行出错：Cannot read properties of undefined (reading 'rows')（请向该插件的作者报告）`);
  });
});

describe('-f json', { timeout: 30_000 }, () => {
  it('gives absolute file paths and usedDeprecatedRules, as ESLint\'s LintResult', async () => {
    const dir = workspace({ 'r.md': noPeriod });
    const [result] = json((await cli(['-f', 'json', 'r.md'], { cwd: dir })).stdout);
    expect(result!.filePath).toBe(join(dir, 'r.md'));
    expect(result!.usedDeprecatedRules).toEqual([]);
    expect(schemaValidator('lint-results.schema.json')([result])).toBe(true);
    expect(schemaValidator('lint-results.schema.json')([{ ...result, filePath: 'r.md' }])).toBe(false);
  });

  it('lists a deprecated rule that is enabled, with its replacement', async () => {
    const plugin = `export default {
  meta: { id: 'local/old', type: 'problem', docs: { description: { zh: '旧', en: 'Old' }, url: 'https://example.org' }, defaultSeverity: 'warn', messages: {}, deprecated: { replacedBy: ['statistics-period'] } },
  check() {},
};\n`;
    const dir = workspace({ 'old.mjs': plugin, '.xxgklintrc.json': JSON.stringify({ plugins: ['./old.mjs'] }), 'r.md': report() });
    expect(json((await cli(['-f', 'json', 'r.md'], { cwd: dir })).stdout)[0]!.usedDeprecatedRules).toEqual([{ ruleId: 'local/old', replacedBy: ['statistics-period'] }]);
  });
});
