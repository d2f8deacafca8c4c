import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { lintBytes } from '../../src/pipeline/lint-file.js';
import { resolveSettings } from '../../src/config/config.js';
import type { LintResult } from '../../src/types.js';
import { htmlToDocx } from '../docx-builder.js';
import { allRules, brief } from '../helpers.js';
import { cli, workspace } from '../cli/run.js';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const options = { rules: allRules, settings: resolveSettings(allRules, []), locale: 'zh' as const };
const lint = async (bytes: Uint8Array, name: string) => (await lintBytes(bytes, name, options)).messages.map(brief);

const TABLE_4_SHORT = (line: number) => ({
  ruleId: 'table-completeness',
  severity: 2,
  message: '统计表「政府信息公开行政复议、行政诉讼情况表」的「数据」行应有15个数据，实有9个',
  line,
  column: 1,
});
// No seed's section 五 says what was done about last year's problems (see seeds-markdown.test.ts).
const FOLLOW_UP = (line: number, column: number) => ({
  ruleId: 'previous-year-follow-up',
  severity: 1,
  message: '第五部分只写了本年度的问题，未说明上年度问题的整改情况',
  line,
  column,
});

describe('saved web pages (.html)', () => {
  it('give the same findings as the text versions, at the line and column of the HTML source', async () => {
    expect(await lint(fixture('html/000.html'), '000.html')).toEqual([FOLLOW_UP(82, 5)]);
    expect(await lint(fixture('html/002.html'), '002.html')).toEqual([TABLE_4_SHORT(90), FOLLOW_UP(93, 54)]);
  });

  it('resolve rowspan/colspan, drop scripts, navigation and footers, and keep the publication date', async () => {
    const result = await lintBytes(Buffer.from(fixture('html/000.html').toString('utf8').replace('<td><p align="center"><span>11</span></p></td>', '<td><p align="center"><span>12</span></p></td>')), 'x.html', options);
    expect(result.messages.map((m) => [m.ruleId, m.line])).toContainEqual(['table-totals', 49]);
  });

  it('is recognised by its content when the extension says nothing', async () => {
    expect(await lint(fixture('html/002.html'), 'report.shtml.bak')).toEqual([TABLE_4_SHORT(90), FOLLOW_UP(93, 54)]);
  });

  it('gives HTML nested thousands deep the maxDepth fatal message, decided before anything recursive runs', async () => {
    const deep = Buffer.from(`${'<div>'.repeat(5000)}一、总体情况${'</div>'.repeat(5000)}`);
    // <html>, <body> and 5,000 <div>s around the text node.
    const message = '文件超出限制 maxDepth（5003，上限 256），未检查；如确需检查，可用 --limit maxDepth=N 调高上限';
    expect(await lint(deep, 'deep.html')).toEqual([{ ruleId: null, severity: 2, message, line: 1, column: 1 }]);
  });

  it('gives malformed HTML one fatal message', async () => {
    const broken = Buffer.from('<html><body><div class="nav">首页<table><tr><td>结果维持<td><p>本页面<b>无法<i>显示</table');
    expect(await lint(broken, 'broken.html')).toEqual([
      { ruleId: null, severity: 2, message: '文件不是政府信息公开工作年度报告：未找到报告标题、「一、总体情况」等章节或统计表', line: 1, column: 1 },
    ]);
  });
});

describe('Word files (.docx)', () => {
  it('give the same findings as the text versions; line = paragraph number', async () => {
    const first = await lintBytes(await htmlToDocx(fixture('html/000.html').toString('utf8')), '000.docx', options);
    const paragraph = (r: LintResult, start: string) => r.source!.split('\n').findIndex((l) => l.startsWith(start)) + 1;
    expect(first.messages.map(brief)).toEqual([FOLLOW_UP(paragraph(first, '五、'), 1)]);
    const docx = await htmlToDocx(fixture('html/002.html').toString('utf8'));
    const result = await lintBytes(docx, '002.docx', options);
    expect(result.messages.map(brief)).toEqual([TABLE_4_SHORT(paragraph(result, '0\t0\t0')), FOLLOW_UP(paragraph(result, '五、'), 1)]);
    // The rendition that positions refer to: paragraph per line, table rows tab-separated, merged cells resolved.
    const lines = result.source!.split('\n');
    expect(lines).toContain('三、本年度办理结果\t（一）予以公开\t\t1\t0\t0\t0\t0\t0\t1');
    expect(lines).toContain('\t\t2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0');
  });

  it('gives a truncated file and a zip bomb one fatal message each', async () => {
    const docx = await htmlToDocx(fixture('html/000.html').toString('utf8'));
    expect(await lint(docx.subarray(0, docx.length >> 1), 'cut.docx')).toEqual([
      { ruleId: null, severity: 2, message: '无法读取 Word 文件：不是完整的 .docx（zip）文件，可能已被截断', line: 1, column: 1 },
    ]);
    expect(await lint(zipBomb(), 'bomb.docx')).toEqual([
      { ruleId: null, severity: 2, message: '文件超出限制 maxUnpackedBytes（4294967294，上限 104857600），未检查；如确需检查，可用 --limit maxUnpackedBytes=N 调高上限', line: 1, column: 1 },
    ]);
  });
});

describe('a run over broken and good files', () => {
  it('lints the good ones, gives each broken one a fatal message, and exits 1', async () => {
    const dir = workspace({
      'good.txt': fixture('seeds/004_b92fd2617ccba4db.txt'),
      'broken.html': '<html><body><p>页面不存在</p>',
      'cut.docx': (await htmlToDocx(fixture('html/000.html').toString('utf8'))).subarray(0, 4000),
      'bomb.docx': zipBomb(),
      'binary.txt': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    });
    // 50 MB: refused before it is read.
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), 50 * 1024 * 1024);
    const { code, stdout } = await cli(['-f', 'json', dir]);
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as LintResult[];
    expect(results.map((r) => [r.filePath.slice(dir.length + 1), r.fatalErrorCount, r.messages.length])).toEqual([
      ['binary.txt', 1, 1],
      ['bomb.docx', 1, 1],
      ['broken.html', 1, 1],
      ['cut.docx', 1, 1],
      ['good.txt', 0, 2],
      ['huge.txt', 1, 1],
    ]);
    expect(results[5]!.messages[0]!.message).toBe('文件超出限制 maxFileBytes（52428800，上限 20971520），未检查；如确需检查，可用 --limit maxFileBytes=N 调高上限');
  });
});

/** A zip whose one entry claims to unpack to 4 GB − 1: its central directory says so before anything is inflated. */
function zipBomb(): Buffer {
  const data = deflateRawSync(Buffer.alloc(1024));
  const name = Buffer.from('word/document.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(0xfffffffe, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(0xfffffffe, 24);
  central.writeUInt16LE(name.length, 28);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(central.length + name.length, 12);
  eocd.writeUInt32LE(local.length + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, eocd]);
}

describe('encodings', () => {
  it('a GB18030 copy of a seed gives the same findings as its UTF-8 original', async () => {
    for (const [gb, utf8] of [['002.gb18030.txt', '002_b71533b4867e4f0f.txt'], ['004.gb18030.txt', '004_b92fd2617ccba4db.txt']]) {
      const original = await lint(fixture(`seeds/${utf8}`), utf8);
      expect(original.map((m) => m.ruleId)).toEqual([utf8.startsWith('002') ? 'table-completeness' : 'statistics-period', 'previous-year-follow-up']);
      expect(await lint(fixture(`seeds/${gb}`), gb)).toEqual(original);
    }
  });

  it('a UTF-16 copy with BOM gives the same findings as its UTF-8 original', async () => {
    const text = fixture('seeds/004_b92fd2617ccba4db.txt').toString('utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await lint(utf16, '004.txt')).toEqual(await lint(Buffer.from(text), '004.txt'));
  });
});
