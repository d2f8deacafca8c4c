import { describe, expect, it } from 'vitest';
import { Linter, builtinRules, formatters } from '../src/index.js';
import { report } from './report-fragments.js';

describe('the library entry point', () => {
  it('lints text in memory with the settings given', async () => {
    const noPeriod = report({ intro: '本报告由大连市医疗保障局编制。' });
    const result = await new Linter().lintText(noPeriod, 'report.md');
    expect(result.messages.map((m) => m.ruleId)).toEqual(['statistics-period']);
    const quiet = await new Linter({ rules: { 'statistics-period': 'off' }, locale: 'en' }).lintText(noPeriod, 'report.md');
    expect(quiet.errorCount).toBe(0);
  });

  it('exposes the rules and formatters', () => {
    expect(builtinRules).toHaveLength(13);
    expect(Object.keys(formatters)).toEqual(['stylish', 'json', 'json-with-metadata', 'github', 'sarif']);
  });

  it('refuses unknown rules as the CLI does', () => {
    expect(() => new Linter({ rules: { 'no-such-rule': 'error' } })).toThrow('unknown rule "no-such-rule"');
  });
});
