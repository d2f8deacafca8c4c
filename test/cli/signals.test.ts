import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, watch } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { report } from '../report-fragments.js';
import { cli, workspace } from './run.js';

const root = join(import.meta.dirname, '..', '..');

/**
 * Runs the binary and sends it a signal the moment a temporary file appears beside `target`
 * (named target.<suffix>, by write-file-atomic for --fix and by -o alike), that is, in the
 * middle of writing it.
 */
function interruptWrite(args: string[], cwd: string, target: string, signal: NodeJS.Signals): Promise<{ code: number | null; interrupted: boolean }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'xxgk-lint.js'), ...args], { cwd, stdio: 'ignore' });
    let interrupted = false;
    const watcher = watch(cwd, (_event, name) => {
      if (!interrupted && name?.startsWith(`${target}.`)) {
        interrupted = true;
        child.kill(signal);
      }
    });
    child.on('exit', (code) => {
      watcher.close();
      done({ code, interrupted });
    });
  });
}

const seed001 = readFileSync(new URL('../fixtures/seeds/001_c20b6ef2d407903b.txt', import.meta.url), 'utf8').replace('重庆市医疗保障局 2020年', '重庆市医疗保障局 2023年');

describe('a run interrupted while writing', { timeout: 120_000 }, () => {
  // 64 MB of output: long enough to be caught in the middle of writing it.
  const SIZE = 64 * 1024 * 1024;
  const big = `export default () => 'x'.repeat(${SIZE});\n`;

  for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
    it(`-o: ${signal} leaves no temporary file and the output absent or whole, and exits ${code}`, async () => {
      const dir = workspace({ 'big.mjs': big, 'r.md': report() });
      expect(await interruptWrite(['-f', './big.mjs', '-o', 'out.txt', 'r.md'], dir, 'out.txt', signal)).toEqual({ code, interrupted: true });
      expect(readdirSync(dir).filter((f) => f.startsWith('out.txt.'))).toEqual([]);
      if (existsSync(join(dir, 'out.txt'))) expect(statSync(join(dir, 'out.txt')).size).toBe(SIZE);
    });
  }

  it('-o with a format written file by file as the run goes: SIGTERM mid-run leaves no temporary file and no output', async () => {
    const files = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`r${i}.txt`, seed001.replace('重庆市医疗保障局', `重庆市第${i}医疗保障局`)]));
    const dir = workspace(files);
    expect(await interruptWrite(['-o', 'out.txt', '.'], dir, 'out.txt', 'SIGTERM')).toEqual({ code: 143, interrupted: true });
    expect(readdirSync(dir).filter((f) => f.startsWith('out.txt'))).toEqual([]);
  });

  it('--fix: SIGTERM leaves no temporary file and the report as it was or wholly fixed, and exits 143', async () => {
    const dir = workspace({ 'r.txt': seed001 });
    const only = ['--rule', 'statistics-period: off'];
    const fixed = (JSON.parse((await cli(['--fix-dry-run', '-f', 'json', ...only, 'r.txt'], { cwd: dir })).stdout) as { output: string }[])[0]!.output;
    expect(await interruptWrite(['--fix', ...only, 'r.txt'], dir, 'r.txt', 'SIGTERM')).toEqual({ code: 143, interrupted: true });
    expect(readdirSync(dir)).toEqual(['r.txt']);
    expect([seed001, fixed]).toContain(readFileSync(join(dir, 'r.txt'), 'utf8'));
  });
});
