import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlTitleLines } from '../../src/adapters/html-title-lines.js';
import { parseHtml } from '../../src/adapters/html.js';
import { buildReport } from '../../src/model/report.js';
import { pageTitleAgencies } from '../../src/pipeline/title-peek.js';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const peek = (html: string) => pageTitleAgencies(htmlTitleLines(html));
const modelAgency = (html: string) => buildReport(parseHtml(html)).agency;

describe('a web page’s title lines, peeked at without parsing', () => {
  it.each(['html/000.html', 'html/002.html', 'real/pt-2023.html', 'real/pt-2024.html'])('name the agency the model reads in %s', (path) => {
    const html = fixture(path);
    const agency = modelAgency(html);
    expect(agency).toBeDefined();
    expect(peek(html)).toContain(agency);
  });

  it('join inline markup, decode references and collapse HTML whitespace as the parser and the adapter do', () => {
    const html = '<p><span>大连市</span><b>医疗保障局</b>&nbsp;2024年政府信息公开工作年度报告</p>';
    expect(htmlTitleLines(html)).toContain('大连市医疗保障局\u00a02024年政府信息公开工作年度报告');
    expect(peek(html)).toEqual([modelAgency(html)]);
    const spaced = '<h1>大连市\n   医疗保障局 2024年政府信息公开工作年度报告</h1>';
    expect(modelAgency(spaced)).toBe('大连市 医疗保障局');
    expect(peek(spaced)).toContain('大连市 医疗保障局');
  });

  it('end a line at a block tag or <br>, as the adapter ends a block or a line', () => {
    expect(htmlTitleLines('<div>大连市医疗保障局<div>2024年</div>政府信息公开<br>工作年度报告</div>')).toEqual([
      '大连市医疗保障局',
      '2024年',
      '政府信息公开',
      '工作年度报告',
    ]);
  });

  it('read the parts of a <title> and the content of <meta name="ArticleTitle">', () => {
    expect(peek('<title>首页_松江区医疗保障局2024年政府信息公开工作年度报告_政府信息公开年报</title>')).toContain('松江区医疗保障局');
    expect(peek('<meta name="ArticleTitle" content="重庆市医疗保障局2023年政府信息公开工作年度报告">')).toEqual(['重庆市医疗保障局']);
  });

  it('name no agency of a page without a report title', () => {
    expect(peek('<html><head><title>政府信息公开年报</title></head><body><p>通知</p></body></html>')).toEqual([]);
  });

  it('read markup that never closes in one pass: lone `<`, an unclosed tag or comment end the text there', () => {
    expect(htmlTitleLines(`<p>${'<'.repeat(60_000)}</p>`)).toEqual(['<'.repeat(60_000)]);
    expect(htmlTitleLines(`<p>大连市医疗保障局</p><p/g${'<p/g'.repeat(30_000)}`)).toEqual(['大连市医疗保障局']);
    expect(htmlTitleLines(`<h1>大连市医疗保障局</h1>${'<!--'.repeat(30_000)}`)).toEqual(['大连市医疗保障局']);
    expect(htmlTitleLines('<p>甲</p><!-- <p>乙</p> --><p>丙</p>')).toEqual(['甲', '丙']);
  });
});
