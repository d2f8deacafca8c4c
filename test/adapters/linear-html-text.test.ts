import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { micromark } from 'micromark';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { htmlText } from 'micromark-core-commonmark';
import { linearHtmlText } from '../../src/adapters/linear-html-text.js';
import { lint } from '../helpers.js';

/**
 * Inline HTML in linear time (issue 10): micromark scanned the rest of a paragraph for the
 * closer of every unclosed `<![CDATA[`, `<!--`, `<?` or `<!x` again, quadratic in the
 * paragraph (in seed 000's prose, 16,000 `<![CDATA[` took 68 s and 16,000 `<!--` 20 s). The
 * construct that replaces its htmlText gives micromark's own tree.
 */
const linearExtension = linearHtmlText(htmlText);
const seed = readFileSync(new URL('../fixtures/markdown/000.md', import.meta.url), 'utf8');
const plain = unified().use(remarkParse).freeze();
const linear = unified()
  .use(remarkParse)
  .use(function (this: Processor) {
    (this.data().micromarkExtensions ??= []).push(linearExtension);
  })
  .freeze();

/** Pieces that open, close and break inline HTML and what it sits in. */
const PIECES = ['<![CDATA[', ']]>', ']]', '<!--', '-->', '--', '->', '<!-->', '<!--->', '<?', '?>', '<!X', '<!', '>', '<a', ' b="', '"', "'", '<a href="x">', '</a>', '<http://x.y>', '<a@b.c>', '\n', '\n\n', '> ', '- ', '*', '[', '](u)', '`', 'x', '文字', ' ', '\\', '|'];

describe('inline HTML read in linear time', () => {
  it('gives micromark\'s tree and HTML for any text of HTML pieces, and for the seed', () => {
    expect(linear.parse(seed)).toEqual(plain.parse(seed));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(linear.parse(text)).toEqual(plain.parse(text));
        expect(micromark(text, { allowDangerousHtml: true, extensions: [linearExtension] })).toBe(micromark(text, { allowDangerousHtml: true }));
      }),
      { numRuns: 3_000, seed: 20261123 },
    );
  });

  it.each(['<![CDATA[', '<!--', '<?', '<!X'])('40,000 unclosed %s in a paragraph of a real report change none of its findings', (opener) => {
    const padded = seed.replace('本年度,收到信息公开申请11件', `${opener.repeat(40_000)}本年度,收到信息公开申请11件`);
    expect(lint(padded)).toEqual(lint(seed));
  });
});
