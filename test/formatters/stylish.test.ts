import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/formatters/stylish.js';
import type { LintResult } from '../../src/types.js';

const result: LintResult = {
  filePath: '/r/report.md',
  messages: [
    { ruleId: 'statistics-period', severity: 2, message: '未说明统计期限', line: 1, column: 3 },
    { ruleId: 'required-sections', severity: 1, message: 'Section 六 is empty', line: 120, column: 4 },
  ],
  suppressedMessages: [],
  errorCount: 1,
  warningCount: 1,
  fatalErrorCount: 0,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
  usedDeprecatedRules: [],
};

describe('stylish', () => {
  it('lays out a block per file, aligned by display width, with a summary', () => {
    expect(stylish([result], { locale: 'zh', color: false, cwd: '/', rulesMeta: {} })).toBe(
      [
        '',
        '/r/report.md',
        '  1:3    错误  未说明统计期限       statistics-period',
        '  120:4  警告  Section 六 is empty  required-sections',
        '',
        '✖ 共 2 个问题（1 个错误，1 个警告）',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing for clean files', () => {
    expect(stylish([{ ...result, messages: [], errorCount: 0, warningCount: 0 }], { locale: 'en', color: false, cwd: '/', rulesMeta: {} })).toBe('');
  });

  it('colours only when asked', () => {
    expect(stylish([result], { locale: 'en', color: true, cwd: '/', rulesMeta: {} })).toContain('\u001b[31m');
    expect(stylish([result], { locale: 'en', color: false, cwd: '/', rulesMeta: {} })).not.toContain('\u001b[');
  });
});

describe('stylish on a terminal', () => {
  it('escapes ESC, OSC/BEL and other control characters from report text and file names, and a newline in a name', () => {
    const hostile: LintResult = {
      ...result,
      filePath: '/r/a\nb\u001b]0;owned\u0007.md',
      messages: [{ ruleId: 'no-placeholder', severity: 2, message: '占位符「\u001b[2J\u009b31m」', line: 1, column: 3 }],
      warningCount: 0,
    };
    expect(stylish([hostile], { locale: 'zh', color: false, cwd: '/', rulesMeta: {} })).toBe(
      ['', '/r/a\\nb\\x1b]0;owned\\x07.md', '  1:3  错误  占位符「\\x1b[2J\\x9b31m」  no-placeholder', '', '✖ 共 1 个问题（1 个错误，0 个警告）', ''].join('\n'),
    );
  });
});
