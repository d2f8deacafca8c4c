import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/adapters/text.js';
import { buildReport, type Report } from '../../src/model/report.js';
import { lintFileText } from '../helpers.js';
import { spaceAlignedRendition } from '../space-aligned-rendition.js';

/**
 * Tables laid out with spaces (issue 7), as `pdftotext -layout` writes a PDF's tables:
 * each seed's tables rewritten that way (test/space-aligned-rendition.ts) give the seed's
 * findings and the seed's values, cell for cell.
 */
const SEEDS = ['000_62938e86c4e2d319.txt', '001_c20b6ef2d407903b.txt', '002_b71533b4867e4f0f.txt', '003_fefb3a1f5c1b25b2.txt', '004_b92fd2617ccba4db.txt'];
const seed = (name: string) => readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8');

/** Every cell of every table the model read, by table, block and row. */
function cells(r: Report): Record<string, (number | string)[]> {
  const out: Record<string, (number | string)[]> = {};
  for (const [t, table] of r.tables) {
    for (const [b, block] of table.blocks) {
      for (const [id, row] of block.rows) out[`${t}/${b}/${id}`] = row.cells.map((c) => (c.value.status === 'number' ? c.value.value : c.value.status));
    }
  }
  return out;
}
const findings = (text: string, name: string) => lintFileText(text, name).map((m) => [m.ruleId, m.severity, m.message]);

describe('space-aligned tables in text', () => {
  it.each(SEEDS)('%s rewritten space-aligned gives the findings and the table values of the seed', (name) => {
    const text = seed(name);
    const aligned = spaceAlignedRendition(text);
    // 003 has no table to rewrite.
    expect(aligned === text).toBe(name.startsWith('003'));
    expect(cells(buildReport(parseText(aligned)))).toEqual(cells(buildReport(parseText(text))));
    expect(findings(aligned, name)).toEqual(findings(text, name));
  });

  it('renditions have what pdftotext -layout writes: stacked headers, wrapped labels with the values on their last line', () => {
    const lines = spaceAlignedRendition(seed('000_62938e86c4e2d319.txt')).split('\n');
    const at = lines.indexOf('(二)部分公开(区分处理的,只计这一情形');
    expect(lines[at + 1]).toBe(`,不计其他情形)${' '.repeat(42)}     5     0     0     0     0     0     5`);
    expect(lines).toContain(`${' '.repeat(50)}自然人   法人或其  总计`);
    expect(lines).toContain(`${' '.repeat(50)}      他组织`);
  });

  it('points at the cell in the original: a wrapped row, and a finding in it', () => {
    const text = spaceAlignedRendition(seed('000_62938e86c4e2d319.txt'));
    const r = buildReport(parseText(text));
    const row = r.tables.get('requests')!.blocks.get('main')!.rows.get('partly-granted')!;
    expect(row.cells.map((c) => [c.raw, c.position.line, c.position.column])).toEqual(
      [5, 0, 0, 0, 0, 0, 5].map((v, i) => [String(v), 48, 56 + 6 * i]),
    );
    const broken = text.split('\n');
    broken[47] = broken[47]!.replace(/5$/u, '6');
    expect(lintFileText(broken.join('\n'), '000.txt', { only: ['table-totals'] })).toEqual([
      {
        ruleId: 'table-totals',
        severity: 2,
        message:
          '收到和处理政府信息公开申请情况表「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」行「总计」列应为5，实为6：（七）总计等于（一）至（六）各项之和（12 ≠ 11）；总计等于自然人与法人或其他组织各列之和（5 ≠ 6）',
        line: 48,
        column: 92,
      },
    ]);
  });

  it('leaves prose with numbers and double spaces as prose', () => {
    const text = [
      '某局2024年政府信息公开工作年度报告',
      '一、总体情况',
      '本年度共收到政府信息公开申请  12  件，办结  12  件，予以公开  4  件。',
      '全年主动公开信息  1234  条',
      '其中政策文件  56  条，政策解读  7  条',
      '全年主动公开信息  1234',
      '其中政策文件  56',
      '政策解读  7',
      '规范性文件  3',
      '行政许可  0',
      '',
    ].join('\n');
    expect(parseText(text).tree.children.map((n) => n.type)).toEqual(['paragraph', 'heading', ...new Array(8).fill('paragraph')]);
  });

  it('a real PDF as pdftotext -layout extracts it: every value of its tables, and no table finding', () => {
    // test/fixtures/real/make-layout.sh made this from ../shared/real/huaian-szf-2024.pdf: ruled
    // tables, table 三 across a page break (with the page number "-4-" inside it), labels
    // wrapped with their values on a middle line, 三、本年度办理结果 written one character per line.
    const text = readFileSync(new URL('../fixtures/real/huaian-szf-2024.layout.txt', import.meta.url), 'utf8');
    const r = buildReport(parseText(text));
    const got = cells(r);
    expect(Object.fromEntries(Object.entries(got).filter(([k]) => k.startsWith('requests/')))).toEqual({
      'requests/main/new': [3001, 53, 0, 0, 61, 4, 3119],
      'requests/main/carried-over': [34, 0, 0, 0, 0, 0, 34],
      'requests/main/granted': [1288, 21, 0, 0, 50, 3, 1362],
      'requests/main/partly-granted': [447, 7, 0, 0, 0, 0, 454],
      'requests/main/withheld-state-secret': [2, 0, 0, 0, 0, 0, 2],
      'requests/main/withheld-prohibited': [30, 1, 0, 0, 0, 0, 31],
      'requests/main/withheld-three-securities': [5, 0, 0, 0, 0, 0, 5],
      'requests/main/withheld-third-party': [6, 0, 0, 0, 0, 0, 6],
      'requests/main/withheld-internal-affairs': [7, 1, 0, 0, 0, 0, 8],
      'requests/main/withheld-process-info': [12, 0, 0, 0, 0, 0, 12],
      'requests/main/withheld-enforcement-files': [9, 0, 0, 0, 0, 0, 9],
      'requests/main/withheld-inquiry': [105, 0, 0, 0, 0, 0, 105],
      'requests/main/unavailable-not-held': [746, 12, 0, 0, 10, 1, 769],
      'requests/main/unavailable-needs-creation': [11, 0, 0, 0, 0, 0, 11],
      'requests/main/unavailable-still-unclear': [1, 0, 0, 0, 0, 0, 1],
      'requests/main/not-processed-petition': [56, 6, 0, 0, 0, 0, 62],
      'requests/main/not-processed-repeated': [25, 0, 0, 0, 0, 0, 25],
      'requests/main/not-processed-publications': [0, 0, 0, 0, 0, 0, 0],
      'requests/main/not-processed-excessive': [0, 0, 0, 0, 0, 0, 0],
      'requests/main/not-processed-confirmation': [1, 0, 0, 0, 0, 0, 1],
      'requests/main/other-no-correction': [67, 3, 0, 0, 1, 0, 71],
      'requests/main/other-fee-unpaid': [6, 0, 0, 0, 0, 0, 6],
      'requests/main/other-other': [108, 2, 0, 0, 0, 0, 110],
      'requests/main/total': [2932, 53, 0, 0, 61, 4, 3050],
      'requests/main/carry-forward': [103, 0, 0, 0, 0, 0, 103],
    });
    expect(got['appeals/main/cases']).toEqual([72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]);
    // The wrapped label's values, on the line between its two halves, at their place in the file.
    const partly = r.tables.get('requests')!.blocks.get('main')!.rows.get('partly-granted')!;
    expect(partly.cells.map((c) => [c.raw, c.position.line, c.position.column])).toEqual([
      ['447', 130, 33], ['7', 130, 45], ['0', 130, 54], ['0', 130, 63], ['0', 130, 72], ['0', 130, 77], ['454', 130, 81],
    ]);
    // Every identity holds: no table rule says anything. Section 五 names no follow-up of last year's problems.
    expect(lintFileText(text, 'huaian-szf-2024.txt')).toEqual([
      { ruleId: 'previous-year-follow-up', severity: 1, message: '第五部分只写了本年度的问题，未说明上年度问题的整改情况', line: 225, column: 8 },
    ]);
  });
});
