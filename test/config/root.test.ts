import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/types.js';
import { cli, workspace } from '../cli/run.js';
import { report } from '../report-fragments.js';

const plugin = `export default {
  meta: {
    id: 'local/agency-named',
    type: 'suggestion',
    docs: { description: { zh: '标题写明机关', en: 'The title names the agency' } },
    defaultSeverity: 'warn',
    schema: { type: 'object', properties: { expected: { type: 'string' } }, additionalProperties: false },
    messages: { other: { zh: '机关应为{{expected}}', en: 'Agency should be {{expected}}' } },
  },
  check(report, context) {
    if (report.agency !== context.options.expected) context.report({ messageId: 'other', data: { expected: context.options.expected }, range: report.title.range });
  },
};
`;

/** A checkout's parent holding a config with rules and a plugin, and a project below it with its own config. */
function tree(project: object): { top: string; file: string } {
  const top = workspace({
    'agency.mjs': plugin,
    '.xxgklintrc.json': JSON.stringify({ plugins: ['./agency.mjs'], rules: { 'local/agency-named': ['warn', { expected: '某某局' }], 'fee-statement': 'off' } }),
  });
  mkdirSync(join(top, 'project'));
  writeFileSync(join(top, 'project', '.xxgklintrc.json'), JSON.stringify(project));
  writeFileSync(join(top, 'project', 'r.md'), report());
  return { top, file: join(top, 'project', 'r.md') };
}

async function ruleIds(file: string, cwd: string): Promise<(string | null)[]> {
  const { stdout } = await cli(['-f', 'json', file], { cwd });
  return (JSON.parse(stdout) as LintResult[])[0]!.messages.map((m) => m.ruleId);
}

async function rulesInForce(file: string, cwd: string): Promise<Record<string, unknown>> {
  return JSON.parse((await cli(['--print-config', file], { cwd })).stdout).rules;
}

describe('config cascade and "root": true', () => {
  it('applies the configs above the nearest one, the nearer overriding, and loads their plugins', async () => {
    const { top, file } = tree({ rules: { 'statistics-period': 'off' } });
    expect(await ruleIds(file, top)).toEqual(['local/agency-named']);
    const rules = await rulesInForce(file, top);
    expect([rules['fee-statement'], rules['statistics-period']]).toEqual([['off', { sinceYear: 2021 }], ['off']]);
  });

  it('stops at a config marked "root": true: the rules above do not apply and the plugins above are not loaded', async () => {
    const { top, file } = tree({ root: true, rules: { 'statistics-period': 'off' } });
    expect(await ruleIds(file, top)).toEqual([]);
    const rules = await rulesInForce(file, top);
    expect([rules['fee-statement'], rules['statistics-period'], rules['local/agency-named']]).toEqual([['error', { sinceYear: 2021 }], ['off'], undefined]);
  });

  it('lets the project run from its own folder once it is the root, where a parent plugin would be refused', async () => {
    const refused = tree({ rules: {} });
    expect(await cli([refused.file], { cwd: join(refused.top, 'project'), env: { XXGK_LINT_LOCALE: 'en' } })).toMatchObject({ code: 2, stderr: expect.stringContaining('plugins are loaded only from') });
    const rooted = tree({ root: true });
    expect(await cli([rooted.file], { cwd: join(rooted.top, 'project') })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('takes the locale from the nearest config that sets one', async () => {
    const { top, file } = tree({ rules: {} });
    writeFileSync(join(top, '.xxgklintrc.json'), JSON.stringify({ locale: 'en' }));
    expect(JSON.parse((await cli(['--print-config', file], { cwd: top })).stdout).locale).toBe('en');
    writeFileSync(join(top, 'project', '.xxgklintrc.json'), JSON.stringify({ root: true }));
    expect(JSON.parse((await cli(['--print-config', file], { cwd: top })).stdout).locale).toBe('zh');
  });

  it('refuses a root that is not true or false', async () => {
    const { top, file } = tree({ root: 'yes' });
    expect(await cli(['--locale', 'en', file], { cwd: top })).toMatchObject({ code: 2, stderr: expect.stringContaining('/root: must be boolean') });
  });
});
