import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github, githubSummary } from '../../src/formatters/github.js';
import type { FormatterContext } from '../../src/formatters/types.js';
import type { LintResult } from '../../src/types.js';

const context: FormatterContext = { locale: 'en', color: false, cwd: '/repo', rulesMeta: {} };

function result(filePath: string, messages: LintResult['messages']): LintResult {
  const errors = messages.filter((m) => m.severity === 2).length;
  return { filePath, messages, suppressedMessages: [], errorCount: errors, warningCount: messages.length - errors, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] };
}

describe('github formatter', () => {
  it('writes one workflow command per message, with the path relative to the repository', () => {
    const out = github(
      [
        result('/repo/reports/2024.md', [
          { ruleId: 'statistics-period', severity: 2, message: '未说明统计期限', line: 1, column: 3, endLine: 1, endColumn: 30 },
          { ruleId: 'table-totals', severity: 1, message: 'Total is 12', line: 40, column: 1, endLine: 42, endColumn: 5 },
        ]),
      ],
      context,
    );
    expect(out.split('\n')).toEqual([
      '::error file=reports/2024.md,line=1,endLine=1,col=3,endColumn=30,title=xxgk-lint (statistics-period)::未说明统计期限',
      // Across lines GitHub ignores columns, so none are sent.
      '::warning file=reports/2024.md,line=40,endLine=42,title=xxgk-lint (table-totals)::Total is 12',
    ]);
  });

  it('escapes hostile messages and paths so that they cannot end or forge a command', () => {
    const out = github(
      [result('/repo/a,b:c%d\r\n::error file=x::forged.md', [{ ruleId: null, fatal: true, severity: 2, message: '100% broken\r\n::error::forged', line: 2, column: 1 }])],
      context,
    );
    expect(out).toBe('::error file=a%2Cb%3Ac%25d%0D%0A%3A%3Aerror file=x%3A%3Aforged.md,line=2,col=1,title=xxgk-lint::100%25 broken%0D%0A::error::forged');
    expect(out.split('\n')).toHaveLength(1);
  });

  it('escapes as @actions/core does', () => {
    expect(escapeData('50%\r\n:,')).toBe('50%25%0D%0A:,');
    expect(escapeProperty('50%\r\n:,')).toBe('50%25%0D%0A%3A%2C');
  });
});

describe('the GitHub job summary', () => {
  it('is a Markdown table of every problem, with table syntax in messages escaped', () => {
    const out = githubSummary(
      [
        result('/repo/r.md', [{ ruleId: 'table-totals', severity: 2, message: 'a | b\nc', line: 7, column: 1 }]),
        result('/repo/clean.md', []),
      ],
      context,
    );
    expect(out).toBe(
      [
        '## xxgk-lint results',
        '',
        '2 file(s): 1 error(s), 0 warning(s).',
        '',
        '| File | Line | Severity | Rule | Message |',
        '| --- | --: | --- | --- | --- |',
        '| r.md | 7 | error | table-totals | a \\| b c |',
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing was found, in Chinese by default', () => {
    expect(githubSummary([result('/repo/r.md', [])], { ...context, locale: 'zh' })).toBe('## xxgk-lint 检查结果\n\n1 个文件：0 个错误，0 个警告。\n\n未发现问题。\n');
  });
});
