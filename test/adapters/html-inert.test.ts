import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseHtml } from '../../src/adapters/html.js';
import { LIBRARY_HANDLED } from '../../src/adapters/html-inert.js';
import { lintFileText } from '../helpers.js';

/**
 * Runs of inline markup holding no text cut before hast-util-to-mdast, whose whitespace pass
 * rescanned such a run from each of its nodes (issue 10): in a paragraph of a seed page 4,000
 * `<w:tcPr><w:vMerge/></w:tcPr>` took 224 s, 2,000 `<b></b>` 21 s and 2,000 `<b> </b>` 24 s.
 */
const page = readFileSync(new URL('../fixtures/html/000.html', import.meta.url), 'utf8');
const FOLLOW_UP = { ruleId: 'previous-year-follow-up', severity: 1, message: '第五部分只写了本年度的问题，未说明上年度问题的整改情况', line: 82, column: 5 };

describe('runs of empty inline markup in a web page', () => {
  it.each([
    ['<w:tcPr><w:vMerge/></w:tcPr>', 4_000],
    ['<b></b>', 8_000],
    ['<x></x>', 8_000],
    ['<b> </b>', 8_000],
    [' <w:t xml:space="preserve"> </w:t>', 8_000],
  ])('%s × %i in a paragraph of a real page change none of its findings', (junk, times) => {
    const padded = page.replace('(二)依申请公开', `${junk.repeat(times)}(二)依申请公开`);
    expect(lintFileText(padded, '000.html')).toEqual([FOLLOW_UP]);
  });

  it('word-markup-run.html (found by the property suite, seed 718281): html/000.html opened by 447 pieces of Word table markup (10.9 s under load, 2.5 s alone)', () => {
    const found = readFileSync(new URL('../fixtures/fuzz/word-markup-run.html', import.meta.url), 'utf8');
    expect(found.startsWith(`${'<w:tcPr><w:vMerge/></w:tcPr>'.repeat(447)}<!DOCTYPE html>`)).toBe(true);
    expect(lintFileText(found, 'word-markup-run.html')).toEqual([FOLLOW_UP]);
  });

  it('word-space-run.html (found by the property suite, seed 31415): real/pt-2024.html with 2,960 `<w:t xml:space="preserve"> </w:t>` in its footer', () => {
    // 26 s in-thread; in a worker it ran past maxSeconds, so the CLI and the library disagreed.
    const found = readFileSync(new URL('../fixtures/fuzz/word-space-run.html', import.meta.url), 'utf8');
    expect(found.split('<w:t xml:space="preserve"> </w:t>').length - 1).toBe(2_960);
    expect(lintFileText(found, 'word-space-run.html')).toEqual([{ ...FOLLOW_UP, line: 357, column: 13330 }]);
  });

  it('leaves white space alone where it is kept as written, and elsewhere keeps the text the whitespace pass gives', () => {
    const { tree } = parseHtml('<p>x</p><pre>a <b> </b> <i> </i> b</pre><p>c <b> </b> <i> </i> d</p>');
    expect(tree.children.map((c) => [c.type, toString(c)])).toEqual([['paragraph', 'x'], ['code', 'a     b'], ['paragraph', 'c d']]);
  });
});

describe('what the inert-run pass takes for inline markup', () => {
  it('knows the elements hast-util-to-mdast converts, exactly as the library lists them', async () => {
    const { defaultHandlers } = await import('hast-util-to-mdast');
    expect([...LIBRARY_HANDLED].sort()).toEqual(Object.keys(defaultHandlers).sort());
  });
});
