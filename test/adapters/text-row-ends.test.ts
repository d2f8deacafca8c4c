import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintBytes } from '../../src/pipeline/lint-file.js';
import { resolveSettings } from '../../src/config/config.js';
import { htmlToDocx } from '../docx-builder.js';
import { allRules, brief, lintFileText } from '../helpers.js';

/**
 * Where a row ends (issue 11, cause 7): a tab always separates two cells, so a row whose
 * last cells are blank keeps them; only a pipe row's closing "|" adds no cell.
 */
const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const blank = (column: string, line: number, col: number) => ({
  ruleId: 'table-completeness',
  severity: 1,
  message: `统计表「政府信息公开行政复议、行政诉讼情况表」的「数据」行「${column}」列为空；没有数据请填0`,
  line,
  column: col,
});

describe('the end of a table row', () => {
  it('tab-separated text: the blank last two of fifteen cells are two blank cells, not a short row', () => {
    // Seed 004, table 四's data row with its last two values left out, as an export writes them.
    const lines = fixture('seeds/004_b92fd2617ccba4db.txt').split('\n');
    expect(lines[83]).toBe(new Array(15).fill('0').join('\t'));
    lines[83] = `${new Array(13).fill('0').join('\t')}\t\t`;
    expect(lintFileText(lines.join('\n'), '004.txt', { only: ['table-completeness', 'table-totals'] })).toEqual([
      blank('行政诉讼·复议后起诉·尚未审结', 84, 27),
      blank('行政诉讼·复议后起诉·总计', 84, 28),
    ]);
  });

  it('a pipe row\'s closing "|" adds no cell', () => {
    // Seed 000's table 四 is written "0 | 0 | … | 0 |": fifteen cells, all there.
    expect(lintFileText(fixture('seeds/000_62938e86c4e2d319.txt'), '000.txt', { only: ['table-completeness'] })).toEqual([]);
  });

  it('Word: blank cells at the end of a row stay cells', async () => {
    const html = fixture('html/000.html');
    const zero = '<td><p align="center"><span>0</span></p></td>';
    const row = `<tr>${zero.repeat(15)}</tr>`;
    expect(html).toContain(row);
    const docx = await htmlToDocx(html.replace(row, `<tr>${zero.repeat(13)}<td></td><td></td></tr>`));
    const result = await lintBytes(docx, '000.docx', { rules: allRules, settings: resolveSettings(allRules, []), locale: 'zh' });
    const line = result.source!.split('\n').findIndex((l) => l.startsWith('0\t0\t0')) + 1;
    expect(result.source!.split('\n')[line - 1]).toBe(`${new Array(13).fill('0').join('\t')}\t\t`);
    expect(result.messages.map(brief).filter((m) => m.ruleId === 'table-completeness')).toEqual([
      blank('行政诉讼·复议后起诉·尚未审结', line, 27),
      blank('行政诉讼·复议后起诉·总计', line, 28),
    ]);
  }, 30_000);

  it('Word: a blank merged cell closing a row is as many cells as it spans', async () => {
    const html = fixture('html/000.html');
    const zero = '<td><p align="center"><span>0</span></p></td>';
    const docx = await htmlToDocx(html.replace(`<tr>${zero.repeat(15)}</tr>`, `<tr>${zero.repeat(13)}<td colspan="2"></td></tr>`));
    const result = await lintBytes(docx, '000.docx', { rules: allRules, settings: resolveSettings(allRules, []), locale: 'zh' });
    const line = result.source!.split('\n').findIndex((l) => l.startsWith('0\t0\t0')) + 1;
    expect(result.source!.split('\n')[line - 1]).toBe(`${new Array(13).fill('0').join('\t')}\t\t`);
    expect(result.messages.map(brief).filter((m) => m.ruleId === 'table-completeness')).toEqual([
      blank('行政诉讼·复议后起诉·尚未审结', line, 27),
      blank('行政诉讼·复议后起诉·总计', line, 28),
    ]);
  }, 30_000);
});
