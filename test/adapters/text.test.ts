import type { Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { isPageChrome, publicationDateIn, reportPartOf } from '../../src/adapters/page-chrome.js';
import { isDelimiterRow } from '../../src/adapters/pipe-tables.js';
import { parseText } from '../../src/adapters/text.js';
import { buildReport } from '../../src/model/report.js';
import { cellOf } from '../../src/model/tables.js';
import { lintFileText } from '../helpers.js';

describe('page chrome', () => {
  it.each([
    '您当前所在位置: 首页>政务公开> 政府信息公开年报',
    '当前位置:首页/政务公开/',
    '日期:2021-01-29',
    '信息来源: 发布时间:2025-01-17 阅读次数:',
    '扫一扫在手机打开当前页',
    '相关链接:一图读懂《上海市松江区医疗保障局2024年政府信息公开工作年度报告》',
    '附件:',
    '【打印本页】 【关闭窗口】',
    // One line of each kind, each pattern by each of its first words.
    '\u3000您的位置：首页',
    '所在位置:首页',
    '扫一扫在手机上打开当前页',
    '附件',
    '来源：某区人民政府 发布日期：2024-01-20',
    '文章来源: 本站 点击数: 12',
    '发布时间：2025-01-17 16:34',
    '发布日期:2025/1/17',
    '阅读次数：35',
    '浏览次数:35',
    '点击数：35',
    '字号：大 中 小',
    '分享到：',
    '文号：',
    '发文字号: 某政发〔2024〕1号',
    '发布机构：某局',
    '发文机关：某局',
    '栏目：政府信息公开年报',
    '所属栏目：年度报告',
    '原文链接: https://example.gov.cn/a.htm',
    '原文地址：https://example.gov.cn/a.htm',
    '本地目录：/data/a',
    '索引号：11350128MB0000000T/2022-00001',
    '主题分类：其他',
    '成文日期：2024-01-20',
    '生成日期：2024-01-20',
    '页面链接与图片详见原文',
    '[打印] [关闭]',
    '返回顶部',
    '收藏',
    '==========',
    '————正文————',
    '_______',
    '~~~~~~',
    '******',
    '＝＝＝＝＝＝',
    '-----正文-----',
  ])('drops %j', (line) => {
    expect(isPageChrome(line)).toBe(true);
  });

  it.each(['一、总体情况', '附件:2024年度政府信息公开工作年度报告统计表说明', '日期:2025年1月20日前完成整改，确保按时公开。'])('keeps %j', (line) => {
    expect(isPageChrome(line)).toBe(false);
  });

  it.each(['标题: 平潭综合实验区2021年度政府信息公开工作年度报告', '一、总体情况 2021年，我区以习近平新时代中国特色社会主义思想为指导。'])('keeps the whole of %j', (line) => {
    expect(reportPartOf(line)).toEqual({ start: 0, end: line.length });
  });

  it('drops only the chrome of a line that runs on into the report (pt-2021.txt), and buttons after its last sentence', () => {
    const line =
      '当前位置： 首页政务公开政府信息公开政府信息公开年报 平潭综合实验区2021年度政府信息公开工作年度报告 来源：平潭县人民政府 时间：2022-02-08 16:34 微信 微博 QQ空间 全真版 文字版 文件下载 相关链接： --> ' +
      '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）等文件要求，我区编制完成了本报告。六、其他需要报告的事项2021年，无收取信息处理费情况。 附件下载';
    const part = reportPartOf(line);
    expect(line.slice(part.start, part.end)).toBe(
      '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）等文件要求，我区编制完成了本报告。六、其他需要报告的事项2021年，无收取信息处理费情况。',
    );
    expect(publicationDateIn(line.slice(0, part.start), 0)?.date).toBe('2022-02-08');
  });

  it.each(['附件下载', '附件', '【打印本页】', '[打印]', '打印', '关闭', '【关闭窗口】', '返回顶部', '收藏', '分享到：'])('drops %j after the last sentence of a line', (button) => {
    const sentence = '六、其他需要报告的事项2021年，无收取信息处理费情况。';
    expect(reportPartOf(`${sentence} ${button} 【关闭】`)).toEqual({ start: 0, end: sentence.length });
  });

  it('drops buttons after a last sentence as short as a button', () => {
    expect(reportPartOf('详见附件。 【打印本页】')).toEqual({ start: 0, end: 5 });
  });

  it('keeps a word such as 附件 that ends a sentence of the report', () => {
    const line = '有关数据见本报告 附件';
    expect(reportPartOf(line)).toEqual({ start: 0, end: line.length });
  });

  it('reads the publication date a page line shows', () => {
    expect(publicationDateIn('信息来源: 发布时间:2025-01-17 阅读次数:', 100)).toEqual({ date: '2025-01-17', range: { start: 106, end: 121 } });
    expect(publicationDateIn('发布日期：2024年1月9日', 0)?.date).toBe('2024-01-09');
  });
});

describe('text adapter', () => {
  it('reads a crawled page: its 标题 field as the title, 发布时间 with a time, the report after the chrome on its line (pt-2021.txt)', () => {
    const text = [
      '标题: 平潭综合实验区2021年度政府信息公开工作年度报告',
      '发布时间: 2022-02-08 16:34',
      '文号: ',
      '栏目: 政府信息公开年报',
      '原文链接: https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202202/t20220208_80613.htm',
      '==================== 正文 ====================',
      '当前位置： 首页政务公开政府信息公开政府信息公开年报 平潭综合实验区2021年度政府信息公开工作年度报告 来源：平潭县人民政府 时间：2022-02-08 16:34 微信 微博 QQ空间 全真版 文字版 文件下载 相关链接： --> ' +
        '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）等文件要求，我区编制完成了本报告。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。一、总体情况2021年，我区以习近平新时代中国特色社会主义思想为指导。',
    ].join('\n');
    const r = buildReport(parseText(text));
    expect([r.title?.text, r.agency, r.year?.value, r.published?.date, r.source.pointAt(r.published!.range.start)]).toEqual([
      '平潭综合实验区2021年度政府信息公开工作年度报告',
      '平潭综合实验区',
      2021,
      '2022-02-08',
      { line: 2, column: 1 },
    ]);
    expect([r.period?.text, r.sections.map((s) => s.number)]).toEqual(['自2021年1月1日起至2021年12月31日止', [1]]);
  });

  const tableLines = ['第二十条第(一)项', '', '信息内容', '本年制发件数', '本年废止件数', '现行有效件', '', '规章', '0', '0', '0', '行政规范性文件', '3', '25', '37', '', '第二十条第(五)项', '', '信息内容', '', '本年处理决定数量', '', '行政许可', '', '0', '', '第二十条第(六)项', '', '信息内容', '', '本年处理决定数量', '', '行政处罚', '', '98', '', '行政强制', '', '0'];

  it('reads a table written one cell per line, and points at the cell in the original', () => {
    const text = ['某局2024年政府信息公开工作年度报告', '', '二、主动公开政府信息情况', '', ...tableLines, ''].join('\n');
    const r = buildReport(parseText(text));
    const cell = cellOf(r.tables.get('active')!.blocks.get('item-6'), 'penalty', 'decisions')!;
    expect([cell.value, cell.position]).toEqual([{ status: 'number', value: 98 }, { line: 39, column: 1, endLine: 39, endColumn: 3 }]);
    expect(r.tables.get('active')!.blocks.get('item-1')!.headers.size).toBe(3);
  });

  it('joins a label broken over lines, with or without a blank line between', () => {
    const text = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议', '行政诉讼', '结果', '维持', '结果', '', '纠正', '其他', '结果', '尚未', '审结', '总计', '未经复议直接起诉', '复议后起诉', ...'结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计'.split(' '), ...'0 1 0 0 1 0 0 0 0 0 0 0 0 0 0'.split(' ')].join('\n');
    const block = buildReport(parseText(text)).tables.get('appeals')!.blocks.get('main')!;
    expect(block.headers.size).toBe(15);
    expect(block.rows.get('cases')!.cells.map((c) => (c.value.status === 'number' ? c.value.value : c.value.status))).toEqual([0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('handles CRLF line endings', () => {
    const text = ['某局2024年政府信息公开工作年度报告', '二、主动公开政府信息情况', ...tableLines.filter(Boolean)].join('\r\n');
    const r = buildReport(parseText(text));
    const cell = cellOf(r.tables.get('active')!.blocks.get('item-6'), 'penalty', 'decisions')!;
    expect([cell.raw, cell.position.line, cell.position.column]).toEqual(['98', 25, 1]);
  });

  it('reads a page laid out as a table ("text | |||") as text', () => {
    const r = buildReport(parseText('温州市医疗保障局2024年政府信息公开工作年度报告 | ||||||||\n|||||\n一、总体情况 2024年,我局紧紧围绕中心工作。 |\n'));
    expect([r.title?.text, r.sections.map((s) => [s.number, s.inlineText])]).toEqual([
      '温州市医疗保障局2024年政府信息公开工作年度报告',
      [[1, '2024年,我局紧紧围绕中心工作。']],
    ]);
  });

  // 沭阳县人民政府2025年政府信息公开工作年度报告 as a converter saved it to .txt: Markdown pipe tables, each header
  // with its delimiter row under it.
  const appealsInPipes = ['## 四、政府信息公开行政复议、行政诉讼情况', '', '### 行政复议', '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |', '|----------|----------|----------|----------|------|', '| 27 | 10 | 9 | 15 | 61 |', ''].join('\n');

  it('reads the delimiter row under a pipe table\'s header as no row', () => {
    const block = buildReport(parseText(appealsInPipes)).tables.get('appeals')!.blocks.get('main')!;
    expect(block.rows.get('cases')!.cells.slice(0, 5).map((c) => [c.raw, c.position.line])).toEqual([
      ['27', 6],
      ['10', 6],
      ['9', 6],
      ['15', 6],
      ['61', 6],
    ]);
    expect(lintFileText(appealsInPipes, 'appeals.txt', { only: ['non-negative-counts'] })).toEqual([]);
  });

  it('keeps a line of dashes further down a pipe table as a row (values written as dashes)', () => {
    const tree = parseText('| 结果维持 | 结果纠正 |\n|---|---|\n| 0 | 1 |\n| - | - |\n').tree;
    const rows = (tree.children[0] as Table).children.map((r) => r.children.map((c) => (c.children[0] as { value?: string } | undefined)?.value));
    // Each row's first cell is the empty one before its leading pipe.
    expect(rows).toEqual([
      [undefined, '结果维持', '结果纠正'],
      [undefined, '0', '1'],
      [undefined, '-', '-'],
    ]);
  });

  it.each(['|---|---|', '| :--- | :---: | ---: |', '--- | ---', '  |----------|------|  '])('takes %j for a delimiter row', (line) => {
    expect(isDelimiterRow(line)).toBe(true);
  });

  it.each(['| 结果维持 | 总计 |', '| - | 0 |', '|  |  |', '----------', '| —— | —— |'])('takes %j for no delimiter row', (line) => {
    expect(isDelimiterRow(line)).toBe(false);
  });

  it('keeps short prose lines that are no table as paragraphs', () => {
    const r = buildReport(parseText('某局2024年政府信息公开工作年度报告\n五、存在的主要问题及改进情况\n(一)主要问题\n公开形式单一\n(二)改进措施\n丰富公开形式\n'));
    expect([r.tables.size, r.sections[0]!.content.length]).toEqual([0, 4]);
  });
});
