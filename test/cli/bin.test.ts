import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { report } from '../report-fragments.js';
import { cli, workspace } from './run.js';

const root = join(import.meta.dirname, '..', '..');
const bin = (args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'xxgk-lint.js'), ...args], { encoding: 'utf8', cwd: root });

describe('the installed binary', () => {
  it('prints help and version and exits 0', () => {
    const help = bin(['--help']);
    expect([help.status, help.stdout.includes('--max-warnings'), help.stdout.includes('--stdin-filename')]).toEqual([0, true, true]);
    const version = bin(['--version']);
    expect([version.status, version.stdout.trim()]).toEqual([0, '0.1.0']);
  });

  it('ends at once when the run stops before parsing, though its parse worker was started', () => {
    const dir = workspace({ '.xxgklintrc.json': '{ "rules": ', 'r.md': report() });
    const { status, stderr } = spawnSync(process.execPath, [join(root, 'bin', 'xxgk-lint.js'), '--locale', 'en', 'r.md'], { encoding: 'utf8', cwd: dir, timeout: 30_000 });
    expect([status, stderr]).toEqual([2, `xxgk-lint: config ${join(dir, '.xxgklintrc.json')} is not valid JSON: a value is expected at line 1, column 12\n`]);
  });

  it('lints the bundled examples with stylish output and exit code 1', () => {
    const { status, stdout, stderr } = bin(['examples/']);
    expect([status, stderr]).toEqual([1, '']);
    expect(stdout).toContain('examples/defects-2024.md');
    expect(stdout).toContain('table-totals');
  });
});

describe('the bundle the binary runs (dist/bundle, scripts/bundle.js)', { timeout: 120_000 }, () => {
  it('gives byte for byte the JSON the sources give, for every format, in one thread and in a pool', async () => {
    const fixtures = join(root, 'test', 'fixtures');
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-lint-bundle-'));
    const files = ['markdown/001.md', 'markdown/003.md', 'html/002.html', 'real/pt-2023.html', 'real/pt-2022.txt', 'real/pt-2023.txt', 'fuzz/huge-grid-span.docx', 'pdf/ruled.pdf', 'pdf/scanned.pdf'];
    for (const f of files) copyFileSync(join(fixtures, f), join(dir, basename(f)));
    const inThread = bin(['-f', 'json', '--concurrency', 'off', dir]);
    expect([inThread.status, inThread.stderr]).toEqual([1, '']);
    expect(inThread.stdout).toBe((await cli(['-f', 'json', '--concurrency', 'off', dir])).stdout);
    // 9 files: the bundled lint workers (test/pipeline/pool.test.ts holds the pool to a one-thread run).
    expect(bin(['-f', 'json', dir]).stdout).toBe(inThread.stdout);
  });
});

describe('-c / --config', () => {
  it('uses the named config instead of looking one up', async () => {
    const dir = workspace({
      '.xxgklintrc.json': JSON.stringify({ rules: { 'statistics-period': 'error' } }),
      'quiet.json': JSON.stringify({ rules: { 'statistics-period': 'off' } }),
      'r.md': report({ intro: '本报告由大连市医疗保障局编制。' }),
    });
    expect((await cli([join(dir, 'r.md')])).code).toBe(1);
    expect((await cli(['-c', join(dir, 'quiet.json'), join(dir, 'r.md')])).code).toBe(0);
    expect(await cli(['--locale', 'en', '-c', join(dir, 'none.json'), join(dir, 'r.md')])).toMatchObject({ code: 2, stderr: expect.stringContaining(`cannot read config ${join(dir, 'none.json')}: no such file or directory`) });
  });
});
