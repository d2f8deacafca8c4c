import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/adapters/text.js';
import { buildReport, type Report } from '../../src/model/report.js';
import { flattenTables } from '../flatten-tables.js';
import { resolveSettings } from '../../src/config/config.js';
import { lintReport } from '../../src/engine/linter.js';
import { allRules, lintFileText } from '../helpers.js';

/**
 * Tables whose cells ran together, as crawled pages and "文字版" pages hold them: the real
 * Pingtan reports of test/fixtures/real (copied byte for byte from ../shared/real), rows from
 * them, and the seeds flattened by a helper.
 */
const real = (year: number) => readFileSync(new URL(`../fixtures/real/pt-${year}.txt`, import.meta.url), 'utf8');
const seed = (file: string) => readFileSync(new URL(`../fixtures/seeds/${file}`, import.meta.url), 'utf8');

type Shown = number | '_' | '?';
function grid(r: Report, table: string): Shown[][] {
  const block = r.tables.get(table)?.blocks.get('main');
  return [...(block?.rows.values() ?? [])].map((row) =>
    row.cells.map((c) => (c.value.status === 'number' ? c.value.value : c.value.status === 'blank' ? '_' : '?')),
  );
}
const status = (r: Report, table: string) => r.tables.get(table)?.blocks.get('main')?.flattened?.status;
/** Findings about tables 三 and 四 (table 二, without identities, has its own spec). */
const tableFindings = (text: string, file = 'x.txt') =>
  lintFileText(text, file).filter(
    (m) => (m.ruleId === 'table-totals' || (m.ruleId === 'table-completeness' && /粘连|为空/u.test(m.message))) && !m.message.includes('主动公开政府信息情况表'),
  );

const z7 = [0, 0, 0, 0, 0, 0, 0];
const zeros = (n: number) => Array.from({ length: n }, () => z7);

describe('tables whose digits ran together', () => {
  it('pt-2023: every row has one reading that balances table 三, and table 四 has one', () => {
    const r = buildReport(parseText(real(2023)));
    expect(status(r, 'requests')).toBe('read');
    expect(grid(r, 'requests')).toEqual([
      [80, 1, 0, 0, 0, 0, 81], z7, [22, 0, 0, 0, 0, 0, 22], [19, 1, 0, 0, 0, 0, 20],
      ...zeros(3), [1, 0, 0, 0, 0, 0, 1], z7, [1, 0, 0, 0, 0, 0, 1], [1, 0, 0, 0, 0, 0, 1], [2, 0, 0, 0, 0, 0, 2],
      [31, 0, 0, 0, 0, 0, 31], ...zeros(3), [1, 0, 0, 0, 0, 0, 1], ...zeros(3),
      [1, 0, 0, 0, 0, 0, 1], z7, [1, 0, 0, 0, 0, 0, 1], [80, 1, 0, 0, 0, 0, 81], z7,
    ]);
    expect(grid(r, 'appeals')).toEqual([[1, 1, 0, 0, 2, 4, 0, 0, 1, 5, 1, 0, 1, 0, 2]]);
    // Each cell stands at its digits inside the run: "（一）予以公开220000022" has 22 first.
    const granted = r.tables.get('requests')!.blocks.get('main')!.rows.get('granted')!.cells;
    const text = real(2023);
    const line = text.split('\n')[granted[0]!.position.line - 1]!;
    expect([line.slice(granted[0]!.position.column - 1 - '（一）予以公开'.length, granted[0]!.position.column + 1), granted[0]!.recovered]).toEqual(['（一）予以公开22', true]);
    expect(line.slice(granted[6]!.position.column - 1, granted[6]!.position.column + 1)).toBe('22');
    expect(tableFindings(text, 'pt-2023.txt')).toEqual([]);
  });

  it('pt-2019 (2019 format, some cells spaced "23 0 00 0 023"): one reading of table 三, which balances', () => {
    const r = buildReport(parseText(real(2019)));
    expect(r.template.id).toBe('2019');
    expect(status(r, 'requests')).toBe('read');
    expect(grid(r, 'requests')).toEqual([
      [23, 0, 0, 0, 0, 0, 23], z7, [7, 0, 0, 0, 0, 0, 7], [1, 0, 0, 0, 0, 0, 1], ...zeros(8),
      [7, 0, 0, 0, 0, 0, 7], z7, [5, 0, 0, 0, 0, 0, 5], z7, [3, 0, 0, 0, 0, 0, 3], ...zeros(4), [23, 0, 0, 0, 0, 0, 23], z7,
    ]);
    expect(tableFindings(real(2019), 'pt-2019.txt')).toEqual([]);
  });

  it('pt-2020: no reading balances table 三 — one error at the run, with what the one row-by-row reading gives', () => {
    const r = buildReport(parseText(real(2020)));
    expect(status(r, 'requests')).toBe('unbalanced');
    const run = r.tables.get('requests')!.blocks.get('main')!.flattened!.range;
    expect(tableFindings(real(2020), 'pt-2020.txt')).toEqual([
      {
        ruleId: 'table-totals',
        severity: 2,
        message:
          '收到和处理政府信息公开申请情况表的数字粘连在一起，无论怎样拆分都不能使勾稽关系成立（按各行数字唯一的拆法：「自然人」列（七）总计等于（一）至（六）各项之和（26 ≠ 20）；「总计」列（七）总计等于（一）至（六）各项之和（27 ≠ 21））',
        line: r.source.positionOf(run).line,
        column: r.source.positionOf(run).column,
      },
    ]);
    // The run starts right after the first row label.
    expect(real(2020).slice(run.start - 2, run.start + 10)).toBe('数量200 000121');
  });

  it('an ambiguous run: the cells all readings agree on get their value, the rest are ambiguous and reported once as a warning', () => {
    // Table 四 of pt-2022 with its review group as 10 + 1 = 11, which reads as 1 + 10 = 11 as well.
    const text = real(2022).replace('0 1 1 0 2 1 0 0 0 1 0 0 0 0 0', '10100110000000000');
    const r = buildReport(parseText(text));
    expect(status(r, 'appeals')).toBe('ambiguous');
    expect(grid(r, 'appeals')).toEqual([['?', '?', '?', 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]);
    expect(tableFindings(text).map((m) => [m.ruleId, m.severity, m.message])).toEqual([
      [
        'table-completeness',
        1,
        '统计表「政府信息公开行政复议、行政诉讼情况表」表格数字粘连，无法唯一确定各单元格：「数据」行政复议·结果维持、「数据」行政复议·结果纠正、「数据」行政复议·其他结果',
      ],
    ]);
  });

  it('a run with blank cells: fewer numbers than cells, placed where the columns balance', () => {
    const text = real(2023).replace('（二）部分公开（区分处理的，只计这一情形，不计其他情形）191000020', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）19 1 20');
    const r = buildReport(parseText(text));
    expect(status(r, 'requests')).toBe('read');
    expect(grid(r, 'requests')[3]).toEqual([19, 1, '_', '_', '_', '_', 20]);
    expect(tableFindings(text).map((m) => m.message)).toEqual(
      ['科研机构', '社会公益组织', '法律服务机构', '其他'].map((c) => `统计表「收到和处理政府信息公开申请情况表」的「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」行「法人或其他组织·${c}」列为空；没有数据请填0`),
    );
  });

  it('a wrong cell in a run-together table: no reading balances, so the table is reported once, at the run', () => {
    // pt-2023 with 予以公开 as 23: every row still reads, but no cut of the digits balances the
    // columns; 部分公开 "191000020" reads as 19 + 1 = 20 or 1 + 9 + 10 = 20, so it stays ambiguous.
    const text = real(2023).replace('（一）予以公开220000022', '（一）予以公开230000023');
    expect(tableFindings(text).map((m) => [m.ruleId, m.severity, m.message])).toEqual([
      ['table-totals', 2, '收到和处理政府信息公开申请情况表的数字粘连在一起，无论怎样拆分都不能使勾稽关系成立'],
      [
        'table-completeness',
        1,
        '统计表「收到和处理政府信息公开申请情况表」表格数字粘连，无法唯一确定各单元格：「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」自然人、「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」法人或其他组织·商业企业、「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」法人或其他组织·科研机构',
      ],
    ]);
  });

  it('says in a finding that a value was recovered from run-together digits', () => {
    // pt-2025 says 收到…申请154件, and its table reads 154; as 155, the finding names the cell's origin.
    const text = real(2025).replace('收到政府信息公开申请154件', '收到政府信息公开申请155件');
    expect(lintFileText(text, 'pt-2025.txt').filter((m) => m.ruleId === 'text-table-consistency').map((m) => m.message)).toEqual([
      '正文「收到政府信息公开申请155件」与收到和处理政府信息公开申请情况表「一、本年新收政府信息公开申请数量」行「总计」列（由粘连数字拆分得出）的154不一致',
    ]);
  });

  it('pt-2022: 收到…申请75件 counts the one request carried over from 2021 (74 + 1), which is no discrepancy', () => {
    expect(lintFileText(real(2022), 'pt-2022.txt').filter((m) => m.ruleId === 'text-table-consistency')).toEqual([]);
  });
});

describe('the seeds with their tables flattened', () => {
  const SEEDS = ['000_62938e86c4e2d319.txt', '001_c20b6ef2d407903b.txt', '002_b71533b4867e4f0f.txt', '004_b92fd2617ccba4db.txt'];

  it.each(SEEDS)('%s: the same values wherever the reading is unique, and no table finding but the ambiguity', (file) => {
    const original = buildReport(parseText(seed(file)));
    const flat = flattenTables(original);
    const r = buildReport(parseText(flat));
    for (const table of ['requests', 'appeals']) {
      const before = grid(original, table);
      const after = grid(r, table);
      after.forEach((row, i) => row.forEach((v, j) => v !== '?' && expect(v, `${table} ${i} ${j}`).toBe(before[i]![j])));
    }
    const expected =
      file.startsWith('002')
        ? // Seed 002's table 四 has 9 of its 15 cells: nine zeros can stand in any 9 of them.
          [{ status: 'too-many', message: '表格数字粘连，无法唯一确定各单元格：「数据」行政复议·结果维持、「数据」' }]
        : [];
    expect([status(r, 'requests'), status(r, 'appeals')]).toEqual(['read', expected.length ? 'too-many' : 'read']);
    expect(tableFindings(flat).map((m) => m.message.slice(m.message.indexOf('表格'), m.message.indexOf('表格') + 36))).toEqual(
      expected.map((e) => e.message),
    );
  });
});

describe('the Pingtan reports as crawled (pt-2019 … pt-2025)', () => {
  it.each([2019, 2021, 2022, 2023, 2024, 2025])('pt-%i: no table finding (every identity of its tables holds, or the table is not read)', (year) => {
    // Each reads in one way and balances (pt-2021's body follows page chrome on its line).
    expect(tableFindings(real(year), `pt-${year}.txt`)).toEqual([]);
    const r = buildReport(parseText(real(year)));
    expect([status(r, 'requests'), status(r, 'appeals')]).toEqual(['read', 'read']);
  });
});

describe('table 二 flattened, beside last year (pt-2024 after pt-2023)', () => {
  it('cannot read 行政规范性文件 from its runs, so the 现行有效件数 break is not reported from pt-2024.txt', () => {
    // 行政规范性文件6233440 (2024) and 77132470 (2023) cut into three cells in many ways each
    // (62|33|440, 6|233|440, 623|3|440, …). The one cross-year identity, 现行有效 = last year's
    // 现行有效 + 制发 − 废止, cannot pick the reading: the true one (470 + 62 − 33 = 499 ≠ 440)
    // breaks it, and a reading chosen because it balances would hide the very break it is
    // meant to find. The break is reported on the HTML pages, whose cells are separate.
    const rules = new Map([['cross-year-consistency', allRules.get('cross-year-consistency')!]]);
    const previous = buildReport(parseText(real(2023)));
    const r = buildReport(parseText(real(2024)));
    const cells = r.tables.get('active')!.blocks.get('item-1')!.rows.get('normative-documents')!.cells;
    expect(cells.map((c) => c.value.status)).toEqual(['ambiguous', 'ambiguous', 'ambiguous']);
    expect(lintReport(r, { rules, settings: resolveSettings(rules, []), locale: 'zh' }, previous).messages).toEqual([]);
  });

  it('pt-2023: table 二, which has no identities, is read where its digits allow one cut and said to be unreadable where not', () => {
    const text = real(2023);
    const r = buildReport(parseText(text));
    const block = r.tables.get('active')!.blocks.get('item-1')!;
    const values = (row: string) => block.rows.get(row)!.cells.map((c) => (c.value.status === 'number' ? c.value.value : c.value.status));
    // 规章000: three digits for three cells; 行政规范性文件77132470: eight digits, many cuts.
    expect([values('rules'), values('normative-documents')]).toEqual([
      [0, 0, 0],
      ['ambiguous', 'ambiguous', 'ambiguous'],
    ]);
    const findings = lintFileText(text, 'pt-2023.txt').filter((m) => m.message.includes('主动公开政府信息情况表'));
    expect(findings.map((m) => [m.ruleId, m.severity, m.message])).toEqual([
      [
        'table-completeness',
        1,
        '统计表「主动公开政府信息情况表」表格数字粘连，无法唯一确定各单元格：「行政规范性文件」本年制发件数、「行政规范性文件」本年废止件数、「行政规范性文件」现行有效件数',
      ],
    ]);
  });
});
