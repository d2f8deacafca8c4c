import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/types.js';
import { report } from '../report-fragments.js';
import { cli, workspace } from './run.js';

const plugin = `export default {
  meta: {
    id: 'local/agency-named',
    type: 'suggestion',
    docs: { description: { zh: '标题写明机关', en: 'The title names the agency' }, url: 'https://example.org/agency-named' },
    defaultSeverity: 'warn',
    schema: { type: 'object', properties: { expected: { type: 'string' } }, additionalProperties: false },
    messages: { other: { zh: '机关应为{{expected}}，实为{{actual}}', en: 'Agency should be {{expected}}, not {{actual}}' } },
  },
  check(report, context) {
    if (report.agency !== context.options.expected) {
      context.report({ messageId: 'other', data: { expected: context.options.expected, actual: report.agency }, range: report.title.range });
    }
  },
};
`;

describe('plugins', () => {
  it('loads extra rule modules named in the config, with their options', async () => {
    const dir = workspace({
      'agency.mjs': plugin,
      '.xxgklintrc.json': JSON.stringify({ plugins: ['./agency.mjs'], rules: { 'local/agency-named': ['warn', { expected: '大连市卫生健康委员会' }] } }),
      'r.md': report(),
    });
    const { code, stdout } = await cli(['-f', 'json', join(dir, 'r.md')], { cwd: dir });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as LintResult[])[0]!.messages.map((m) => [m.ruleId, m.severity, m.message, m.line])).toEqual([
      ['local/agency-named', 1, '机关应为大连市卫生健康委员会，实为大连市医疗保障局', 1],
    ]);
  });

  it('exits 2 on a plugin that cannot be loaded or is not a rule', async () => {
    const missing = workspace({ '.xxgklintrc.json': JSON.stringify({ plugins: ['./nope.mjs'] }), 'r.md': report() });
    expect(await cli(['--locale', 'en', join(missing, 'r.md')], { cwd: missing })).toMatchObject({ code: 2, stderr: `xxgk-lint: plugin ${join(missing, 'nope.mjs')} cannot be loaded: no such file\n` });
    const notRule = workspace({ 'x.mjs': 'export default 42;', '.xxgklintrc.json': JSON.stringify({ plugins: ['./x.mjs'] }), 'r.md': report() });
    expect(await cli(['--locale', 'en', join(notRule, 'r.md')], { cwd: notRule })).toMatchObject({ code: 2, stderr: expect.stringContaining('default export must be a rule') });
  });

  it('refuses a plugin rule that would replace a bundled rule', async () => {
    const dir = workspace({
      'dup.mjs': plugin.replace("'local/agency-named'", "'table-totals'"),
      '.xxgklintrc.json': JSON.stringify({ plugins: ['./dup.mjs'] }),
      'r.md': report(),
    });
    expect(await cli(['--locale', 'en', join(dir, 'r.md')], { cwd: dir })).toMatchObject({ code: 2, stderr: 'xxgk-lint: plugin rule "table-totals" has the same id as a rule already loaded\n' });
  });

  it('loads plugins only from a config named with -c or one in the current directory or below, and never for --print-config', async () => {
    const dir = workspace({
      'boom.mjs': "throw new Error('plugin code ran');",
      '.xxgklintrc.json': JSON.stringify({ plugins: ['./boom.mjs'], rules: { 'fee-statement': 'off' } }),
      'r.md': report(),
    });
    // Found above the current directory (a checkout's parent, a home, /tmp): refused, nothing runs.
    mkdirSync(join(dir, 'project'));
    expect(await cli(['--locale', 'en', join(dir, 'r.md')], { cwd: join(dir, 'project') })).toMatchObject({
      code: 2,
      stderr: `xxgk-lint: ${join(dir, '.xxgklintrc.json')}: plugins are loaded only from a config named with -c or one in the current directory or below it; run xxgk-lint from that project, name the config with -c, or mark the project's own config "root": true\n`,
    });
    // The project's own config, or one named: loaded (and here it throws, so it did run).
    expect(await cli([join(dir, 'r.md')], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('plugin code ran') });
    expect(await cli(['-c', join(dir, '.xxgklintrc.json'), join(dir, 'r.md')])).toMatchObject({ code: 2, stderr: expect.stringContaining('plugin code ran') });
    const printed = await cli(['--print-config', join(dir, 'r.md')], { cwd: dir });
    expect([printed.code, JSON.parse(printed.stdout).rules['fee-statement']]).toEqual([0, ['off', { sinceYear: 2021 }]]);
  });
});
