import { describe, expect, it } from 'vitest';
import { isPageNumber } from '../../src/adapters/pdf/chrome.js';
import { isGarbled } from '../../src/adapters/pdf/garbled.js';
import type { Rules, TextRun } from '../../src/adapters/pdf/geometry.js';
import { ruledTables } from '../../src/adapters/pdf/grid.js';

/** Ruling lines: horizontal ones as [y, x1, x2], vertical ones as [x, y1, y2]. */
const ruling = (h: [number, number, number][], v: [number, number, number][]): Rules => ({
  h: h.map(([y, x1, x2]) => ({ y, x1, x2 })),
  v: v.map(([x, y1, y2]) => ({ x, y1, y2 })),
});

/** A run of 7.5 pt text with its baseline at y (page space, y down), one em per character. */
const run = (text: string, x: number, y: number): TextRun => ({ text, x, y, width: 7.5 * text.length, size: 7.5 });

describe('page chrome', () => {
  it('knows page numbers as printed by Word and WPS', () => {
    // A bare number too: it is dropped only in the top and bottom margins, where page numbers live.
    for (const t of ['- 4 -', '— 3 —', '-3-', '－12－', '第3页 共6页', '第 3 页', '共6页 第3页', '3/6', 'Page 3 of 6', '7']) expect(isPageNumber(t), t).toBe(true);
    for (const t of ['2024年', '一、总体情况', '第二十条 第（一）项', '- 4 - 附件']) expect(isPageNumber(t), t).toBe(false);
  });
});

describe('garbled text', () => {
  it('is private-use or control characters, or a report-sized text without Chinese', () => {
    expect(isGarbled('\ue001\ue002\ue003 本报告')).toBe(true);
    expect(isGarbled('\u0003\u0004\u0005\u0006\u0007\u0008 abc')).toBe(true);
    expect(isGarbled('!"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJ'.repeat(6))).toBe(true);
    expect(isGarbled('本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》规定编制。'.repeat(6))).toBe(false);
    // Too short to judge: a cover page with a date.
    expect(isGarbled('2024-12-31')).toBe(false);
  });
});

describe('ruled tables', () => {
  // Table 三's left edge as WPS draws it: a vertical label one character per line spanning
  // three rows, a row label wrapped over two lines, and a number column.
  const rules = ruling(
    [
      [100, 0, 300],
      [120, 40, 300],
      [150, 40, 300],
      [170, 0, 300],
    ],
    [
      [0, 100, 170],
      [40, 100, 170],
      [250, 100, 170],
      [300, 100, 170],
    ],
  );
  const runs = [
    run('三、', 5, 110),
    run('本', 5, 125),
    run('年', 5, 140),
    run('度', 5, 155),
    run('（一）予以公开', 45, 115),
    run('1288', 260, 115),
    run('（二）部分公开（区分处理的，只计这一情', 45, 132),
    run('形，不计其他情形）', 45, 145),
    run('447', 260, 140),
    run('（七）总计', 45, 165),
    run('2932', 260, 165),
  ];

  it('join a vertical label into one cell spanning its rows, and a wrapped label into one cell', () => {
    const [table] = ruledTables(rules, runs);
    expect(table!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['三、本年度', '（一）予以公开', '1288'],
      ['', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '447'],
      ['', '（七）总计', '2932'],
    ]);
    expect(new Set(table!.rows.map((r) => r[0]!.cell)).size).toBe(1);
  });

  it('keep the last row of a table a page break cuts, which has no rule under it (hz-szf-2023.pdf, page 3)', () => {
    // The column rules run on to the page's cut; the group label's rows share no rule in its column.
    const cut = ruling(
      [
        [739, 103, 516],
        [759, 180, 516],
      ],
      [
        [103, 739, 778],
        [180, 739, 778],
        [310, 739, 778],
        [516, 739, 778],
      ],
    );
    const [table] = ruledTables(cut, [
      run('（四）无法提供', 104, 762),
      run('1.本机关不掌握相关政府信息', 181, 754),
      run('10', 319, 754),
      run('2.没有现成信息需要另行制作', 181, 774),
      run('3', 322, 774),
    ]);
    expect(table!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['（四）无法提供', '1.本机关不掌握相关政府信息', '10'],
      ['', '2.没有现成信息需要另行制作', '3'],
    ]);
  });

  it('do not make a table of a box drawn around one paragraph', () => {
    const box: Rules = { h: [{ y: 0, x1: 0, x2: 100 }, { y: 50, x1: 0, x2: 100 }], v: [{ x: 0, y1: 0, y2: 50 }, { x: 100, y1: 0, y2: 50 }] };
    expect(ruledTables(box, [run('注：', 5, 20)])).toEqual([]);
  });
});
