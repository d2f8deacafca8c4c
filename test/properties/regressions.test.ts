import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeWorker, lint, lintInWorker } from './harness.js';

/**
 * Failures the property suites found, each kept with the minimal counterexample fast-check
 * shrank it to (the mutated file is under test/fixtures/fuzz/), and what it must give now.
 */
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/fuzz/${name}`, import.meta.url)));
const brief = (r: Awaited<ReturnType<typeof lint>>) => r.messages.map((m) => [m.ruleId, m.severity, m.message, m.line, m.column]);

describe('regressions found by the property suites', () => {
  afterAll(closeWorker);

  // markdown/000.md, {"op":"number","at":111932812,"value":"9"×400} then {"op":"number","at":0,"value":"0"}:
  // a 400-digit count read as Infinity, and table-totals said "Infinity ≠ 11".
  it('huge-count.md: a count with more digits than arithmetic keeps exact is said to be too large, and no identity is checked with it', async () => {
    const found = brief(await lint(fixture('huge-count.md'), 'huge-count.md'));
    expect(found.filter(([rule]) => rule === 'table-totals')).toEqual([]);
    expect(found.filter(([rule]) => rule === 'non-negative-counts')).toEqual([
      ['non-negative-counts', 2, `收到和处理政府信息公开申请情况表「一、本年新收政府信息公开申请数量」行「自然人」列的数字「${'9'.repeat(400)}」过大，无法核对`, 41, 28],
    ]);
  });

  // real/pt-2019.txt (its tables run together on one line), lines moved and the 四、结转下年度 run given
  // 400 nines (seed 718281): a cut made a cell of 400 digits, and table-totals said "23 ≠ Infinity".
  it('huge-count-run-together.txt: a run of digits no cut reads as exact numbers is unreadable, not unbalanced', async () => {
    const found = brief(await lint(fixture('huge-count-run-together.txt'), 'huge-count-run-together.txt'));
    expect(found.filter(([rule]) => rule === 'table-totals')).toEqual([]);
    expect(found.filter(([rule]) => rule === 'table-completeness').map(([, severity, message, line]) => [severity, String(message).split('：')[0], line])).toEqual([
      [1, '统计表「主动公开政府信息情况表」表格数字粘连，无法唯一确定各单元格', 5],
      [1, '统计表「收到和处理政府信息公开申请情况表」表格数字粘连，无法唯一确定各单元格', 5],
    ]);
    expect(found.find(([, , message]) => String(message).includes('收到和处理'))![2]).toBe(
      '统计表「收到和处理政府信息公开申请情况表」表格数字粘连，无法唯一确定各单元格：' +
        ['自然人', '法人或其他组织·商业企业', '法人或其他组织·科研机构', '法人或其他组织·社会公益组织', '法人或其他组织·法律服务机构', '法人或其他组织·其他', '总计'].map((c) => `「四、结转下年度继续办理」${c}`).join('、'),
    );
    expect(found.some(([, , message]) => String(message).includes('Infinity'))).toBe(false);
  });

  // markdown/000.md with 1,536 <![CDATA[ and a row label typed into a cell of table 三 (seed 718281):
  // 27 s under load, micromark rescanning the cell for the closer of each (see linear-html-text.ts).
  it('cdata-cell.md: a cell holding a run of unclosed <![CDATA[ is a cell that is not a number, read in linear time', async () => {
    const found = brief(await lint(fixture('cdata-cell.md'), 'cdata-cell.md'));
    expect(found.map(([rule, severity, , line, column]) => [rule, severity, line, column])).toEqual([
      ['non-negative-counts', 2, 53, 48],
      ['previous-year-follow-up', 1, 75, 4],
    ]);
    expect(String(found[0]![2])).toMatch(/^收到和处理政府信息公开申请情况表「（四）无法提供 1\.本机关不掌握相关政府信息」行「法人或其他组织·法律服务机构」列应填数字，实为「(<!\[CDATA\[){1536}/u);
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

  // html/000.html after 2,000 unclosed <w:tbl> (seed 424242 of the long run found the same with <w:p>
  // and <w:tbl>): hast-util-from-parse5 ran out of stack, and whether it did depended on the
  // thread — "nested too deeply" in-thread, the report's findings in a worker.
  it('nested-2000.html: a page nested 2,011 deep is over maxDepth, the same in a worker as in-thread', async () => {
    const bytes = fixture('nested-2000.html');
    const inThread = await lint(bytes, 'nested-2000.html');
    expect(brief(inThread)).toEqual([[null, 2, '文件超出限制 maxDepth（2011，上限 256），未检查；如确需检查，可用 --limit maxDepth=N 调高上限', 1, 1]]);
    expect(JSON.stringify(await lintInWorker(bytes, 'nested-2000.html'))).toBe(JSON.stringify(inThread));
  });

  // markdown/000.md after a CR and 1,700 "- " (the long run, seed 86420): one line of list markers
  // is 1,700 lists in each other, and micromark's thematic-break attempts and
  // mdast-util-from-markdown's prepareList are quadratic in that: 2.8 s for 12 KB, 5.6 s for 4,000 markers.
  it('nested-list-markers.md: a line of 1,700 list markers is refused as over maxDepth before it is parsed, the same in a worker', async () => {
    const bytes = fixture('nested-list-markers.md');
    const inThread = await lint(bytes, 'nested-list-markers.md');
    expect(brief(inThread)).toEqual([[null, 2, '文件超出限制 maxDepth（3402，上限 256），未检查；如确需检查，可用 --limit maxDepth=N 调高上限', 1, 1]]);
    expect(JSON.stringify(await lintInWorker(bytes, 'nested-list-markers.md'))).toBe(JSON.stringify(inThread));
  });

  // html/000.docx with the first line of word/document.xml (all of it: Word writes the part on
  // one line) duplicated three times (the long run, seed 86420): eight copies of the root, and
  // xmldom re-listing the document's children on each node added took 6.4 s to fail.
  it('root-copies.docx: a document part holding its root eight times is a damaged file, said without parsing past the second copy', async () => {
    const bytes = fixture('root-copies.docx');
    const inThread = await lint(bytes, 'root-copies.docx');
    expect(brief(inThread)).toEqual([[null, 2, '无法读取 Word 文件：文件已损坏，或不是 Word 文档（.docx）；请用 Word 打开后另存为 .docx 再检查', 1, 1]]);
    expect(JSON.stringify(await lintInWorker(bytes, 'root-copies.docx'))).toBe(JSON.stringify(inThread));
  });

  // markdown/000.md with 1,874 "- " and an unclosed <!-- inserted into the header of table 三, a
  // cell given "/", lines moved and deleted (the re-run, seed 86420): the cell, parsed as a
  // document, was 1,874 lists in each other (6.0 s under load). test/adapters/markdown-inline.test.ts
  // holds the inline reader to declining it unparsed; the document is then read with micromark's
  // table construct, where a cell is inline.
  it('list-markers-in-cell.md: a header cell opening with 1,874 list markers is text in the table, its findings those of the cells around it', async () => {
    const bytes = fixture('list-markers-in-cell.md');
    const inThread = await lint(bytes, 'list-markers-in-cell.md');
    expect(brief(inThread).map(([rule, severity, , line, column]) => [rule, severity, line, column])).toEqual([
      ['table-completeness', 2, 19, 1],
      ['table-completeness', 2, 27, 1],
      ['table-completeness', 2, 27, 1],
      ['table-completeness', 2, 29, 1],
      ['table-completeness', 2, 29, 1],
      ['table-completeness', 2, 31, 1],
      ['required-sections', 2, 42, 4],
      ['non-negative-counts', 2, 59, 44],
      ['previous-year-follow-up', 1, 67, 4],
    ]);
    expect(brief(inThread)[7]![2]).toBe('收到和处理政府信息公开申请情况表「（五）不予处理 5.要求行政机关确认或重新出具已获取信息」行「法人或其他组织·社会公益组织」列应填数字（没有则填0），实为「/」');
    expect(JSON.stringify(await lintInWorker(bytes, 'list-markers-in-cell.md'))).toBe(JSON.stringify(inThread));
  });
});
