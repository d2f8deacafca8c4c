import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, workspace } from '../cli/run.js';
import { htmlToDocx } from '../docx-builder.js';

/**
 * Linting whole files in worker threads (--concurrency N) must print what linting in one
 * thread (--concurrency off) prints, byte for byte: same results, same order, same
 * cross-year findings, same fatal messages.
 */

const real = (name: string) => join('test/fixtures/real', name);

/** A folder of every format, real reports beside their last year's, a fatal file and an ignored one. */
async function mixedFolder(): Promise<string> {
  const dir = workspace({
    'empty.md': '',
    'ignored.md': readFileSync('test/fixtures/markdown/000.md'),
    'report.docx': await htmlToDocx(readFileSync('test/fixtures/html/000.html', 'utf8')),
  });
  for (const f of ['000.md', '001.md', '002.md']) copyFileSync(join('test/fixtures/markdown', f), join(dir, f));
  copyFileSync('test/fixtures/html/002.html', join(dir, 'page.html'));
  copyFileSync('test/fixtures/seeds/000_62938e86c4e2d319.txt', join(dir, 'seed.txt'));
  copyFileSync('test/fixtures/pdf/huaian-szf-2024.pdf', join(dir, 'huaian.pdf'));
  for (const f of ['pt-2021.txt', 'pt-2022.txt', 'pt-2023.html', 'pt-2024.txt', 'pt-2025.txt']) copyFileSync(real(f), join(dir, f));
  return dir;
}

async function both(args: string[], cwd?: string) {
  const inOne = await cli(['--concurrency', 'off', ...args], { cwd });
  const pooled = await cli(['--concurrency', '2', ...args], { cwd });
  return { inOne, pooled };
}

type Result = { filePath: string; messages: { ruleId: string | null; message: string; fatal?: boolean }[] };
const rulesOf = (stdout: string, file: string) =>
  (JSON.parse(stdout) as Result[]).find((r) => r.filePath.endsWith(file))!.messages.map((m) => m.ruleId);

describe('linting in worker threads', () => {
  it('gives the output of a run in one thread, byte for byte, for a folder of every format', async () => {
    const dir = await mixedFolder();
    const args = ['-f', 'json', '--locale', 'en', '--ignore-pattern', 'ignored.md', '.', 'ignored.md'];
    const { inOne, pooled } = await both(args, dir);
    expect(pooled).toEqual(inOne);
    const results = JSON.parse(pooled.stdout) as Result[];
    expect(results.map((r) => r.filePath.slice(dir.length + 1)).join(' ')).toBe(
      '000.md 001.md 002.md empty.md huaian.pdf page.html pt-2021.txt pt-2022.txt pt-2023.html pt-2024.txt pt-2025.txt report.docx seed.txt ignored.md',
    );
    expect(results.find((r) => r.filePath.endsWith('empty.md'))!.messages).toMatchObject([{ fatal: true, message: 'The file is empty' }]);
    // The lookups found last year's report across threads: the 2024 page's figures are compared with 2023's.
    expect(rulesOf(pooled.stdout, 'pt-2024.txt')).toContain('cross-year-consistency');
  }, 120_000);

  it('lints a chain of three years named latest first with two workers, each year compared with the one before', async () => {
    const dir = workspace({});
    for (const f of ['pt-2022.txt', 'pt-2023.txt', 'pt-2024.txt']) copyFileSync(real(f), join(dir, f));
    const args = ['-f', 'json', '--locale', 'en', ...['pt-2024.txt', 'pt-2023.txt', 'pt-2022.txt'].map((f) => join(dir, f))];
    const { inOne, pooled } = await both(args);
    expect(pooled).toEqual(inOne);
    expect(rulesOf(pooled.stdout, 'pt-2024.txt')).toContain('cross-year-consistency');
    expect(rulesOf(pooled.stdout, 'pt-2023.txt')).toContain('cross-year-consistency');
  });

  it('warns, as in one thread, when the report named with --previous is not last year\'s', async () => {
    const dir = workspace({});
    for (const f of ['pt-2022.txt', 'pt-2024.txt']) copyFileSync(real(f), join(dir, f));
    const { inOne, pooled } = await both(['-f', 'json', '--locale', 'en', '--previous', join(dir, 'pt-2022.txt'), dir]);
    expect(pooled).toEqual(inOne);
    expect((JSON.parse(pooled.stdout) as Result[])[1]!.messages[0]!.message).toContain('pt-2022.txt');
  });

  it('ends a file past maxSeconds or maxMemoryMb in its own worker while the other files are linted right', async () => {
    // 400,000 table rows take about three seconds and far more than 40 MB to parse; the
    // reports beside it, a tenth of a second each. (At 3 s the runaway was on the edge.)
    const runaway = `| 项目 | 数量 |\n|---|---|\n${'| 行 | 1 |\n'.repeat(400_000)}`;
    const dir = workspace({ 'runaway.md': runaway });
    for (const f of ['pt-2023.txt', 'pt-2024.txt', 'pt-2025.txt']) copyFileSync(real(f), join(dir, f));
    const raised = ['--limit', 'maxLines=1000000', '--limit', 'maxTableRows=1000000', '--limit', 'maxNodes=100000000'];
    for (const [limit, max] of [['maxSeconds', 1], ['maxMemoryMb', 40]] as const) {
      const { inOne, pooled } = await both(['-f', 'json', '--locale', 'en', ...raised, '--limit', `${limit}=${max}`, dir]);
      expect(pooled).toEqual(inOne);
      const results = JSON.parse(pooled.stdout) as Result[];
      expect(results.at(-1)!.messages).toEqual([
        expect.objectContaining({ fatal: true, message: expect.stringContaining(`exceeds the limit ${limit} (${max}, at most ${max})`) }),
      ]);
      expect(rulesOf(pooled.stdout, 'pt-2025.txt')).toContain('cross-year-consistency');
    }
  }, 120_000);

  it('gives every file a fatal message, and ends, when no worker can start (a heap too small to load the linter)', async () => {
    // Before, each worker that died before it was ready had its files given to a new one, for ever.
    const dir = workspace({});
    for (const f of ['000.md', '001.md']) copyFileSync(join('test/fixtures/markdown', f), join(dir, f));
    const { code, stdout } = await cli(['-f', 'json', '--locale', 'en', '--concurrency', '2', '--limit', 'maxMemoryMb=1', dir]);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as Result[]).map((r) => [r.filePath.slice(dir.length + 1), r.messages.map((m) => [m.fatal, m.message])])).toEqual(
      ['000.md', '001.md'].map((f) => [f, [[true, expect.stringContaining('exceeds the limit maxMemoryMb (1, at most 1)')]]]),
    );
  }, 60_000);

  it('lints under a maxSeconds past what a timer can hold (2^31 ms), as under the default', async () => {
    // Before, the deadline's timer overflowed to 1 ms: every file "exceeded maxSeconds", and Node warned on stderr.
    const dir = workspace({});
    copyFileSync('test/fixtures/markdown/000.md', join(dir, '000.md'));
    const args = ['-f', 'json', '--locale', 'en', join(dir, '000.md')];
    const long = await cli(['--limit', 'maxSeconds=3000000', ...args]);
    expect(long).toEqual(await cli(args));
    expect(rulesOf(long.stdout, '000.md')).toEqual(['previous-year-follow-up']);
  });

  it('refuses a --concurrency that is not a number of threads, auto or off', async () => {
    const dir = workspace({ 'a.md': '' });
    const zh = await cli(['--concurrency', 'many', join(dir, 'a.md')]);
    expect([zh.code, zh.stderr]).toEqual([2, 'xxgk-lint：--concurrency "many"：应为线程数、auto 或 off\n']);
    const en = await cli(['--locale', 'en', '--concurrency', 'many', join(dir, 'a.md')]);
    expect([en.code, en.stderr]).toEqual([2, 'xxgk-lint: --concurrency "many": use a number of threads, auto or off\n']);
  });
});
