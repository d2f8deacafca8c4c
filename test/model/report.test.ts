import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/adapters/html.js';
import { agencyOf, buildReport } from '../../src/model/report.js';
import { summarize } from '../../src/model/summary.js';
import { cellOf } from '../../src/model/tables.js';
import { model } from '../helpers.js';
import { TABLE_3, report } from '../report-fragments.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/markdown/${name}.md`, import.meta.url), 'utf8');

describe('report model', () => {
  it('takes no agency from a title that opens with its year (淮安市人民政府 sets its name on the line above)', () => {
    expect(agencyOf('2024 年政府信息公开工作年度报告')).toBeUndefined();
    expect(agencyOf('2024年度淮安市人民政府政府信息公开工作年度报告')).toBe('淮安市人民政府');
  });

  it('reads title, agency and year from the title', () => {
    const r = model(fixture('004'));
    expect([r.title?.text, r.agency, r.year?.value, r.year?.from, r.template.id]).toEqual([
      '惠济区医疗保障局 2024 年政府信息公开工作年度报告',
      '惠济区医疗保障局',
      2024,
      'title',
      '2021',
    ]);
  });

  it('takes no title from prose that names a report (shared/real/README.md)', () => {
    const notes = '# Real published reports\n\nReal 政府信息公开工作年度报告 as their agencies published them, kept byte for byte as public\nrepositories store them.\n\n本机关按照要求，编制了2024年政府信息公开工作年度报告。\n';
    expect(model(notes).title).toBeUndefined();
  });

  it('reads the year from section 一 when there is no title (seed 000)', () => {
    const r = model(fixture('000'));
    expect([r.title, r.year?.value, r.year?.from]).toEqual([undefined, 2024, 'section-1']);
  });

  it('uses the 2019 template for a 2020 report (seed 001), with its 2019 rows and signed cells', () => {
    const r = model(fixture('001'));
    expect(r.template.id).toBe('2019');
    const item5 = r.tables.get('active')!.blocks.get('item-5');
    expect(cellOf(item5, 'other-services', 'change')?.value).toEqual({ status: 'number', value: 11 });
    expect(cellOf(r.tables.get('active')!.blocks.get('item-9'), 'central-procurement', 'amount')?.value).toEqual({ status: 'number', value: 11981.7894 });
  });

  it('picks the template by the labels the tables use when the year is unknown', () => {
    const r = model(fixture('001').replace('# 重庆市医疗保障局 2020年政府信息公开工作年度报告', '# 重庆市医疗保障局政府信息公开工作年度报告').replace('2020年,市医保局', '市医保局').replace(/统计期限[^。]*。/, ''));
    expect([r.year, r.templateBasis, r.template.id]).toEqual([undefined, 'labels', '2019']);
  });

  it('says a report whose year is before every format is so: its template only reads the tables', () => {
    const r = model(fixture('001').replaceAll('2020', '2018'));
    expect([r.year?.value, r.templateBasis, r.template.id]).toEqual([2018, 'before', '2019']);
    // Not when the statistics period names a year of a format ("2018年以来…" opening a 2019 report whose title has no year).
    const opening = model(fixture('001').replace('# 重庆市医疗保障局 2020年政府信息公开工作年度报告', '# 重庆市医疗保障局政府信息公开工作年度报告').replace('2020年,市医保局', '2018年以来,市医保局'));
    expect([opening.year?.value, opening.templateBasis]).toEqual([2018, 'labels']);
    // Nor does a later report compare its cells with such a report's.
    expect(summarize(r).numbers.size).toBe(0);
    expect(summarize(model(fixture('001'))).numbers.size).toBeGreaterThan(0);
  });

  it('ties every cell to its place in the source', () => {
    const md = report();
    const r = model(md);
    const cell = cellOf(r.tables.get('requests')!.blocks.get('main'), 'new', 'natural')!;
    expect(md.slice(cell.range.start, cell.range.end)).toBe('11');
    expect(cell.position).toEqual({ line: 33, column: 26, endLine: 33, endColumn: 28 });
    expect([cell.raw, cell.value, cell.kind]).toEqual(['11', { status: 'number', value: 11 }, 'count']);
  });

  it('never takes table 三 row labels for sections, even as plain paragraphs', () => {
    const asParagraphs = TABLE_3.split('\n').filter((l) => !l.startsWith('|---')).map((l) => l.replace(/\|/g, ' ').trim()).join('\n\n');
    const r = model(report({ bodies: [undefined, undefined, asParagraphs] }));
    expect(r.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('finds a heading that runs on into its text', () => {
    const r = model('# 某局2024年政府信息公开工作年度报告\n\n五、存在的主要问题及改进情况 2024年，我局政府信息公开工作运行状况较好。\n');
    expect(r.sections.map((s) => [s.number, s.title, s.inlineText, s.empty])).toEqual([
      [5, '存在的主要问题及改进情况', '2024年，我局政府信息公开工作运行状况较好。', false],
    ]);
  });
  it("takes a page's title from its head, not the column name 政府信息公开年报 in its breadcrumb (pt-2024.html)", () => {
    const page = readFileSync(new URL('../fixtures/real/pt-2024.html', import.meta.url), 'utf8');
    const r = buildReport(parseHtml(page));
    expect([r.title?.text, r.agency, r.year?.value, r.year?.from]).toEqual(['平潭综合实验区2024年度政府信息公开工作年度报告', '平潭综合实验区', 2024, 'title']);
    expect(page.slice(r.title!.range.start, r.title!.range.end)).toBe('平潭综合实验区2024年度政府信息公开工作年度报告');
  });
});
