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

  it('reads a data row cell by cell under the header cells when both have as many cells and each sits under its own (sh-szfbgt-2019.html)', () => {
    // The 2019 Shanghai report: the header splits its columns 1 | 1 | 2 | 1, the data 1 | 2 | 1 | 1.
    const html =
      '<table><tr><td>信息内容</td><td>上一年项目数量</td><td colspan="2">本年增/减</td><td>处理决定数量</td></tr>' +
      '<tr><td>行政许可</td><td colspan="2">0</td><td>5</td><td>7</td></tr></table>';
    expect(grid(html)).toEqual(['· · · · ·', '信息内容 上一年项目数量 本年增/减 · 处理决定数量', '行政许可 0 5 7']);
  });

  it('keeps the slots where a data row has fewer cells than the header, or a cell under no header cell of its own', () => {
    const fewer = '<table><tr><td>信息内容</td><td>上一年项目数量</td><td colspan="2">本年增/减</td><td>处理决定数量</td></tr><tr><td>行政许可</td><td colspan="3">0</td><td>7</td></tr></table>';
    expect(grid(fewer)[2]).toBe('行政许可 0 · · 7');
    // 5 stands under 本年增/减 only, 0 under 上一年项目数量 and 本年增/减: in order, the second cell is not under the second header.
    const crossed = '<table><tr><td>信息内容</td><td colspan="2">上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr><tr><td>行政许可</td><td>0</td><td>5</td><td colspan="2">7</td></tr></table>';
    expect(grid(crossed)[2]).toBe('行政许可 0 5 7 ·');
  });
});
