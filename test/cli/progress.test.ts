import { describe, expect, it } from 'vitest';
import { Progress, progressFor } from '../../src/cli/progress.js';
import { report } from '../report-fragments.js';
import { cli, workspace } from './run.js';

/** A terminal that records what is written, with a clock set by the test. */
function terminal(times: number[], columns?: number) {
  const written: string[] = [];
  return { written, write: (t: string) => void written.push(t), columns, now: () => times.shift()! };
}

describe('progress on a terminal', () => {
  it('draws done/total, rate and time left once the run has lasted a second, at most every 100 ms, and erases itself', () => {
    const tty = terminal([0, 200, 1100, 1150, 1300, 1500]);
    const progress = new Progress(5, tty, 'en');
    for (let i = 0; i < 5; i++) progress.tick();
    progress.clear();
    expect(tty.written).toEqual([
      '\rLinting 2/5 files, 1.8/s, about 2 s left\x1b[K',
      '\rLinting 4/5 files, 3.1/s, about 1 s left\x1b[K',
      '\r\x1b[K',
    ]);
  });

  it('speaks Chinese, counts minutes, and falls back to done/total on a narrow terminal', () => {
    const wide = terminal([0, 2000]);
    new Progress(1000, wide, 'zh').tick();
    expect(wide.written).toEqual(['\r正在检查：1/1000 个文件，每秒 0.5 个，约剩 33 分 18 秒\x1b[K']);
    const narrow = terminal([0, 2000], 40);
    new Progress(1000, narrow, 'zh').tick();
    expect(narrow.written).toEqual(['\r1/1000\x1b[K']);
  });

  it('writes nothing for a run that ends within a second, and erases nothing it did not draw', () => {
    const tty = terminal([0, 300, 600, 900]);
    const progress = new Progress(3, tty, 'en');
    for (let i = 0; i < 3; i++) progress.tick();
    progress.clear();
    expect(tty.written).toEqual([]);
  });

  it('is off when stderr is not a terminal, with --no-progress, in CI, and for a single file', () => {
    const tty = terminal([0]);
    expect(progressFor({ wanted: true, stderrIsTTY: false }, 10, tty, 'zh')).toBeUndefined();
    expect(progressFor({ wanted: false, stderrIsTTY: true }, 10, tty, 'zh')).toBeUndefined();
    expect(progressFor({ wanted: true, stderrIsTTY: true, env: { CI: 'true' } }, 10, tty, 'zh')).toBeUndefined();
    expect(progressFor({ wanted: true, stderrIsTTY: true }, 1, tty, 'zh')).toBeUndefined();
    expect(progressFor({ wanted: true, stderrIsTTY: true, env: { CI: 'false' } }, 10, tty, 'zh')).toBeInstanceOf(Progress);
  });
});

describe('progress in a CLI run', () => {
  const files = { 'a.md': report(), 'b.md': report(), 'c.md': report() };
  /** A clock that moves 600 ms each time it is read. */
  const slowClock = () => {
    let t = 0;
    return () => (t += 600);
  };

  it('goes to stderr only, and is gone before the report is printed', async () => {
    const dir = workspace(files);
    const plain = await cli([dir]);
    const shown = await cli([dir], { io: { stderrIsTTY: true, now: slowClock() } });
    expect(shown.stderr).toBe('\r正在检查：2/3 个文件，每秒 1.7 个，约剩 1 秒\x1b[K\r\x1b[K');
    expect([shown.code, shown.stdout]).toEqual([plain.code, plain.stdout]);
  });

  it('prints nothing when stderr is not a terminal, with --no-progress, in CI or with --stdin', async () => {
    const dir = workspace(files);
    expect((await cli([dir], { io: { stderrIsTTY: false, now: slowClock() } })).stderr).toBe('');
    expect((await cli(['--no-progress', dir], { io: { stderrIsTTY: true, now: slowClock() } })).stderr).toBe('');
    expect((await cli([dir], { env: { CI: '1' }, io: { stderrIsTTY: true, now: slowClock() } })).stderr).toBe('');
    expect((await cli(['--stdin'], { stdin: report(), io: { stderrIsTTY: true, now: slowClock() } })).stderr).toBe('');
  });
});
