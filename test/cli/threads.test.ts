import { describe, expect, it } from 'vitest';
import { lintThreads } from '../../src/cli/threads.js';

describe('--concurrency', () => {
  it('auto: one worker up to 4,999 files, then one more for each 2,500, never more than the cores', () => {
    const auto = (files: number, cores: number) => lintThreads('auto', files, cores);
    expect([auto(0, 2), auto(1, 2), auto(1_000, 2), auto(4_999, 2), auto(5_000, 2), auto(10_000, 2)]).toEqual([1, 1, 1, 1, 2, 2]);
    expect([auto(7_500, 8), auto(10_000, 8), auto(100_000, 8), auto(10_000, 1)]).toEqual([3, 4, 8, 1]);
  });

  it('a number is that many workers, whatever the files; off is one', () => {
    expect([lintThreads('3', 1, 2), lintThreads(' 2 ', 100, 2), lintThreads('off', 100_000, 8)]).toEqual([3, 2, 1]);
  });

  it('refuses anything else, naming it', () => {
    for (const value of ['0', '-1', '1.5', 'many', '']) expect(() => lintThreads(value, 10, 2)).toThrow(value === '' ? /--concurrency ""/u : new RegExp(`--concurrency "${value.replace('.', '\\.')}"`, 'u'));
  });
});
