import { describe, expect, it } from 'vitest';
import { matchesIn } from '../../src/text/matches.js';

const all = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0], ...m.slice(1)]);
const ours = (text: string, re: RegExp) => [...matchesIn(text, re)].map((m) => [m.index, m[0], ...m.slice(1)]);

describe('matches of a global pattern', () => {
  it.each([
    [/(\d+)\s*件/gu, '收到申请12件，办结 3 件'],
    [/a*/gu, 'baaab😀c'],
    [/(?:)/gu, '😀x'],
    [/(?:)/g, '😀x'],
    [/x?/g, ''],
    [/[一二三四五六][、.．]/gu, '无'],
  ])('%s in %j: as matchAll finds them', (re, text) => {
    expect(ours(text, re)).toEqual(all(text, re));
  });

  it('lets the loop use the same pattern on other text', () => {
    const re = /\d/g;
    const seen: string[] = [];
    for (const m of matchesIn('1a2', re)) seen.push(m[0], ...[...matchesIn('89', re)].map((n) => n[0]));
    expect(seen).toEqual(['1', '8', '9', '2', '8', '9']);
  });
});
