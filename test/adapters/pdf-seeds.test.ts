import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatOf } from '../../src/adapters/index.js';
import { resolveSettings } from '../../src/config/config.js';
import { lintLoaded } from '../../src/engine/linter.js';
import { lintBytes } from '../../src/pipeline/lint-file.js';
import { loadBytes } from '../../src/pipeline/load-report.js';
import { parseLimits } from '../../src/pipeline/budgets.js';
import type { Locale } from '../../src/types.js';
import { allRules, brief, lint as lintMarkdown } from '../helpers.js';

/**
 * PDFs printed from the seed renditions by test/fixtures/pdf/make-fixtures.mjs (the script
 * is committed beside them) give the seeds' findings, each naming its page; files that
 * cannot be checked give one fatal message saying what the user can do.
 */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/pdf/${name}`, import.meta.url));
const seed = (id: string) => readFileSync(new URL(`../fixtures/markdown/${id}.md`, import.meta.url), 'utf8');
const optionsIn = (locale: Locale) => ({ rules: allRules, settings: resolveSettings(allRules, []), locale });
const lintPdf = (name: string) => lintBytes(fixture(name), name, optionsIn('zh'));
/** The findings of a seed's Markdown rendition, without positions. */
const seedFindings = (id: string) => lintMarkdown(seed(id)).map((m) => [m.ruleId, m.message]);
const withoutPage = (message: string) => message.replace(/（第\d+页）$/u, '');

const FOLLOW_UP = '第五部分只写了本年度的问题，未说明上年度问题的整改情况';

describe('PDFs printed from the seeds', { timeout: 60_000 }, () => {
  it('a ruled table on every page (seed 000): the seed\'s one finding, at its line of the rendition, naming page 2', async () => {
    const loaded = await loadBytes(fixture('ruled.pdf'), 'ruled.pdf');
    const result = lintLoaded(loaded, optionsIn('zh'));
    const line = loaded.ok ? loaded.report.source.text.split('\n').indexOf('五、存在的主要问题及改进情况') + 1 : 0;
    expect(result.messages.map(brief)).toEqual([{ ruleId: 'previous-year-follow-up', severity: 1, message: `${FOLLOW_UP}（第2页）`, line, column: 1 }]);
    expect(result.messages.map((m) => [m.ruleId, withoutPage(m.message)])).toEqual(seedFindings('000'));
    expect(lintLoaded(loaded, optionsIn('en')).messages.map((m) => m.message)).toEqual([
      "Section 五 covers only this year's problems, not what was done about last year's (page 2)",
    ]);
  });

  it('table 三 split over two pages with its header repeated (seed 002): read as one table, the header once', async () => {
    const result = await lintPdf('split.pdf');
    const lines = result.source!.split('\n');
    expect(result.messages.map((m) => [m.ruleId, m.message])).toEqual([
      ['table-completeness', '统计表「政府信息公开行政复议、行政诉讼情况表」的「数据」行应有15个数据，实有9个（第4页）'],
      ['previous-year-follow-up', `${FOLLOW_UP}（第4页）`],
    ]);
    expect(result.messages.map((m) => [m.ruleId, withoutPage(m.message)])).toEqual(seedFindings('002'));
    // The header row printed on both pages, and a label printed on two lines in its cell, read once and whole.
    expect(lines.filter((l) => l.includes('商业企业')).length).toBe(1);
    expect(lines).toContain('\t\t2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0');
  });

  it('tables without a single rule, on landscape pages (seed 004): columns from the numbers, findings as the seed\'s', async () => {
    const result = await lintPdf('unruled.pdf');
    expect(result.messages.map((m) => [m.ruleId, m.message])).toEqual([
      ['statistics-period', '未说明统计期限（如「本报告中所列数据的统计期限为2024年1月1日至2024年12月31日」）（第1页）'],
      ['previous-year-follow-up', `${FOLLOW_UP}（第3页）`],
    ]);
    expect(result.messages.map((m) => [m.ruleId, withoutPage(m.message)])).toEqual(seedFindings('004'));
    const lines = result.source!.split('\n');
    expect(lines).toContain('信息内容\t本年制发件数\t本年废止件数\t现行有效件数');
    expect(lines).toContain('四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0');
    // -1-, -2-, -3-: page numbers, not text.
    expect(lines.filter((l) => /^-\d+-$/u.test(l))).toEqual([]);
  });

  it('is recognised by its first bytes whatever its name', () => {
    expect(formatOf('report.bin', fixture('ruled.pdf').subarray(0, 2048))).toBe('pdf');
  });
});

describe('PDFs that cannot be checked: one fatal message, in the user\'s language, saying what to do', { timeout: 60_000 }, () => {
  const fatal = (message: string) => [{ ruleId: null, severity: 2, message, line: 1, column: 1 }];
  const cases: [string, string, string, Uint8Array?][] = [
    [
      'scanned.pdf',
      'PDF 没有文字层（可能是扫描件或图片），没有可检查的文字：请先进行 OCR 文字识别，或检查报告的 Word、网页版本',
      'The PDF has no text layer (it is probably scanned or made of images), so there is no text to check: run OCR on it first, or check the Word or web version of the report',
    ],
    [
      'encrypted.pdf',
      'PDF 文件已加密，需要密码才能打开，无法检查：请提供未加密的 PDF，或报告的 Word、网页版本',
      'The PDF is encrypted and needs a password to open, so it cannot be checked: provide an unencrypted PDF, or the Word or web version of the report',
    ],
    [
      'garbled.pdf',
      'PDF 的字体缺少 Unicode 映射，提取出的文字是乱码，为避免误报未做检查：请用能正确复制文字的 PDF（另存时嵌入字体），或检查报告的 Word、网页版本',
      "The PDF's fonts have no Unicode map, so its text comes out garbled and was not checked (to avoid false findings): use a PDF whose text copies correctly, or check the Word or web version of the report",
    ],
    [
      'cut.pdf',
      'PDF 文件已损坏或不完整，无法读取（文件末尾没有 %%EOF，文件被截断了）：请重新下载或重新导出该文件',
      'The PDF is damaged or incomplete and cannot be read (no %%EOF at its end: the file is cut short): download or export it again',
      fixture('ruled.pdf').subarray(0, 120_000),
    ],
    [
      'mangled.pdf',
      // pdf.js says "Invalid PDF structure.": its words are not passed on.
      'PDF 文件已损坏或不完整，无法读取（文件结构无效）：请重新下载或重新导出该文件',
      'The PDF is damaged or incomplete and cannot be read (its structure is invalid): download or export it again',
      Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n%%EOF\n'),
    ],
  ];
  for (const [name, zh, en, bytes] of cases) {
    it(name, async () => {
      const loaded = await loadBytes(bytes ?? fixture(name), name);
      expect(lintLoaded(loaded, optionsIn('zh')).messages.map(brief)).toEqual(fatal(zh));
      expect(lintLoaded(loaded, optionsIn('en')).messages.map(brief)).toEqual(fatal(en));
    });
  }
});

describe('a PDF over a limit gets the fatal message of that limit, which --limit changes', { timeout: 60_000 }, () => {
  // ruled.pdf (seed 000 printed): 3 pages, at most 72 text items and 1,068 drawing operators on a page.
  it.each([
    ['maxPages=1', 'maxPages', 3, 1],
    ['maxPageTextItems=10', 'maxPageTextItems', 72, 10],
    ['maxPageOperators=10', 'maxPageOperators', 1_068, 10],
    // Ruling lines are collected only up to one past the limit: the count beyond it is not known.
    ['maxPageRules=10', 'maxPageRules', '>10', 10],
  ] as const)('--limit %s', async (option, limit, found, max) => {
    const loaded = await loadBytes(fixture('ruled.pdf'), 'ruled.pdf', parseLimits([option]));
    expect(lintLoaded(loaded, optionsIn('zh')).messages.map(brief)).toEqual([
      { ruleId: null, severity: 2, message: `文件超出限制 ${limit}（${found}，上限 ${max}），未检查；如确需检查，可用 --limit ${limit}=N 调高上限`, line: 1, column: 1 },
    ]);
    expect(lintLoaded(loaded, optionsIn('en')).messages.map((m) => m.message)).toEqual([
      `The file exceeds the limit ${limit} (${found}, at most ${max}) and was not checked; to check it anyway, raise the limit with --limit ${limit}=N`,
    ]);
  });
});
