import { existsSync, readdirSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { report } from '../report-fragments.js';
import { PooledRun } from '../../src/pipeline/pooled-run.js';
import { cli, workspace } from './run.js';

/** Every file the CLI really lints (not served from the cache), by name: each goes to a worker through PooledRun. */
const pooled = vi.spyOn(PooledRun.prototype, 'lintTraced');
const lintedNow = () => pooled.mock.calls.splice(0).map(([f]) => basename(f)).sort();

const THIS_YEAR = report({ title: '# 平潭综合实验区2024年度政府信息公开工作年度报告' });
const lastYear = (stock: number) =>
  report({ title: '# 平潭综合实验区2023年度政府信息公开工作年度报告' })
    .replaceAll('2024年', '2023年')
    .replace('| 行政规范性文件 | 3 | 25 | 37 |', `| 行政规范性文件 | 77 | 132 | ${stock} |`);
const OTHER = report({ title: '# 福州市鼓楼区2024年度政府信息公开工作年度报告' });

/** A run in `dir` (so that the cache is .xxgklintcache there), with the files it linted. */
async function lint(dir: string, ...argv: string[]) {
  lintedNow();
  const outcome = await cli([...argv, '.'], { cwd: dir });
  return { ...outcome, linted: lintedNow() };
}

describe('--cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = workspace({ '2024.md': THIS_YEAR, '2023.md': lastYear(470), 'gulou.md': OTHER });
  });

  it('prints the same report on a second run, stylish and JSON, and lints nothing again', async () => {
    for (const format of ['stylish', 'json']) {
      rmSync(join(dir, '.xxgklintcache'), { force: true });
      const first = await lint(dir, '--cache', '-f', format);
      expect(first.linted).toEqual(['2023.md', '2024.md', 'gulou.md']);
      expect(first.stdout).toContain('cross-year-consistency');
      const second = await lint(dir, '--cache', '-f', format);
      expect(second.linted).toEqual([]);
      expect([second.code, second.stdout, second.stderr]).toEqual([first.code, first.stdout, first.stderr]);
      expect((await lint(dir, '-f', format)).stdout).toBe(first.stdout);
    }
  });

  it('lints again a file that changed, and only it', async () => {
    await lint(dir, '--cache', '-f', 'json');
    writeFileSync(join(dir, 'gulou.md'), OTHER.replace('## 一、总体情况', '## 一、总体情况\n\n新增一段。'));
    const again = await lint(dir, '--cache', '-f', 'json');
    expect(again.linted).toEqual(['gulou.md']);
    expect(again.stdout).toBe((await lint(dir, '-f', 'json')).stdout);
  });

  it("lints this year's report again when last year's is edited, removed, renamed or added — not when another agency's report changes", async () => {
    const plain = async () => (await lint(dir, '-f', 'json')).stdout;
    await lint(dir, '--cache', '-f', 'json');
    writeFileSync(join(dir, '2023.md'), lastYear(480));
    let run = await lint(dir, '--cache', '-f', 'json');
    expect(run.linted).toEqual(['2023.md', '2024.md']);
    expect(run.stdout).toBe(await plain());

    renameSync(join(dir, '2023.md'), join(dir, 'earlier.md'));
    run = await lint(dir, '--cache', '-f', 'json');
    expect(run.linted).toEqual(['2024.md', 'earlier.md']);
    expect(run.stdout).toBe(await plain());

    rmSync(join(dir, 'earlier.md'));
    run = await lint(dir, '--cache', '-f', 'json');
    expect(run.linted).toEqual(['2024.md']);
    expect(run.stdout).not.toContain('cross-year-consistency');
    expect(run.stdout).toBe(await plain());

    writeFileSync(join(dir, '2023.md'), lastYear(470));
    run = await lint(dir, '--cache', '-f', 'json');
    expect(run.linted).toEqual(['2023.md', '2024.md']);
    expect(run.stdout).toContain('cross-year-consistency');

    writeFileSync(join(dir, 'gulou.md'), OTHER.replace('## 一、总体情况', '## 一、总体情况\n\n新增一段。'));
    writeFileSync(join(dir, 'jinan.md'), report({ title: '# 福州市晋安区2024年度政府信息公开工作年度报告' }));
    expect((await lint(dir, '--cache', '-f', 'json')).linted).toEqual(['gulou.md', 'jinan.md']);
  });

  it('works the same with two worker threads (--concurrency 2) as with one: nothing again, then what last year\'s edit touches', async () => {
    const plain = (await lint(dir, '--concurrency', 'off', '-f', 'json')).stdout;
    const first = await lint(dir, '--concurrency', '2', '--cache', '-f', 'json');
    expect([first.linted, first.stdout]).toEqual([['2023.md', '2024.md', 'gulou.md'], plain]);
    const second = await lint(dir, '--concurrency', '2', '--cache', '-f', 'json');
    expect([second.linted, second.stdout]).toEqual([[], plain]);
    writeFileSync(join(dir, '2023.md'), lastYear(480));
    const edited = await lint(dir, '--concurrency', '2', '--cache', '-f', 'json');
    expect(edited.linted).toEqual(['2023.md', '2024.md']);
    expect(edited.stdout).toBe((await lint(dir, '--concurrency', 'off', '-f', 'json')).stdout);
    expect(edited.stdout).not.toBe(plain);
  });

  it('serves a run whose format prints no source from results that carry it, not the reverse', async () => {
    await lint(dir, '--cache');
    expect((await lint(dir, '--cache', '-f', 'json')).linted).toEqual(['2024.md']);
    expect((await lint(dir, '--cache')).linted).toEqual([]);
  });

  it('lints everything again when the configuration changes', async () => {
    await lint(dir, '--cache');
    expect((await lint(dir, '--cache', '--rule', 'fee-statement: off')).linted).toEqual(['2023.md', '2024.md', 'gulou.md']);
    expect((await lint(dir, '--cache', '--rule', 'fee-statement: off')).linted).toEqual([]);
    writeFileSync(join(dir, '.xxgklintrc.json'), JSON.stringify({ rules: { 'statistics-period': 'off' } }));
    expect((await lint(dir, '--cache', '--rule', 'fee-statement: off')).linted).toEqual(['2023.md', '2024.md', 'gulou.md']);
    expect((await lint(dir, '--cache', '--rule', 'fee-statement: off', '--locale', 'en')).linted).toEqual(['2023.md', '2024.md', 'gulou.md']);
  });

  it('ignores a corrupt or foreign cache file, and rewrites it', async () => {
    const first = await lint(dir, '--cache');
    for (const junk of ['{"tag":"xxgk-lint-cache","layout":1,"run":', '{"results":[]}', '\u0000\u0001binary']) {
      writeFileSync(join(dir, '.xxgklintcache'), junk);
      const run = await lint(dir, '--cache');
      expect([run.code, run.stdout, run.stderr, run.linted]).toEqual([first.code, first.stdout, first.stderr, ['2023.md', '2024.md', 'gulou.md']]);
      expect((await lint(dir, '--cache')).linted).toEqual([]);
    }
  });

  it('writes to --cache-location: a file, or a directory (ending in / or existing) holding a file named by the working directory', async () => {
    await lint(dir, '--cache', '--cache-location', 'my.cache');
    expect(existsSync(join(dir, 'my.cache'))).toBe(true);
    expect((await lint(dir, '--cache', '--cache-location', 'my.cache')).linted).toEqual([]);
    await lint(dir, '--cache', '--cache-location', 'caches/');
    expect(readdirSync(join(dir, 'caches'))).toEqual([expect.stringMatching(/^\.cache_[0-9a-f]{12}$/)]);
    expect((await lint(dir, '--cache', '--cache-location', 'caches')).linted).toEqual([]);
    expect(existsSync(join(dir, '.xxgklintcache'))).toBe(false);
  });

  it('never lints the cache file, even when the patterns match it', async () => {
    await lint(dir, '--cache', '--cache-location', 'cache.md');
    const run = await lint(dir, '--cache', '--cache-location', 'cache.md');
    expect(run.linted).toEqual([]);
    expect(run.stdout).not.toContain('cache.md');
  });

  it('content strategy: a file touched but unchanged is not linted again; metadata strategy: it is', async () => {
    await lint(dir, '--cache');
    await lint(dir, '--cache', '--cache-location', 'meta', '--cache-strategy', 'metadata');
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'gulou.md'), later, later);
    expect((await lint(dir, '--cache')).linted).toEqual([]);
    expect((await lint(dir, '--cache', '--cache-location', 'meta', '--cache-strategy', 'metadata')).linted).toEqual(['gulou.md']);
  });

  it('keeps no result with a fatal message: a file that could not be read as a report is read again', async () => {
    writeFileSync(join(dir, 'notes.txt'), '会议记录\n');
    await lint(dir, '--cache');
    expect((await lint(dir, '--cache')).linted).toEqual(['notes.txt']);
  });

  it('with --fix-dry-run, lints again a cached file that has messages (there may be something to fix), as ESLint', async () => {
    await lint(dir, '--cache');
    expect((await lint(dir, '--cache', '--fix-dry-run')).linted).toEqual(['2024.md']);
  });

  it('says on stderr when the cache cannot be written, and the run stands', async () => {
    const plain = await lint(dir);
    const run = await lint(dir, '--cache', '--cache-location', 'gulou.md/cache');
    expect([run.code, run.stdout]).toEqual([plain.code, plain.stdout]);
    expect(run.stderr).toBe(`xxgk-lint：无法写入缓存文件 ${join(dir, 'gulou.md/cache')}（路径上已有同名的文件），下次运行将重新检查全部文件。\n`);
  });

  it('refuses an unknown strategy', async () => {
    const run = await lint(dir, '--cache', '--cache-strategy', 'mtime');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('mtime');
  });
});
