import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/config/config.js';
import { lintBytes } from '../../src/pipeline/lint-file.js';
import { allRules, brief, lintFileText } from '../helpers.js';
import { pipeTablesToHtml } from '../pipe-tables-to-html.js';

const seed = readFileSync(new URL('../fixtures/markdown/000.md', import.meta.url), 'utf8');

/** Each finding, with the source text where it points: a cell's value, a paragraph's start. */
function located(markdown: string) {
  const lines = markdown.split('\n');
  return lintFileText(markdown, 'report.md').map((m) => ({
    ruleId: m.ruleId,
    message: m.message,
    at: lines[m.line - 1]!.slice(m.column - 1, m.column + 7).split(/[<|]/)[0]!.trim(),
  }));
}

describe('Markdown whose tables are HTML <table> blocks', () => {
  const html = pipeTablesToHtml(seed);

  // Each spec lints the seed twice; on a busy machine that can take longer than vitest's default 5 s.
  const slow = 30_000;

  it('reads them as tables, with the findings of the pipe-table version', () => {
    expect(html).not.toMatch(/^\|/m);
    expect(html.match(/<table>/g)?.length).toBe(3);
    expect(html).toContain('<td rowspan="22">三、本年度办理结果</td>');
    expect(html).toContain('<td colspan="3">一、本年新收政府信息公开申请数量</td>');
    expect(located(html)).toEqual(located(seed));
    expect(located(html).map((m) => m.ruleId)).toEqual(['previous-year-follow-up']);
  }, slow);

  it('puts a table finding at the cell in the Markdown file', () => {
    const changed = seed.replace('| 一、本年新收政府信息公开申请数量 |  |  | 11 |', '| 一、本年新收政府信息公开申请数量 |  |  | 12 |');
    expect(changed).not.toBe(seed);
    const asHtml = pipeTablesToHtml(changed);
    const findings = lintFileText(asHtml, 'report.md');
    const lines = asHtml.split('\n');
    const row = lines.findIndex((l) => l.includes('一、本年新收政府信息公开申请数量')) + 1;
    expect(findings.filter((m) => m.ruleId === 'table-totals')).toEqual([
      {
        ruleId: 'table-totals',
        severity: 2,
        message:
          '收到和处理政府信息公开申请情况表「一、本年新收政府信息公开申请数量」行「自然人」列应为11，实为12：第一项加第二项之和，等于第三项加第四项之和（12 ≠ 11）；总计等于自然人与法人或其他组织各列之和（12 ≠ 11）',
        line: row,
        column: lines[row - 1]!.indexOf('<td>12</td>') + 5,
      },
    ]);
    expect(located(asHtml)).toEqual(located(changed));
  }, slow);

  it('are read so by the file pipeline too, which loads the HTML stack for them', async () => {
    const options = { rules: allRules, settings: resolveSettings(allRules, []), locale: 'zh' as const };
    const result = await lintBytes(new TextEncoder().encode(html), 'report.md', options);
    expect(result.messages.map(brief)).toEqual(lintFileText(html, 'report.md'));
  }, slow);
});
