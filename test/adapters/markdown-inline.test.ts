import fc from 'fast-check';
import type { PhrasingContent } from 'mdast';
import { describe, expect, it, vi } from 'vitest';
import { remarkTree } from '../markdown-reference.js';

// Every parse the inline reader makes, counted: content it can judge without one must not cost one.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/adapters/remark.js', async (original) => {
  const remark = await original<typeof import('../../src/adapters/remark.js')>();
  return {
    ...remark,
    commonmark: () => {
      const processor = remark.commonmark();
      return { parse: (text: string) => (parses.count++, processor.parse(text)) };
    },
  };
});
const { phrasingAt, plainPhrasing } = await import('../../src/adapters/markdown-inline.js');

const AT = { line: 3, column: 5, offset: 40 };

/** What remark-parse makes of the content on its own, when that is one paragraph spanning all of it. */
function oneParagraph(content: string): PhrasingContent[] | undefined {
  const [paragraph, ...rest] = remarkTree(content).children;
  return paragraph?.type === 'paragraph' && rest.length === 0 && paragraph.position?.end.offset === content.length ? paragraph.children : undefined;
}

describe('Markdown: inline content read at where it stands', () => {
  // markdown/000.md with 1,874 "- " and an unclosed <!-- inserted into a cell of table 三 (the
  // long run, seed 86420): the cell, parsed as a document, was 1,874 lists in each other, 0.65 s.
  it.each([
    ['a run of list markers', `${'- '.repeat(2000)}<!--2023年度- `],
    ['a run of quote markers', `${'> '.repeat(2000)}&amp;`],
    ['ordered list markers', `${'1. '.repeat(2000)}*注*`],
    ['a bullet alone before the line’s end', '-\n续 &amp;'],
  ])('declines %s without parsing it: it is never one paragraph', (_, content) => {
    parses.count = 0;
    expect(phrasingAt(content, AT)).toBeUndefined();
    expect(parses.count).toBe(0);
  });

  it('still parses content that only starts like a marker', () => {
    parses.count = 0;
    const nodes = phrasingAt('-1 &amp; *注*', AT);
    expect(parses.count).toBe(1);
    expect(nodes?.map((n) => n.type)).toEqual(['text', 'emphasis']);
    expect(nodes?.[0]?.position?.start).toEqual({ line: 3, column: 5, offset: 40 });
  });

  // Text and break tags alone are read without a parse, their lines judged by the block reader.
  it('gives remark-parse’s phrasing for content with syntax, and declines exactly what it does not read as one paragraph', () => {
    const piece = fc.constantFrom('-', '+', '*', '>', '1.', '12)', ' ', '\t', '\n', 'x', '注', '&amp;', '<!--', '`', '_', '#');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), (content) => {
        const at = { line: 1, column: 1, offset: 0 };
        fc.pre(plainPhrasing(content, at) === undefined);
        const fast = phrasingAt(content, at);
        expect(fast).toEqual(oneParagraph(content));
      }),
      { numRuns: 2000, seed: 20261207 },
    );
  });
});
