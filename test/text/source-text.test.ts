import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceText } from '../../src/text/source-text.js';

/** Each line's start, by the rule itself: a line ends at LF, CRLF or a lone CR. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function startsOf(source: SourceText): number[] {
  return Array.from({ length: source.lineCount }, (_, i) => source.offsetAt(i + 1, 1));
}

describe('SourceText', () => {
  it('ends a line at LF, at CRLF and at a lone CR, as CommonMark does', () => {
    // An export that mixed the three, and a CR LF CR run (a CRLF line, then a lone CR line).
    const text = '一、总体情况\n本年度\r\n二、主动公开\r表一\r\n\r0';
    const source = new SourceText(text);
    expect(source.lineCount).toBe(6);
    expect(startsOf(source)).toEqual([0, 7, 12, 19, 23, 24]);
    expect(source.pointAt(text.indexOf('0'))).toEqual({ line: 6, column: 1 });
    expect(source.lineRange(2)).toEqual({ start: 7, end: 10 });
  });

  it('finds the same lines as a character-by-character reading, whatever the mix of line ends', () => {
    const piece = fc.constantFrom('a', '中', '\n', '\r', '\r\n', '\n\r', '\r\r');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(startsOf(new SourceText(text))).toEqual(lineStarts(text));
      }),
      { numRuns: 2000 },
    );
  });
});
