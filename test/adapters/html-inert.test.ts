import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintFileText } from '../helpers.js';

/**
 * Empty inline markup taken out before hast-util-to-mdast, whose whitespace pass rescanned a
 * run of it from each of its nodes (issue 10): 4,000 `<w:tcPr><w:vMerge/></w:tcPr>` in a
 * paragraph of a seed page took 224 s, 2,000 `<b></b>` 21 s.
 */
const page = readFileSync(new URL('../fixtures/html/000.html', import.meta.url), 'utf8');
const FOLLOW_UP = { ruleId: 'previous-year-follow-up', severity: 1, message: '第五部分只写了本年度的问题，未说明上年度问题的整改情况', line: 82, column: 5 };

describe('runs of empty inline markup in a web page', () => {
  it.each([
    ['<w:tcPr><w:vMerge/></w:tcPr>', 4_000],
    ['<b></b>', 8_000],
    ['<x></x>', 8_000],
  ])('%s × %i in a paragraph of a real page change none of its findings', (junk, times) => {
    const padded = page.replace('(二)依申请公开', `${junk.repeat(times)}(二)依申请公开`);
    expect(lintFileText(padded, '000.html')).toEqual([FOLLOW_UP]);
  });

  it('word-markup-run.html (found by the property suite, seed 718281): html/000.html opened by 447 pieces of Word table markup (10.9 s under load, 2.5 s alone)', () => {
    const found = readFileSync(new URL('../fixtures/fuzz/word-markup-run.html', import.meta.url), 'utf8');
    expect(found.startsWith(`${'<w:tcPr><w:vMerge/></w:tcPr>'.repeat(447)}<!DOCTYPE html>`)).toBe(true);
    expect(lintFileText(found, 'word-markup-run.html')).toEqual([FOLLOW_UP]);
  });
});
