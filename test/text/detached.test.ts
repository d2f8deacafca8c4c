import { describe, expect, it } from 'vitest';
import { detached } from '../../src/text/detached.js';
import { heapKept, sourceUrl } from '../heap-retained.js';

/** 20 documents of 4 MB, of each what `keep` makes of the agency its title names. */
const keptOfTwenty = (keep: string) =>
  heapKept(
    `const { detached } = await import(${JSON.stringify(sourceUrl('src/text/detached.ts'))});`,
    // A function per document, so that no variable of the loop holds the last one.
    `const cut = (i) => {
       const text = '标题：福建省平潭综合实验区管理委员会办公室' + i + '2024年政府信息公开工作年度报告\\n' + '正文'.repeat(1_000_000);
       const agency = /标题：(.+?)2024年/u.exec(text)[1];
       return ${keep};
     };
     const kept = [];
     for (let i = 0; i < 20; i++) kept.push(cut(i));
     globalThis.result = kept.length;`,
  ).mb;

describe('detached', () => {
  it('is the same string, code unit for code unit, lone surrogates too', () => {
    for (const s of ['', '平潭综合实验区管委会', 'a\ud800b\udc00', '😀'.repeat(3)]) expect(detached(s)).toBe(s);
  });

  it('keeps nothing of the text it was cut from (V8 cuts strings of 13 or more characters as views into it)', { timeout: 30_000 }, () => {
    // Twenty documents kept whole are 80 MB; detached, less than a quarter of one.
    expect(keptOfTwenty('agency')).toBeGreaterThan(60);
    expect(keptOfTwenty('detached(agency)')).toBeLessThan(1);
  });
});
