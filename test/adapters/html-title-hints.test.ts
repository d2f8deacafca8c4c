import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/adapters/html.js';

const page = readFileSync(new URL('../fixtures/real/pt-2024.html', import.meta.url), 'utf8');

describe('title hints of a web page', () => {
  it('gives the <title> and <meta name="ArticleTitle"> of a real page, each at its place in the source', () => {
    const hints = parseHtml(page).titleHints!;
    expect(hints.map((h) => h.text)).toEqual([
      '平潭综合实验区2024年度政府信息公开工作年度报告_政府信息公开年报_平潭综合实验区党工委管委会',
      '平潭综合实验区2024年度政府信息公开工作年度报告',
    ]);
    for (const h of hints) expect(page.slice(h.range!.start, h.range!.end)).toBe(h.text);
    expect(page.slice(hints[1]!.range!.start - 9, hints[1]!.range!.start)).toBe('content="');
  });

  it('gives the first <h1> outside the page chrome, its text with spaces collapsed', () => {
    const html =
      '<html><head><title>年报</title></head><body><header><h1>某某市人民政府</h1></header>' +
      '<h1> 某某市2024年 <span>政府信息公开工作年度报告</span></h1><h1>另一个</h1></body></html>';
    const hints = parseHtml(html).titleHints!;
    expect(hints.map((h) => h.text)).toEqual(['年报', '某某市2024年 政府信息公开工作年度报告']);
    expect(html.slice(hints[1]!.range!.start, hints[1]!.range!.end)).toBe('某某市2024年 <span>政府信息公开工作年度报告');
  });

  it('gives none for a page without any', () => {
    expect(parseHtml('<p>一、总体情况</p>').titleHints).toBeUndefined();
  });
});
