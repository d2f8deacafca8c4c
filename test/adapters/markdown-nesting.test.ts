import fc from 'fast-check';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { checkMarkdownNesting } from '../../src/adapters/markdown-nesting.js';
import { commonmark, withGfmTables } from '../../src/adapters/remark.js';
import { DEFAULT_LIMITS, treeOverLimit } from '../../src/pipeline/budgets.js';
import { OverLimitError } from '../../src/text/over-limit.js';

/** The depth checkMarkdownNesting counts in a text: the least maxDepth it lets the text through with. */
function counted(text: string): number {
  for (let maxDepth = 0; ; maxDepth++) {
    try {
      checkMarkdownNesting(text, maxDepth);
      return maxDepth;
    } catch (error) {
      if (!(error instanceof OverLimitError)) throw error;
    }
  }
}

/** The depth of the tree remark-parse makes of a text (with GFM tables or without), as the budget check after parsing counts it. */
function parsedDepth(text: string): number {
  const limits = { ...DEFAULT_LIMITS, maxDepth: 0, maxNodes: Infinity, maxTableRows: Infinity, maxHeadings: Infinity };
  const depths = [commonmark(), withGfmTables()].map((parser) => {
    const over = treeOverLimit(parser.parse(text) as Root, limits);
    return over?.limit === 'maxDepth' ? Number(over.found) : 0;
  });
  return Math.min(...depths);
}

describe('checkMarkdownNesting', () => {
  it('refuses a line of 300 list markers before any text, counting two levels for each marker after the first', () => {
    expect(() => checkMarkdownNesting(`${'- '.repeat(300)}文字\n`, 256)).toThrow(new OverLimitError({ limit: 'maxDepth', found: 598, max: 256 }));
  });

  it('counts ordered markers and block quotes with bullets', () => {
    expect(counted(`${'1. '.repeat(10)}文字`)).toBe(18);
    expect(counted(`${'> '.repeat(10)}文字`)).toBe(10);
    expect(counted(`> - > 2) * 文字`)).toBe(6);
  });

  it('leaves a line that is a thematic break however many marks it has', () => {
    expect(counted(`${'- '.repeat(300)}-\n`)).toBe(0);
    expect(counted(`- - ${'* '.repeat(300)}\n`)).toBe(2);
  });

  it('counts on a line that may continue a paragraph only the markers that interrupt one: bullets and 1 with text after them', () => {
    expect(counted(`文字\n${'- '.repeat(5)}文字`)).toBe(8);
    expect(counted(`文字\n${'1) '.repeat(5)}文字`)).toBe(8);
    expect(counted(`文字\n- - 2. - - 文字`)).toBe(2);
    expect(counted(`文字\n- - - - `)).toBe(0);
    expect(counted(`文字\n\n${'2. '.repeat(5)}文字`)).toBe(8);
    expect(counted(`    代码\n\n${'2. '.repeat(5)}文字`)).toBe(0);
  });

  it('leaves raw HTML blocks up to their end', () => {
    expect(counted(`<div>\n${'- '.repeat(5)}文字\n\n${'- '.repeat(5)}文字`)).toBe(8);
    expect(counted(`<!-- 注释\n\n${'- '.repeat(5)}文字\n-->\n${'- '.repeat(3)}文字`)).toBe(4);
    expect(counted(`<!-- xxgk-lint-disable -->\n${'- '.repeat(5)}文字`)).toBe(8);
    expect(counted(`- - <div>\n  ${'- '.repeat(5)}文字`)).toBe(2);
  });

  it('leaves lines in fenced code and lines indented as code', () => {
    expect(counted(`\`\`\`\n${'- '.repeat(300)}文字\n\`\`\`\n`)).toBe(0);
    expect(counted(`~~~~\n\`\`\`\n${'- '.repeat(300)}文字\n~~~~\n`)).toBe(0);
    expect(counted(`    ${'- '.repeat(300)}文字\n`)).toBe(0);
    expect(counted(`\`\`\`\n\`\`\`\n${'- '.repeat(3)}文字\n`)).toBe(4);
    expect(counted(`> - \`\`\`\n> ${'- '.repeat(5)}文字\n> - \`\`\`\n${'- '.repeat(3)}文字\n`)).toBe(4);
  });

  it('reads lines ended by CR, LF and CRLF', () => {
    expect(counted(`文字\r${'- '.repeat(3)}a\r\n${'- '.repeat(5)}b\n${'- '.repeat(4)}c`)).toBe(8);
  });

  it('never counts deeper than the tree remark-parse builds of the text', () => {
    const piece = fc.constantFrom(
      ...['- ', '* ', '+ ', '1. ', '2) ', '10. ', '> ', ' ', '  ', '    ', '\t', '-', '*', '_', '---', '```', '~~~', '文字', 'a', '\n', '\r', '\r\n', '\n\n'],
      ...['<div>', '<!-- ', '-->', '<pre>', '</pre>', '<a>', '<http://a.b>', '| a |', '|---|', '# 标题', '==='],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(counted(text)).toBeLessThanOrEqual(parsedDepth(text));
      }),
      { numRuns: 3000 },
    );
  });
});
