import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/adapters/decode.js';
import { ReportLoader } from '../../src/pipeline/load-report.js';
import { HEAD_BYTES, titleAgencies, utf8TitleAgencies } from '../../src/pipeline/title-peek.js';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

describe('titleAgencies', () => {
  it('reads the agency of a Markdown title as the model does', () => {
    expect(titleAgencies(fixture('markdown/001.md'))).toEqual(['重庆市医疗保障局']);
    expect(titleAgencies(fixture('markdown/004.md'))).toEqual(['惠济区医疗保障局']);
  });

  it('reads the title line of scraped text (a breadcrumb above it may count too: a peek only rules out)', () => {
    expect(titleAgencies(fixture('seeds/001_c20b6ef2d407903b.txt'))).toContain('重庆市医疗保障局');
  });

  it('finds none in a report without a title line', () => {
    expect(titleAgencies(fixture('markdown/000.md'))).toEqual([]);
  });
});

describe('utf8TitleAgencies: the same agencies, decoding only the lines that can be titles', () => {
  const bytes = (text: string) => Buffer.from(text);

  it('reads every title line, as titleAgencies does of the text', () => {
    const text = '# 重庆市医疗保障局2024年政府信息公开工作年度报告\n正文 报告 公开 年\n> 惠济区医疗保障局 2024 年政府信息公开工作年度报告\n';
    expect(utf8TitleAgencies(bytes(text))).toEqual(['重庆市医疗保障局', '惠济区医疗保障局']);
    expect(utf8TitleAgencies(bytes(text))).toEqual(titleAgencies(text));
  });

  it('a title whose Markdown emphasis splits 年报 or 公开 (cleaning joins them)', () => {
    const text = '惠济区医疗保障局2024年政府信息**公**开工作年度报告\n惠济区医疗保障局2023年政务公开工作年*报*';
    expect(utf8TitleAgencies(bytes(text))).toEqual(titleAgencies(text));
    expect(titleAgencies(text)).toEqual(['惠济区医疗保障局', '惠济区医疗保障局']);
  });

  it('none where no line has 报, 公, 开 and 年 together', () => {
    expect(utf8TitleAgencies(bytes('惠济区医疗保障局\n2024年政府信息公开工作\n年度报告\n'))).toEqual([]);
  });

  it('a title line past the first 8,192 characters is not read, as titleAgencies reads no further', () => {
    for (const filler of ['a'.repeat(8180), '一'.repeat(8180), '一'.repeat(2000)]) {
      const text = `${filler}\n惠济区医疗保障局2024年政府信息公开工作年度报告\n`;
      expect([filler.length, utf8TitleAgencies(bytes(text))]).toEqual([filler.length, titleAgencies(text)]);
    }
    expect(titleAgencies(`${'a'.repeat(8180)}\n惠济区医疗保障局2024年政府信息公开工作年度报告\n`)).toEqual([]);
  });
});

describe('a folder’s title index reads each file’s first bytes only', () => {
  it('the title of a report whose later bytes could not be read as text at all (a whole read would say nothing)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-peek-'));
    const head = Buffer.from(`${fixture('markdown/001.md').slice(0, 2000)}\n`);
    // Invalid UTF-8 far past the title: decoded whole, the file would be GB18030 or undecodable.
    writeFileSync(join(dir, 'r.md'), Buffer.concat([head, Buffer.alloc(HEAD_BYTES, 0x20), Buffer.from([0xff, 0xfe, 0xfd])]));
    writeFileSync(join(dir, 'short.md'), head);
    const loader = new ReportLoader();
    expect(await loader.titleAgencies(join(dir, 'r.md'))).toEqual(['重庆市医疗保障局']);
    expect(await loader.titleAgencies(join(dir, 'short.md'))).toEqual(['重庆市医疗保障局']);
  });

  it('the agencies a whole read gives, of every Markdown and text report of the fixtures (real ones among them)', async () => {
    const dirs = ['markdown', 'seeds', 'real'].map((d) => new URL(`../fixtures/${d}/`, import.meta.url).pathname);
    const paths = dirs.flatMap((dir) =>
      readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).map((f) => join(dir, f)),
    );
    expect(paths.length).toBeGreaterThan(20);
    const loader = new ReportLoader();
    for (const path of paths) {
      const whole = decode(readFileSync(path));
      expect([path, await loader.titleAgencies(path)]).toEqual([path, whole.ok ? titleAgencies(whole.text) : undefined]);
    }
  });

  it('a GB18030 report, whose first bytes do not tell its encoding, read whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-peek-'));
    const gb = readFileSync(new URL('../fixtures/seeds/002.gb18030.txt', import.meta.url));
    writeFileSync(join(dir, 'r.txt'), Buffer.concat([gb, Buffer.from(' '.repeat(HEAD_BYTES))]));
    expect(await new ReportLoader().titleAgencies(join(dir, 'r.txt'))).toEqual(titleAgencies(readFileSync(new URL('../fixtures/seeds/002_b71533b4867e4f0f.txt', import.meta.url), 'utf8')));
  });
});
