import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cellOf } from '../../src/model/tables.js';
import { ReportLoader } from '../../src/pipeline/load-report.js';
import { heapKept, sourceUrl } from '../heap-retained.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
function copyOfExample(): string {
  dir = mkdtempSync(join(tmpdir(), 'xxgk-loader-'));
  const file = join(dir, 'clean-2024.md');
  copyFileSync('examples/clean-2024.md', file);
  return file;
}

describe('ReportLoader', () => {
  it('keeps of a linted report its summary: agency, year, the compared cells, sections 一 and 五', async () => {
    const file = copyOfExample();
    const loader = new ReportLoader();
    const loaded = await loader.load(file);
    if (!loaded.ok) throw new Error('not loaded');
    const summary = await loader.summary(file);
    if (!summary.ok) throw new Error('no summary');
    const { report } = loaded;
    const main = report.tables.get('requests')!.blocks.get('main')!;
    const carried = main.template.columns.map((c) => [`requests/main/carry-forward/${c.id}`, cellOf(main, 'carry-forward', c.id)!.value]);
    expect(carried.every(([, v]) => typeof v === 'object' && v.status === 'number')).toBe(true);
    expect(summary.report).toMatchObject({ agency: '大连市医疗保障局', year: { value: 2024 }, templateId: report.template.id });
    for (const [key, value] of carried) expect(summary.report.numbers.get(key as string)).toBe((value as { value: number }).value);
    expect(summary.report.numbers.get('active/item-1/normative-documents/in-force')).toBe(37);
    expect(summary.report.sectionText.get(1)).toMatch(/^2024年,大连市医疗保障局认真贯彻落实/);
    expect(summary.report.sectionText.get(5)!.length).toBeGreaterThan(60);
  });

  it('hands a model parsed for a lookup to its own lint, without reading the file again', async () => {
    const file = copyOfExample();
    const loader = new ReportLoader();
    loader.willLint([file]);
    expect((await loader.summary(file)).ok).toBe(true);
    rmSync(file);
    expect((await loader.load(file)).ok).toBe(true);
  });

  it('keeps no model of a file that is only consulted', async () => {
    const file = copyOfExample();
    const loader = new ReportLoader();
    expect((await loader.summary(file)).ok).toBe(true);
    rmSync(file);
    expect(await loader.load(file)).toMatchObject({ ok: false, reason: 'readError' });
    expect((await loader.summary(file)).ok).toBe(true);
  });
});

describe('what a run keeps of the files it peeks at', () => {
  it('the agencies of a folder’s title index are copies: 20 reports of 2 MB leave under 4 MB behind', { timeout: 60_000 }, () => {
    dir = mkdtempSync(join(tmpdir(), 'xxgk-loader-'));
    for (let i = 0; i < 20; i++) {
      writeFileSync(join(dir, `r${i}.md`), `# 福建省平潭综合实验区管理委员会办公室${i}2024年政府信息公开工作年度报告\n\n${'正文'.repeat(350_000)}\n`);
    }
    const out = heapKept<string[][]>(
      `const { ReportLoader } = await import(${JSON.stringify(sourceUrl('src/pipeline/load-report.ts'))});
       const loader = new ReportLoader();
       await loader.titleAgencies(${JSON.stringify(join(dir, 'r0.md'))});`,
      `const named = [];
       for (let i = 1; i < 20; i++) named.push(await loader.titleAgencies(${JSON.stringify(dir)} + '/r' + i + '.md'));
       globalThis.result = named;`,
    );
    expect(out.result[0]).toEqual(['福建省平潭综合实验区管理委员会办公室1']);
    expect(out.mb).toBeLessThan(4);
  });
});

describe('what a run keeps of the reports it has linted', () => {
  it('their summaries are copies: 20 reports of 2 MB (clean-2024.md, section 六 grown) leave under 4 MB behind', { timeout: 60_000 }, () => {
    dir = mkdtempSync(join(tmpdir(), 'xxgk-loader-'));
    const clean = readFileSync('examples/clean-2024.md', 'utf8');
    for (let i = 0; i < 20; i++) writeFileSync(join(dir, `r${i}.md`), `${clean}\n${'正文'.repeat(350_000)}\n`);
    const { mb, result } = heapKept<string[]>(
      `const { ReportLoader } = await import(${JSON.stringify(sourceUrl('src/pipeline/load-report.ts'))});
       const loader = new ReportLoader();
       await loader.load(${JSON.stringify(join(dir, 'r0.md'))});`,
      `const kept = [];
       for (let i = 1; i < 20; i++) {
         const file = ${JSON.stringify(dir)} + '/r' + i + '.md';
         await loader.load(file);
         kept.push((await loader.summary(file)).report);
       }
       globalThis.result = kept.map((s) => s.agency + ' ' + s.sectionText.get(5).slice(0, 8));`,
    );
    expect(result[0]).toBe('大连市医疗保障局 针对上年度报告指');
    expect(mb).toBeLessThan(4);
  });
});
