import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/adapters/text.js';
import { buildReport, type Report } from '../src/model/report.js';
import { lintFileText } from './helpers.js';

/**
 * The five real reports of ../shared/seeds, linted as they were published (scraped text,
 * copied byte for byte to test/fixtures/seeds). Every value of tables 三 and 四 below was
 * read off the seed by hand; the findings are exactly those of the Markdown renditions.
 */
const SEEDS = {
  '000': '000_62938e86c4e2d319.txt',
  '001': '001_c20b6ef2d407903b.txt',
  '002': '002_b71533b4867e4f0f.txt',
  '003': '003_fefb3a1f5c1b25b2.txt',
  '004': '004_b92fd2617ccba4db.txt',
} as const;
const read = (id: keyof typeof SEEDS) => readFileSync(new URL(`fixtures/seeds/${SEEDS[id]}`, import.meta.url), 'utf8');
const report = (id: keyof typeof SEEDS) => buildReport(parseText(read(id)));

type Cell = number | 'blank' | 'missing' | 'invalid' | 'ambiguous';
function grid(r: Report, table: string): Record<string, Cell[]> {
  const block = r.tables.get(table)?.blocks.get('main');
  if (!block) return {};
  return Object.fromEntries(
    [...block.rows].map(([id, row]) => [id, row.cells.map((c) => (c.value.status === 'number' ? c.value.value : c.value.status))]),
  );
}

const z7 = [0, 0, 0, 0, 0, 0, 0];
const ZERO_ROWS_2021 = [
  'withheld-state-secret', 'withheld-prohibited', 'withheld-three-securities', 'withheld-third-party', 'withheld-internal-affairs',
  'withheld-process-info', 'withheld-enforcement-files', 'withheld-inquiry', 'unavailable-not-held', 'unavailable-needs-creation',
  'unavailable-still-unclear', 'not-processed-petition', 'not-processed-repeated', 'not-processed-publications',
  'not-processed-excessive', 'not-processed-confirmation', 'other-no-correction', 'other-fee-unpaid', 'other-other',
];
const zeros2021 = Object.fromEntries(ZERO_ROWS_2021.map((id) => [id, z7]));

describe('seeds as published (scraped text)', () => {
  it('000 (table lines "a | b |"): tables 三 and 四, and no findings', () => {
    const r = report('000');
    expect(grid(r, 'requests')).toEqual({
      new: [11, 0, 0, 0, 0, 0, 11],
      'carried-over': z7,
      granted: [4, 0, 0, 0, 0, 0, 4],
      'partly-granted': [5, 0, 0, 0, 0, 0, 5],
      ...zeros2021,
      'unavailable-not-held': [2, 0, 0, 0, 0, 0, 2],
      total: [11, 0, 0, 0, 0, 0, 11],
      'carry-forward': z7,
    });
    expect(grid(r, 'appeals')).toEqual({ cases: new Array(15).fill(0) });
  });

  it('001 (one cell per line, labels broken over lines, 2019 template)', () => {
    const r = report('001');
    expect(r.template.id).toBe('2019');
    const rows2019 = Object.fromEntries(Object.keys(zeros2021).filter((id) => !id.startsWith('other-')).map((id) => [id, z7]));
    expect(grid(r, 'requests')).toEqual({
      new: z7,
      'carried-over': [2, 0, 0, 0, 0, 0, 2],
      granted: z7,
      'partly-granted': z7,
      ...rows2019,
      'unavailable-not-held': [2, 0, 0, 0, 0, 0, 2],
      other: z7,
      total: [2, 0, 0, 0, 0, 0, 2],
      'carry-forward': z7,
    });
    expect(grid(r, 'appeals')).toEqual({ cases: [0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0] });
  });

  it('002 (one cell per line, NBSP cells, "结果\\n纠正"): table 四 holds nine of its fifteen cells', () => {
    const r = report('002');
    expect(grid(r, 'requests')).toEqual({
      new: [2, 0, 0, 0, 0, 0, 2],
      'carried-over': z7,
      granted: [1, 0, 0, 0, 0, 0, 1],
      'partly-granted': z7,
      ...zeros2021,
      'other-other': [1, 0, 0, 0, 0, 0, 1],
      total: [2, 0, 0, 0, 0, 0, 2],
      'carry-forward': z7,
    });
    expect(grid(r, 'appeals')).toEqual({ cases: [0, 0, 0, 0, 0, 0, 0, 0, 0, 'missing', 'missing', 'missing', 'missing', 'missing', 'missing'] });
    expect(r.published).toEqual({ date: '2025-01-17', range: expect.any(Object), source: 'page' });
    expect(r.title?.text).toBe('上海市松江区医疗保障局2024年政府信息公开工作年度报告');
  });

  it('003 (headings inside one long line): no tables, every section found', () => {
    const r = report('003');
    expect([...r.tables.keys()]).toEqual([]);
    expect(r.sections.map((s) => [s.number, s.match])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, 'official']));
  });

  it('004 (tab-separated, "2024 年"): tables 三 and 四 all zero', () => {
    const r = report('004');
    expect(grid(r, 'requests')).toEqual({ new: z7, 'carried-over': z7, granted: z7, 'partly-granted': z7, ...zeros2021, total: z7, 'carry-forward': z7 });
    expect(grid(r, 'appeals')).toEqual({ cases: new Array(15).fill(0) });
    expect(r.year).toMatchObject({ value: 2024, from: 'title' });
  });

  it('gives exactly the findings of the Markdown renditions, at the right places of the original files', () => {
    const lint = (id: keyof typeof SEEDS) => lintFileText(read(id), SEEDS[id]);
    // No seed's section 五 says what was done about last year's problems (see seeds-markdown.test.ts).
    const followUp = (line: number, column = 1) => ({ ruleId: 'previous-year-follow-up', severity: 1, message: '第五部分只写了本年度的问题，未说明上年度问题的整改情况', line, column });
    expect(lint('000')).toEqual([followUp(58)]);
    expect(lint('001')).toEqual([
      { ruleId: 'required-sections', severity: 1, message: '第三部分标题「三、收到和处理政府公开申请情况」不规范，标准标题为「三、收到和处理政府信息公开申请情况」', line: 131, column: 1 },
      followUp(601),
      { ruleId: 'required-sections', severity: 1, message: '第六部分「六、其他需要报告的事项」没有内容；没有需要报告的事项时请写「无」', line: 611, column: 1 },
    ]);
    expect(lint('002')).toEqual([
      { ruleId: 'table-completeness', severity: 2, message: '统计表「政府信息公开行政复议、行政诉讼情况表」的「数据」行应有15个数据，实有9个', line: 581, column: 1 },
      followUp(601, 5),
    ]);
    expect(lint('003')).toEqual([
      { ruleId: 'table-completeness', severity: 2, message: '第二部分缺少统计表「主动公开政府信息情况表」', line: 4, column: 1145 },
      { ruleId: 'table-completeness', severity: 2, message: '第三部分缺少统计表「收到和处理政府信息公开申请情况表」', line: 5, column: 1 },
      { ruleId: 'table-completeness', severity: 2, message: '第四部分缺少统计表「政府信息公开行政复议、行政诉讼情况表」', line: 6, column: 1 },
      followUp(7),
    ]);
    expect(lint('004')).toEqual([
      { ruleId: 'statistics-period', severity: 2, message: '未说明统计期限（如「本报告中所列数据的统计期限为2024年1月1日至2024年12月31日」）', line: 3, column: 1 },
      followUp(86),
    ]);
  });
});
