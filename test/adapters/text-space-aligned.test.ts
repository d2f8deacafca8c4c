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
        message: '收到和处理政府信息公开申请情况表「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」行「总计」列应为5，实为6：总计等于自然人与法人或其他组织各列之和（5 ≠ 6）',
        line: 48,
        column: 92,
      },
      {
        ruleId: 'table-totals',
        severity: 2,
        message: '收到和处理政府信息公开申请情况表「（七）总计」行「总计」列应为12，实为11：（七）总计等于（一）至（六）各项之和（12 ≠ 11）',
        line: 70,
        column: 91,
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
});
