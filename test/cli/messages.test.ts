import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { report } from '../report-fragments.js';
import { cli, workspace } from './run.js';

/** Every usage or config error: exit 2, nothing on stdout, one message on stderr in the user's language. */
async function says(argv: string[], cwd: string, zh: string, en: string): Promise<void> {
  expect(await cli(argv, { cwd })).toEqual({ code: 2, stdout: '', stderr: `xxgk-lint：${zh}\n` });
  expect(await cli(['--locale', 'en', ...argv], { cwd })).toEqual({ code: 2, stdout: '', stderr: `xxgk-lint: ${en}\n` });
  expect(await cli(argv, { cwd, env: { XXGK_LINT_LOCALE: 'en' } })).toEqual({ code: 2, stdout: '', stderr: `xxgk-lint: ${en}\n` });
}

describe('usage errors, in Chinese by default and in English with --locale en or XXGK_LINT_LOCALE=en', { timeout: 120_000 }, () => {
  const dir = workspace({ 'r.md': report() });

  it('names what is wrong with the options', async () => {
    await says([], dir, '没有指定要检查的文件：请给出文件、目录或通配模式，或使用 --stdin（见 --help）', 'no files given: name files, directories or globs to lint, or use --stdin (see --help)');
    await says(['--stdin', 'r.md'], dir, '--stdin 检查标准输入，不能同时指定文件', '--stdin lints standard input; do not also name files');
    await says(['--fix', '--fix-dry-run', 'r.md'], dir, '--fix 与 --fix-dry-run 不能同时使用', 'the --fix option and the --fix-dry-run option cannot be used together');
    await says(['--fix', '--stdin'], dir, '--fix 不能用于从标准输入读入的文本；请改用 --fix-dry-run', 'the --fix option is not available for piped-in text; use --fix-dry-run');
    await says(['--max-warnings', 'many', 'r.md'], dir, '--max-warnings "many"：应为警告个数（非负整数），或 -1 表示不限', '--max-warnings "many": expected a whole number of warnings, or -1 for no limit');
    await says(['--previous', 'none.md', 'r.md'], dir, '--previous "none.md"：文件不存在', '--previous "none.md": no such file');
    await says(['nowhere.md'], dir, '找不到文件，也没有与模式 "nowhere.md" 匹配的文件', 'no such file or no files matching the pattern "nowhere.md"');
  });

  it('names an option it does not know, a value left out, a value it does not take', async () => {
    await says(['--frobnicate', 'r.md'], dir, '无法识别的选项：frobnicate', 'Unknown argument: frobnicate');
    await says(['--frob', '-x', 'r.md'], dir, '无法识别的选项：frob, x', 'Unknown arguments: frob, x');
    await says(['--no-format', 'r.md'], dir, '无法识别的选项：no-format', 'Unknown argument: no-format');
    await says(['r.md', '--format'], dir, '--format 后面缺少值（见 --help）', '--format needs a value (see --help)');
    await says(['-f', '--quiet', 'r.md'], dir, '-f 后面缺少值（见 --help）', '-f needs a value (see --help)');
    await says(['--cache-strategy', 'mtime', 'r.md'], dir, '--cache-strategy "mtime"：请用 content, metadata 之一', '--cache-strategy "mtime": use one of content, metadata');
    await says(['--quiet=yes', 'r.md'], dir, '--quiet 是开关，不带值（"yes"）', '--quiet is a switch and takes no value ("yes")');
  });

  it('names a bad --limit, --format and -o', async () => {
    const limits = 'maxFileBytes, maxLines, maxNodes, maxTableRows, maxHeadings, maxSpan, maxDepth, maxSeconds, maxMemoryMb, maxUnpackedBytes, maxPages, maxPageTextItems, maxPageOperators, maxPageRules';
    await says(['--limit', 'maxRows=10', 'r.md'], dir, `--limit "maxRows=10"：应写成 名称=N（N ≥ 1），名称为 ${limits} 之一`, `--limit "maxRows=10": use name=N with N ≥ 1, name one of ${limits}`);
    await says(
      ['-f', 'xml', 'r.md'],
      dir,
      '--format "xml"：未知的格式（可用 stylish, json, json-with-metadata, github, sarif, summary, html，或格式化模块的路径）',
      '--format "xml": unknown format (use stylish, json, json-with-metadata, github, sarif, summary, html, or the path of a formatter module)',
    );
    await says(['-f', './none.mjs', 'r.md'], dir, `--format "./none.mjs"：无法加载格式化模块 ${join(dir, 'none.mjs')}（文件不存在）`, `--format "./none.mjs": the formatter ${join(dir, 'none.mjs')} cannot be loaded (no such file)`);
    await says(['-o', 'r.md', 'r.md'], dir, '-o "r.md" 是本次读取的报告之一（被检查的文件或 --previous，也可能经由链接），不会覆盖它', '-o "r.md" is one of the reports read (a file linted or --previous, perhaps through a link); it is not overwritten');
  });

  it('names a bad --rule', async () => {
    await says(['--rule', 'fee-statement off', 'r.md'], dir, '--rule "fee-statement off"：应写成 "规则: 级别" 或 "规则: [级别, {选项}]"', '--rule "fee-statement off": expected "rule-id: severity" or "rule-id: [severity, {options}]"');
    await says(['--rule', 'fee-statement: [error, {sinceYear}]', 'r.md'], dir, '--rule "fee-statement: [error, {sinceYear}]"：[级别, {选项}] 不是有效的 JSON', '--rule "fee-statement: [error, {sinceYear}]": the [severity, {options}] part is not valid JSON');
  });

  it('speaks the language of the config in the working directory when no option or variable names one', async () => {
    const english = workspace({ '.xxgklintrc.json': JSON.stringify({ locale: 'en' }), 'r.md': report() });
    expect(await cli(['--max-warnings', 'many', 'r.md'], { cwd: english })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'xxgk-lint: --max-warnings "many": expected a whole number of warnings, or -1 for no limit\n',
    });
    expect((await cli(['--locale', 'zh', '--max-warnings', 'many', 'r.md'], { cwd: english })).stderr).toBe('xxgk-lint：--max-warnings "many"：应为警告个数（非负整数），或 -1 表示不限\n');
  });

  it('names the language it does not know in the language it falls back to', async () => {
    expect(await cli(['--locale', 'fr', 'r.md'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'xxgk-lint：--locale "fr"：请用 zh 或 en\n' });
    expect(await cli(['r.md'], { cwd: dir, env: { XXGK_LINT_LOCALE: 'fr' } })).toEqual({ code: 2, stdout: '', stderr: 'xxgk-lint：XXGK_LINT_LOCALE "fr"：请用 zh 或 en\n' });
  });
});

describe('a broken .xxgklintrc.json stops the run naming the file and the problem', { timeout: 120_000 }, () => {
  const broken = (config: string) => workspace({ '.xxgklintrc.json': config, 'r.md': report() });

  it('bad JSON, with where', async () => {
    const dir = broken('{\n  "rules": {\n    fee-statement: "off"\n  }\n}\n');
    const file = join(dir, '.xxgklintrc.json');
    await says(['r.md'], dir, `配置文件 ${file} 不是有效的 JSON：第 3 行第 5 列有意外的字符`, `config ${file} is not valid JSON: unexpected character at line 3, column 5`);
  });

  it('wrong types and unknown keys', async () => {
    const dir = broken(JSON.stringify({ root: 'yes', rules: [], rulez: {} }));
    const file = join(dir, '.xxgklintrc.json');
    await says(
      ['r.md'],
      dir,
      `配置文件 ${file} 有误：\n  /：有未知的属性 "rulez"\n  /root：应当是 boolean 类型\n  /rules：应当是 object 类型`,
      `invalid config ${file}:\n  /: has unknown property "rulez"\n  /root: must be boolean\n  /rules: must be object`,
    );
  });

  it('a bad severity', async () => {
    const dir = broken(JSON.stringify({ rules: { 'table-totals': 'fatal' } }));
    const file = join(dir, '.xxgklintrc.json');
    const zh = `配置文件 ${file} 有误：\n  /rules/table-totals：应当是预设定的枚举值之一（off, warn, error, 0, 1, 2）\n  /rules/table-totals：应当是 array 类型\n  /rules/table-totals：只能匹配一个 "oneOf" 中的 schema`;
    const en = `invalid config ${file}:\n  /rules/table-totals: must be equal to one of the allowed values (off, warn, error, 0, 1, 2)\n  /rules/table-totals: must be array\n  /rules/table-totals: must match exactly one schema in oneOf`;
    await says(['r.md'], dir, zh, en);
  });

  it('an unknown rule, and options that fail the rule\'s schema', async () => {
    const unknown = broken(JSON.stringify({ rules: { 'no-such-rule': 'error' } }));
    const known = builtinRules.map((r) => r.meta.id).join(', ');
    await says(
      ['r.md'],
      unknown,
      `${join(unknown, '.xxgklintrc.json')}：rules.no-such-rule：没有名为 "no-such-rule" 的规则（已有的规则：${known}）`,
      `${join(unknown, '.xxgklintrc.json')}: rules.no-such-rule: unknown rule "no-such-rule" (known rules: ${known})`,
    );
    const options = broken(JSON.stringify({ rules: { 'fee-statement': ['error', { sinceYear: '2021' }] } }));
    await says(
      ['r.md'],
      options,
      `${join(options, '.xxgklintrc.json')}：rules.fee-statement 的选项有误：\n  rules.fee-statement/sinceYear：应当是 integer 类型`,
      `${join(options, '.xxgklintrc.json')}: rules.fee-statement options:\n  rules.fee-statement/sinceYear: must be integer`,
    );
  });

  it('plugins from a config above the working directory', async () => {
    const dir = broken(JSON.stringify({ plugins: ['./rule.mjs'] }));
    mkdirSync(join(dir, 'sub'));
    const file = join(dir, '.xxgklintrc.json');
    await says(
      [join(dir, 'r.md')],
      join(dir, 'sub'),
      `${file}：只从 -c 指定的配置文件或当前目录及其下的配置文件加载插件；请在该项目目录中运行 xxgk-lint、用 -c 指定该配置，或在项目自己的配置中写 "root": true 不再向上查找`,
      `${file}: plugins are loaded only from a config named with -c or one in the current directory or below it; run xxgk-lint from that project, name the config with -c, or mark the project's own config "root": true`,
    );
  });
});
