import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter, builtinRules, formatters } from '../src/index.js';
import { workspace } from './cli/run.js';
import { report } from './report-fragments.js';

describe('the library entry point', () => {
  it('lints text in memory with the settings given', async () => {
    const noPeriod = report({ intro: '本报告由大连市医疗保障局编制。' });
    const result = await new Linter().lintText(noPeriod, 'report.md');
    expect(result.messages.map((m) => m.ruleId)).toEqual(['statistics-period']);
    const quiet = await new Linter({ rules: { 'statistics-period': 'off' }, locale: 'en' }).lintText(noPeriod, 'report.md');
    expect(quiet.errorCount).toBe(0);
  });

  it('lints a file as it is now, not as it was at the first call (an editor lints after each change)', async () => {
    const dir = workspace({ 'r.md': report({ intro: '本报告由大连市医疗保障局编制。' }) });
    const linter = new Linter();
    expect((await linter.lintFile(join(dir, 'r.md'))).messages.map((m) => m.ruleId)).toEqual(['statistics-period']);
    writeFileSync(join(dir, 'r.md'), report());
    expect((await linter.lintFile(join(dir, 'r.md'))).messages).toEqual([]);
  });

  it('reads last year\'s report from disk at each call', async () => {
    const lastYear = (total: number) => report().replaceAll('2024', '2023').replace('| 行政规范性文件 | 3 | 25 | 37 |', `| 行政规范性文件 | 3 | 25 | ${total} |`);
    const dir = workspace({ '2023.md': lastYear(59), '2024.md': report() });
    const linter = new Linter();
    const rules = async () => (await linter.lintFile(join(dir, '2024.md'))).messages.map((m) => m.ruleId);
    expect(await rules()).toEqual([]);
    writeFileSync(join(dir, '2023.md'), lastYear(10));
    expect(await rules()).toEqual(['cross-year-consistency']);
  });

  it('exposes the rules and formatters', () => {
    expect(builtinRules).toHaveLength(13);
    expect(Object.keys(formatters)).toEqual(['stylish', 'json', 'json-with-metadata', 'github', 'sarif', 'summary', 'html']);
  });

  it('refuses unknown rules as the CLI does', () => {
    expect(() => new Linter({ rules: { 'no-such-rule': 'error' } })).toThrow('unknown rule "no-such-rule"');
  });
});
