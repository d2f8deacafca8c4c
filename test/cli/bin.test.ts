import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
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

  it('lints the bundled examples with stylish output and exit code 1', () => {
    const { status, stdout, stderr } = bin(['examples/']);
    expect([status, stderr]).toEqual([1, '']);
    expect(stdout).toContain('examples/defects-2024.md');
    expect(stdout).toContain('table-totals');
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
