import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cellOf } from '../../src/model/tables.js';
import { ReportLoader } from '../../src/pipeline/load-report.js';

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
