import { describe, expect, it } from 'vitest';
import { lint, lintMarkdown } from '../helpers.js';
import { report } from '../report-fragments.js';

const noPeriod = (before = '') => report({ intro: `${before}本报告由大连市医疗保障局编制。` });

describe('inline directives', () => {
  it('disable-next-line silences the next line, and keeps the reason', () => {
    const md = `<!-- xxgk-lint-disable-next-line statistics-period -- 统计期限见附件 -->\n${noPeriod()}`;
    const { messages, suppressed } = lintMarkdown(md);
    expect(messages).toEqual([]);
    expect(suppressed.map((m) => [m.ruleId, m.line, m.suppressions])).toEqual([
      ['statistics-period', 2, [{ kind: 'directive', justification: '统计期限见附件' }]],
    ]);
  });

  it('disable … enable covers the lines between, for the named rules only', () => {
    const md = report({
      intro: '<!-- xxgk-lint-disable fee-statement -->',
      bodies: [undefined, undefined, undefined, undefined, undefined, '无。\n\n<!-- xxgk-lint-enable fee-statement -->'],
    });
    expect(lint(md).map((m) => m.ruleId)).toEqual(['statistics-period']);
    const reenabled = report({
      intro: '<!-- xxgk-lint-disable fee-statement -->\n\n<!-- xxgk-lint-enable fee-statement -->',
      bodies: [undefined, undefined, undefined, undefined, undefined, '无。'],
    });
    expect(lint(reenabled).map((m) => m.ruleId)).toEqual(['statistics-period', 'fee-statement']);
  });

  it('disable without rule ids silences every rule to the end', () => {
    expect(lint(`<!-- xxgk-lint-disable -->\n\n${noPeriod()}`)).toEqual([]);
  });

  it('warns about a directive naming a rule that does not exist', () => {
    expect(lint(`<!-- xxgk-lint-disable-next-line no-such-rule -->\n${report()}`)).toEqual([
      { ruleId: null, severity: 1, message: '注释指令中的规则「no-such-rule」不存在', line: 1, column: 1 },
    ]);
  });

  it('never silences a fatal message', () => {
    const { messages } = lintMarkdown('<!-- xxgk-lint-disable -->\n\n会议纪要。\n');
    expect(messages.map((m) => m.fatal)).toEqual([true]);
  });
});
