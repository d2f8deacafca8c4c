import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/adapters/html.js';
import { TextBlock } from '../../src/model/blocks.js';
import { buildReport } from '../../src/model/report.js';

const page = readFileSync(new URL('../fixtures/html/002.html', import.meta.url), 'utf8');

describe('HTML adapter', () => {
  const report = buildReport(parseHtml(page));
  const prose = report.blocks.filter((b): b is TextBlock => b instanceof TextBlock).map((b) => b.text);

  it('keeps the report and drops scripts, navigation, footer and page chrome', () => {
    expect(prose.some((t) => t.includes('document.write') || t.includes('_hmt'))).toBe(false);
    expect(prose.some((t) => t.includes('互动交流') || t.includes('ICP备案号'))).toBe(false);
    expect(prose.some((t) => t.includes('当前位置') || t.includes('扫一扫') || t.includes('阅读次数') || t.includes('打印本页'))).toBe(false);
    expect(report.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads the publication date from <meta name="PubDate">, at its place in the source', () => {
    expect(report.published?.date).toBe('2025-01-17');
    expect(page.slice(report.published!.range.start, report.published!.range.end)).toBe('2025-01-17');
  });

  it('unwraps the layout table and resolves the merged cells of table 三', () => {
    const block = report.tables.get('requests')!.blocks.get('main')!;
    expect(block.rows.size).toBe(25);
    expect(block.headers.size).toBe(7);
    const other = block.rows.get('other-other')!.cells.map((c) => (c.value.status === 'number' ? c.value.value : c.value.status));
    expect(other).toEqual([1, 0, 0, 0, 0, 0, 1]);
    const cell = block.rows.get('other-other')!.cells[0]!;
    expect(page.slice(cell.range.start, cell.range.end)).toBe('1');
  });
});
