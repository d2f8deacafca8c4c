import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorkerWanted } from '../../src/cli/prestart.js';
import { DEFAULT_LIMITS } from '../../src/pipeline/budgets.js';
import { report } from '../report-fragments.js';
import { workspace } from './run.js';

describe('the parse worker started before the linter loads', () => {
  const dir = workspace(Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`r${i}.md`, report()])));
  mkdirSync(join(dir, 'sub'));
  const files = (n: number) => Array.from({ length: n }, (_, i) => `r${i}.md`);

  it('is wanted for standard input and for fewer than 8 files named one by one, with the run\'s limits', () => {
    expect(parseWorkerWanted(['r0.md'], dir)).toEqual(DEFAULT_LIMITS);
    expect(parseWorkerWanted(['--stdin'], dir)).toEqual(DEFAULT_LIMITS);
    expect(parseWorkerWanted([...files(7), '--fix'], dir)).toEqual(DEFAULT_LIMITS);
    expect(parseWorkerWanted(['--concurrency', 'off', ...files(8)], dir)).toEqual(DEFAULT_LIMITS);
    expect(parseWorkerWanted(['--limit', 'maxMemoryMb=256', 'r0.md'], dir)).toEqual({ ...DEFAULT_LIMITS, maxMemoryMb: 256 });
  });

  it('is not started where the run may lint in a pool of workers, or parses nothing', () => {
    for (const argv of [files(8), ['--concurrency', '2', 'r0.md'], ['.'], ['sub'], ['*.md'], ['--help', 'r0.md'], ['-v'], ['--print-config', 'r0.md'], ['--lsp'], []]) {
      expect(parseWorkerWanted(argv, dir), argv.join(' ')).toBeUndefined();
    }
  });

  it('is not started for a command line the run will refuse', () => {
    for (const argv of [['--frobnicate', 'r0.md'], ['--limit', 'maxRows=1', 'r0.md'], ['--concurrency', 'many', 'r0.md'], ['none.md']]) {
      expect(parseWorkerWanted(argv, dir), argv.join(' ')).toBeUndefined();
    }
  });
});
