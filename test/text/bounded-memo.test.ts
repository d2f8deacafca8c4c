import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../../src/text/bounded-memo.js';
import { LabelIndex } from '../../src/recognize/label-index.js';
import { loadTemplates } from '../../src/templates/load.js';
import { heapKept, sourceUrl } from '../heap-retained.js';

describe('memo tables are bounded', () => {
  it('forgets the least recently used entry beyond its capacity', () => {
    const memo = new BoundedMemo<string, number>(2);
    memo.set('a', 1);
    memo.set('b', 2);
    expect(memo.get('a')).toBe(1);
    memo.set('c', 3);
    expect([memo.size, memo.has('a'), memo.has('b'), memo.has('c')]).toEqual([2, true, false, true]);
  });

  it('keeps exactly the entries a least-recently-used table keeps, whatever the gets and sets', () => {
    const op = fc.tuple(fc.constantFrom('get', 'set'), fc.integer({ min: 0, max: 6 }), fc.integer());
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(op, { maxLength: 60 }), (capacity, ops) => {
        const memo = new BoundedMemo<number, number>(capacity);
        const reference = new Map<number, number>();
        for (const [kind, key, value] of ops) {
          if (kind === 'get') {
            const expected = reference.get(key);
            if (reference.has(key)) {
              reference.delete(key);
              reference.set(key, expected!);
            }
            expect(memo.get(key)).toBe(expected);
          } else {
            reference.delete(key);
            reference.set(key, value);
            if (reference.size > capacity) reference.delete(reference.keys().next().value!);
            memo.set(key, value);
          }
          expect([...Array(7).keys()].filter((k) => memo.has(k))).toEqual([...Array(7).keys()].filter((k) => reference.has(k)));
        }
      }),
      { seed: 9, numRuns: 300 },
    );
  });

  it('the label matcher keeps at most 10,000 of 20,000 distinct unknown labels', () => {
    const index = new LabelIndex(loadTemplates()[0]!);
    for (let i = 0; i < 20_000; i++) index.matches(`未知标签${i}`);
    expect((index as unknown as { memo: BoundedMemo<string, unknown> }).memo.size).toBe(10_000);
  });

  it('keeps no report alive through its keys: 20 labels cut from 2 MB reports leave under 1 MB behind', { timeout: 30_000 }, () => {
    const { mb, result } = heapKept<number>(
      `const { BoundedMemo } = await import(${JSON.stringify(sourceUrl('src/text/bounded-memo.ts'))});
       const memo = new BoundedMemo(100);`,
      // A function per report, so that no variable of the loop holds the last one.
      `const label = (i) => {
         const text = '| 行政规范性文件（含第' + i + '号通知等各类文件） | 12 |\\n' + '正文'.repeat(500_000);
         return /\\| (.+?) \\|/u.exec(text)[1];
       };
       for (let i = 0; i < 20; i++) memo.set(label(i), i);
       globalThis.result = memo.size;`,
    );
    expect([result, mb < 1]).toEqual([20, true]);
  });
});
