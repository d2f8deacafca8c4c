import { chmodSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cli, workspace } from './run.js';

// Seed 001 (a 2020 report on the 2019 format) re-dated 2023: three of its 2019 labels have a single 2021 successor.
const seed001 = readFileSync(new URL('../fixtures/seeds/001_c20b6ef2d407903b.txt', import.meta.url), 'utf8').replace('重庆市医疗保障局 2020年', '重庆市医疗保障局 2023年');
const FIXED = ['本年制发件数', '现行有效件数', '行政规范性文件'];
const only = ['--rule', 'statistics-period: off'];
const json = (stdout: string) => JSON.parse(stdout) as { filePath: string; output?: string; errorCount: number; fixableErrorCount: number }[];

describe('--fix and --fix-dry-run', () => {
  it('--fix-dry-run puts the fixed text in "output" and writes nothing', async () => {
    const dir = workspace({ 'r.txt': seed001 });
    const { code, stdout } = await cli(['--fix-dry-run', '-f', 'json', ...only, join(dir, 'r.txt')]);
    const [result] = json(stdout);
    expect(code).toBe(1);
    expect(FIXED.map((label) => result!.output!.split('\n').includes(label))).toEqual([true, true, true]);
    expect(result!.fixableErrorCount).toBe(0);
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toBe(seed001);
  });

  it('--fix writes the file in place, keeping its permissions and leaving no temporary file; a second run changes nothing', async () => {
    const dir = workspace({ 'r.txt': seed001 });
    const file = join(dir, 'r.txt');
    chmodSync(file, 0o640);
    const dry = json((await cli(['--fix-dry-run', '-f', 'json', ...only, file])).stdout)[0]!.output;
    await cli(['--fix', ...only, file]);
    expect(readFileSync(file, 'utf8')).toBe(dry);
    expect([statSync(file).mode & 0o777, readdirSync(dir)]).toEqual([0o640, ['r.txt']]);
    const again = await cli(['--fix', '-f', 'json', ...only, file]);
    expect([json(again.stdout)[0]!.output, readFileSync(file, 'utf8')]).toEqual([undefined, dry]);
  });

  it('--fix keeps a GB18030 file in GB18030', async () => {
    const dir = workspace({ 'r.txt': iconv.encode(seed001, 'gb18030') });
    await cli(['--fix', ...only, join(dir, 'r.txt')]);
    const fixed = iconv.decode(readFileSync(join(dir, 'r.txt')), 'gb18030');
    expect(FIXED.map((label) => fixed.split('\n').includes(label))).toEqual([true, true, true]);
  });

  it('lints standard input with --fix-dry-run, and refuses --fix there, as ESLint does', async () => {
    const dry = await cli(['--stdin', '--stdin-filename', 'r.txt', '--fix-dry-run', '-f', 'json', ...only], { stdin: seed001 });
    expect(FIXED.every((label) => json(dry.stdout)[0]!.output!.includes(label))).toBe(true);
    expect(await cli(['--locale', 'en', '--stdin', '--fix', ...only], { stdin: seed001 })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'xxgk-lint: the --fix option is not available for piped-in text; use --fix-dry-run\n',
    });
    expect((await cli(['--fix', '--fix-dry-run', 'r.txt'])).code).toBe(2);
  });
});
