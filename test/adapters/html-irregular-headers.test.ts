import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintBytes } from '../../src/pipeline/lint-file.js';
import { resolveSettings } from '../../src/config/config.js';
import { htmlToDocx } from '../docx-builder.js';
import { allRules, lintFileText } from '../helpers.js';

const page = readFileSync(new URL('../fixtures/real/pt-2024.html', import.meta.url), 'utf8');

/** Section 三's heading and table of the real pt-2024.html, exactly as published, each row on a new line. */
function tableThree(): string[] {
  const heading = page.lastIndexOf('<p', page.indexOf('三、收到和处理政府信息公开申请情况</span>'));
  const end = page.indexOf('</table>', heading) + '</table>'.length;
  return page.slice(heading, end).split(/(?=<tr)/);
}

/**
 * The same table as a CMS editor made it (issue 11, cause 3): 自然人 two grid columns wide in
 * the second header row, a third header row that starts with an empty cell under 自然人 and
 * then 商业企业 two columns wide, and under 商业企业 data cells two columns wide.
 */
function irregular(rows: string[]): string {
  const startTag = /<td\b/g;
  const tdAt = (row: string) => [...row.matchAll(startTag)].map((m) => m.index);
  const spanTd = (row: string, at: number, span: string) => `${row.slice(0, at)}<td ${span}${row.slice(at + 3)}`;
  return rows
    .map((row, i) => {
      if (i === 1) return row.replace('colspan="7"', 'colspan="8"'); // 申请人情况
      if (i === 2) return row.replace('<td rowspan="2"', '<td colspan="2"'); // 自然人
      if (i === 3) return row.replace('<td ', '<td></td><td colspan="2" '); // (empty), 商业企业
      if (i < 4) return row;
      const cells = tdAt(row);
      return spanTd(row, cells[cells.length - 6]!, 'colspan="2"'); // the 商业企业 value
    })
    .join('\n');
}

/** The fragment holds table 三 only: tables 二 and 四 are missing, at its heading and at its end. */
function otherTablesMissing(html: string) {
  const lines = html.split('\n');
  return [
    { ruleId: 'table-completeness', severity: 2, message: '第二部分缺少统计表「主动公开政府信息情况表」', line: 1, column: 69 },
    { ruleId: 'table-completeness', severity: 2, message: '第四部分缺少统计表「政府信息公开行政复议、行政诉讼情况表」', line: lines.length, column: lines.at(-1)!.length + 1 },
  ];
}

const lintTable = (html: string) => lintFileText(html, 'x.html', { only: ['table-totals', 'table-completeness'] });

describe('HTML tables whose header spans differ from their data spans', () => {
  const regular = tableThree().join('\n');
  const fragment = irregular(tableThree());

  it('are read column by column under their header cells: a table that balances gives no finding', () => {
    expect(fragment).not.toBe(regular);
    expect(fragment.match(/colspan="2"/g)!.length).toBe(regular.match(/colspan="2"/g)!.length + 2 + 25);
    expect(lintTable(regular)).toEqual(otherTablesMissing(regular));
    expect(lintTable(fragment)).toEqual(otherTablesMissing(fragment));
  });

  it('check a changed cell under the header that covers it, at the cells the identities name', () => {
    // 一、本年新收: 217 from 自然人 and 1 from 商业企业, 218 in all. Make the 商业企业 cell say 2.
    const lines = fragment.split('\n');
    const first = lines.findIndex((l) => l.includes('一、本年新收政府信息公开申请数量'));
    lines[first] = lines[first]!.replace('>1</p>', '>2</p>');
    const changed = lines.join('\n');
    // The one cell that explains both failed identities is the one changed.
    expect(lintTable(changed)).toEqual([
      otherTablesMissing(changed)[0],
      {
        ruleId: 'table-totals',
        severity: 2,
        message:
          '收到和处理政府信息公开申请情况表「一、本年新收政府信息公开申请数量」行「法人或其他组织·商业企业」列应为1，实为2：第一项加第二项之和，等于第三项加第四项之和（2 ≠ 1）；总计等于自然人与法人或其他组织各列之和（219 ≠ 218）',
        line: first + 1,
        column: lines[first]!.indexOf('>2</p>') + 2,
      },
      otherTablesMissing(changed)[1],
    ]);
  });

  it('are read the same way from a Word file with the same merges', async () => {
    const tableRules = new Map([...allRules].filter(([id]) => id === 'table-totals' || id === 'table-completeness'));
    const options = { rules: tableRules, settings: resolveSettings(tableRules, []), locale: 'zh' as const };
    const result = await lintBytes(await htmlToDocx(fragment), 'x.docx', options);
    expect(result.messages.map((m) => m.message)).toEqual(otherTablesMissing(fragment).map((m) => m.message));
    expect(result.source!.split('\n')).toContain('一、本年新收政府信息公开申请数量\t\t\t217\t1\t0\t0\t0\t0\t218');
  }, 30_000); // mammoth's first load is slow on a busy machine
});
