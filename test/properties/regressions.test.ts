import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from './harness.js';

/**
 * Failures the property suites found, each kept with the minimal counterexample fast-check
 * shrank it to (the mutated file is under test/fixtures/fuzz/), and what it must give now.
 */
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/fuzz/${name}`, import.meta.url)));
const brief = (r: Awaited<ReturnType<typeof lint>>) => r.messages.map((m) => [m.ruleId, m.severity, m.message, m.line, m.column]);

describe('regressions found by the property suites', () => {
  // markdown/000.md, {"op":"number","at":111932812,"value":"9"×400} then {"op":"number","at":0,"value":"0"}:
  // a 400-digit count read as Infinity, and table-totals said "Infinity ≠ 11".
  it('huge-count.md: a count with more digits than arithmetic keeps exact is said to be too large, and no identity is checked with it', async () => {
    const found = brief(await lint(fixture('huge-count.md'), 'huge-count.md'));
    expect(found.filter(([rule]) => rule === 'table-totals')).toEqual([]);
    expect(found.filter(([rule]) => rule === 'non-negative-counts')).toEqual([
      ['non-negative-counts', 2, `收到和处理政府信息公开申请情况表「一、本年新收政府信息公开申请数量」行「自然人」列的数字「${'9'.repeat(400)}」过大，无法核对`, 41, 28],
    ]);
  });

  // A Word file built from an HTML seed, its w:gridSpan given 400 digits: the warning said "跨 Infinity 列".
  it('huge-grid-span.docx: a span of hundreds of digits is said as a bound, never Infinity', async () => {
    const found = brief(await lint(fixture('huge-grid-span.docx'), 'huge-grid-span.docx'));
    const spans = found.filter(([rule, , message]) => rule === null && String(message).includes('单元格跨'));
    expect(spans.map(([, severity, message]) => [severity, message])).toEqual([
      [1, '单元格跨 >10^308 列，超过上限 20，按 20 列处理（可用 --limit maxSpan=N 调整）'],
    ]);
    expect(found.some(([, , message]) => String(message).includes('Infinity'))).toBe(false);
  });
});
