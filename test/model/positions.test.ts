import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceText } from '../../src/text/source-text.js';
import { lint, lintFileText } from '../helpers.js';
import { lineOf, report } from '../report-fragments.js';

/** A finding points at its text in the source, whatever the source writes before it. */
const only = ['no-placeholder'];
const placeholder = (line: number, column: number) => ({ ruleId: 'no-placeholder', severity: 2, message: '疑似未替换的模板或草稿文字「××」', line, column });

describe('positions after entities and escapes', () => {
  it.each([
    ['&nbsp;', '本局&nbsp;&nbsp;依法公开，由××处负责。'],
    ['&amp;', '本局依法公开&amp;解读，由××处负责。'],
    ['\\*', '本局依法公开\\*解读\\*，由××处负责。'],
    ['&#x1F600; (two UTF-16 units)', '本局&#x1F600;依法公开，由××处负责。'],
  ])('%s earlier in a Markdown paragraph does not shift a later finding', (_name, body) => {
    const md = report({ bodies: [body] });
    expect(lint(md, { only })).toEqual([placeholder(lineOf(md, body), body.indexOf('××') + 1)]);
  });

  it('&nbsp; earlier in an HTML paragraph does not shift a later finding', () => {
    const line = '<p>本局&nbsp;&nbsp;&nbsp;依法公开&amp;解读，由××处负责。</p>';
    const html = `<html><body><h1>大连市医疗保障局2024年政府信息公开工作年度报告</h1><h2>一、总体情况</h2>\n${line}\n</body></html>`;
    expect(lintFileText(html, 'r.html', { only })).toEqual([placeholder(2, line.indexOf('××') + 1)]);
  });
  it('on a real Word-exported page, two &nbsp; opening the paragraph do not move a finding 10 columns left (issue 10: 215, not 225)', () => {
    // html/000.html, line 23: <p class="MsoNormal" …><font size="3">&nbsp;&nbsp;(二)依申请公开。…本年度,收到信息公开申请11件…
    // The prose is made to say 12 where table 三 says 11, so that the statement is reported where it starts.
    const page = readFileSync(new URL('../fixtures/html/000.html', import.meta.url), 'utf8').replace('收到信息公开申请11件', '收到信息公开申请12件');
    const line = page.split('\n')[22]!;
    expect(line.indexOf('收到信息公开申请12件') + 1).toBe(225);
    expect(lintFileText(page, '000.html', { only: ['text-table-consistency'] })).toEqual([
      {
        ruleId: 'text-table-consistency',
        severity: 2,
        message: '正文「收到信息公开申请12件」与收到和处理政府信息公开申请情况表「一、本年新收政府信息公开申请数量」行「总计」列的11不一致',
        line: 23,
        column: 225,
      },
    ]);
  });
});

describe('line endings and surrogate pairs', () => {
  it('a file with CR-only line endings has its findings on their own lines, as .md and as .txt', () => {
    const md = report({ bodies: ['本局××处负责政府信息公开工作。'] });
    const cr = md.replace(/\n/g, '\r');
    const line = lineOf(md, '本局××处');
    expect(lint(cr, { only })).toEqual([placeholder(line, 3)]);
    const txt = md.replace(/^#+ /gm, '').replace(/\n/g, '\r');
    expect(lintFileText(txt, 'r.txt', { only })).toEqual(lintFileText(txt.replace(/\r/g, '\n'), 'r.txt', { only }));
    expect(lintFileText(txt, 'r.txt', { only })).toEqual([placeholder(line, 3)]);
  });

  it('a range never starts or ends between the halves of a surrogate pair', () => {
    const source = new SourceText('a😀b');
    expect(source.positionOf({ start: 2, end: 2 })).toEqual({ line: 1, column: 2, endLine: 1, endColumn: 4 });
    expect(source.positionOf({ start: 0, end: 2 })).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 4 });
  });
});
