import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/adapters/html.js';

/** The rows of the page's first table, a cell's text or · for a slot another cell covers. */
function grid(html: string): string[] {
  const table = parseHtml(html).tree.children.find((n): n is Table => n.type === 'table')!;
  return table.children.map((row) => row.children.map((c) => toString(c) || '·').join(' '));
}

describe('the grid of an HTML table', () => {
  it('places a cell after a colspan below and a rowspan from above, as browsers do', () => {
    const html = '<table><tr><td>a</td><td>b</td><td rowspan="2">c</td><td>f</td></tr><tr><td colspan="2">d</td><td>e</td></tr></table>';
    // (The first row is the empty head row hast-util-to-mdast gives a table without <th>.)
    expect(grid(html)).toEqual(['· · · ·', 'a b c f', 'd · · e']);
  });

  it('keeps the slots of a data cell whose columns stand under different header cells', () => {
    const html = '<table><tr><th>项目</th><th>自然人</th><th>商业企业</th></tr><tr><td>一、本年新收</td><td colspan="2">5</td></tr></table>';
    expect(grid(html)).toEqual(['项目 自然人 商业企业', '一、本年新收 5 ·']);
  });

  it('drops the extra slots of a data cell under one header cell, and of nothing else', () => {
    const html =
      '<table><tr><th colspan="2">项目</th><th>自然人</th><th colspan="2">商业企业</th><th>总计</th></tr>' +
      '<tr><td colspan="2">一、本年新收</td><td>4</td><td colspan="2">1</td><td>5</td></tr></table>';
    expect(grid(html)).toEqual(['项目 · 自然人 商业企业 · 总计', '一、本年新收 · 4 1 5']);
  });

  it('drops them for a blank data cell too, before the first value of its row', () => {
    const html =
      '<table><tr><th>项目</th><th>自然人</th><th colspan="2">商业企业</th><th>总计</th></tr>' +
      '<tr><td>一、本年新收</td><td></td><td colspan="2"></td><td>0</td></tr></table>';
    expect(grid(html)).toEqual(['项目 自然人 商业企业 · 总计', '一、本年新收 · · 0']);
  });
});
