import { describe, expect, it } from 'vitest';
import { matchHeading } from '../../src/recognize/headings.js';
import { loadTemplates } from '../../src/templates/load.js';

const template = loadTemplates()[0]!;

describe('matchHeading', () => {
  it('reads a line written as a Markdown heading and the same line as plain text each their own way, asked in either order', () => {
    // "## 五、加强培训" is section 五 however it is worded; as a line of prose it is an enumeration.
    expect(matchHeading('五、加强培训', false, template)).toBeUndefined();
    expect(matchHeading('五、加强培训', true, template)).toEqual({ number: 5, writtenNumber: 5, match: 'nonstandard', title: '加强培训', start: 0, end: 6, known: false });
    expect(matchHeading('五、加强培训', false, template)).toBeUndefined();
  });

  it('gives the same match each time a line is asked, and one no caller can change', () => {
    // A crawled page runs the heading into the text that follows it.
    const line = '一、总体情况2021年，我区';
    const first = matchHeading(line, false, template);
    expect(first).toEqual({ number: 1, writtenNumber: 1, match: 'official', title: '总体情况', start: 0, end: 6, known: true });
    expect(matchHeading(line, false, template)).toEqual(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('reads a crawled body of one long line by its opening heading, as a short line', () => {
    const body = `一、总体情况2021年，我区认真贯彻落实《中华人民共和国政府信息公开条例》，${'扎实推进政务公开工作，'.repeat(40)}二、主动公开政府信息情况`;
    const match = matchHeading(body, false, template);
    expect(match).toEqual({ number: 1, writtenNumber: 1, match: 'official', title: '总体情况', start: 0, end: 6, known: true });
    expect(Object.isFrozen(match)).toBe(true);
  });

  it('finds no heading in a cell of a table written one cell per line', () => {
    expect(matchHeading('0', false, template)).toBeUndefined();
    expect(matchHeading('自然人', false, template)).toBeUndefined();
  });
});
