/**
 * Hostile inputs for each pattern that backtracked (issue 10): each input is large enough
 * that the old pattern ran past the test timeout (quadratic or worse), and the result is
 * given exactly. Linearity itself is structural — the patterns pass recheck
 * (regex-safety.test.ts) or were replaced by a one-pass matcher — and bench/pathological.js
 * shows the time.
 */
import { describe, expect, it } from 'vitest';
import { isPageChrome, reportPartOf } from '../../src/adapters/page-chrome.js';
import { lint, lintFileText, lintMarkdown, model } from '../helpers.js';
import { lineOf, report } from '../report-fragments.js';

const withSix = (six: string) => report({ bodies: [undefined, undefined, undefined, undefined, undefined, six] });

describe('page chrome', () => {
  it('reads a row of buttons, and a line of thousands of 打印 that is not one (exponential before)', () => {
    expect(isPageChrome('【打印本页】 【关闭窗口】')).toBe(true);
    expect(isPageChrome('[ 打印 ]  [ 关闭 ]')).toBe(true);
    expect(isPageChrome(`${'打印 '.repeat(5_000)}x`)).toBe(false);
    expect(isPageChrome(`[${'打印\t\t'.repeat(5_000)}\u0000`)).toBe(false);
    expect(isPageChrome('打印 '.repeat(5_000))).toBe(true);
  });

  it('reads a rule with a caption, and a line of 200,000 dashes and a letter (quadratic before)', () => {
    expect(isPageChrome('=====正文=====')).toBe(true);
    expect(isPageChrome('———— 相关文件 ————')).toBe(true);
    expect(isPageChrome('------')).toBe(true);
    expect(isPageChrome('-----')).toBe(false);
    expect(isPageChrome(`---${'x'.repeat(21)}---`)).toBe(false);
    expect(isPageChrome(`---${'x'.repeat(20)}---`)).toBe(true);
    expect(isPageChrome(`${'-'.repeat(200_000)}x`)).toBe(false);
    expect(isPageChrome('-'.repeat(200_000))).toBe(true);
  });

  it('keeps the report part of a line padded with 200,000 full-width spaces', () => {
    const line = `附件${'\u3000'.repeat(200_000)}x`;
    expect(isPageChrome(line)).toBe(false);
    expect(reportPartOf(`本机关依法公开政府信息。${'\u3000'.repeat(200_000)}附件下载`)).toEqual({ start: 0, end: 12 });
    expect(reportPartOf(`附件${'\u3000'.repeat(200_000)}`)).toEqual({ start: 0, end: 0 });
  });
});

describe('Markdown comments and directives', () => {
  it('reads `<!--` repeated 100,000 times as no directive (quadratic before)', () => {
    const md = `${report()}\n\n${'<!--'.repeat(100_000)}\n`;
    expect(lint(md)).toEqual(lint(report()));
  });

  it('applies a directive line 265 KB long', () => {
    const names = 'statistics-period, '.repeat(14_000);
    const md = `<!-- xxgk-lint-disable-next-line ${names}-- 统计期限见附件 -->\n${report({ intro: '本报告由大连市医疗保障局编制。' })}`;
    expect(md.split('\n')[0]!.length).toBeGreaterThan(265_000);
    const { messages, suppressed } = lintMarkdown(md);
    expect(messages).toEqual([]);
    expect(suppressed.map((m) => [m.ruleId, m.line])).toEqual([['statistics-period', 2]]);
  });
});

describe('fee-statement', () => {
  it('accepts a 400-digit amount charged', () => {
    expect(lint(withSix(`本年度收取信息处理费${'9'.repeat(400)}元。`), { only: ['fee-statement'] })).toEqual([]);
  });

  it('reads 200,000 digits that name no amount as a vague mention (quadratic before)', () => {
    const md = withSix(`本机关收取信息处理费${'9'.repeat(200_000)}。`);
    expect(lint(md, { only: ['fee-statement'] })).toEqual([
      { ruleId: 'fee-statement', severity: 2, message: '提到了信息处理费，但未说明是否收取及收费金额', line: lineOf(md, '本机关收取'), column: 1 },
    ]);
  });
});

describe('statistics period', () => {
  it('reads a period whose sentence runs on into 50,000 spaces (cubic before)', () => {
    const intro = `报告数据统计期限为2024年1月1日${' '.repeat(50_000)}至2024年12月31日。${'\u3000'.repeat(50_000)}`;
    const period = model(report({ intro })).period!;
    expect([period.start, period.end, period.keyword]).toEqual([
      { year: 2024, month: 1, day: 1 },
      { year: 2024, month: 12, day: 31 },
      true,
    ]);
  });

  it('finds no period in a date followed by 50,000 spaces and no end date', () => {
    const intro = `报告数据统计期限为2024年1月1日${' '.repeat(50_000)}。`;
    expect(model(report({ intro })).period).toBeUndefined();
  });
});

describe('a text report with a run of 200,000 full-width spaces in its prose', () => {
  it('reads as the report without it', () => {
    const text = lintFileText(report().replace(/^#+ /gm, ''), 'x.txt');
    const padded = report().replace(/^#+ /gm, '').replace('本报告', `本报告${'\u3000'.repeat(200_000)}`);
    expect(lintFileText(padded, 'x.txt')).toEqual(text);
  });
});
