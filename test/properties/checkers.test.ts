import { describe, expect, it } from 'vitest';
import { coreMessage } from '../../src/i18n.js';
import { fatalMessage } from '../../src/engine/linter.js';
import { disguisedCrash } from './harness.js';
import { lineTexts, positionProblem } from './positions.js';

/** The checkers of the property suites, themselves specified. */
describe('a crash passed on as a message', () => {
  it('is a parser\'s or a rule\'s thrown error, not a fatal message about the file', () => {
    expect(disguisedCrash(fatalMessage(coreMessage('parseError', 'zh', { detail: 'Cannot read properties of undefined' })))).toBe(true);
    expect(disguisedCrash(fatalMessage(coreMessage('ruleCrashed', 'zh', { rule: 'table-totals', detail: 'x is not a function' })))).toBe(true);
    expect(disguisedCrash(fatalMessage(coreMessage('binaryFile', 'zh')))).toBe(false);
    expect(disguisedCrash(fatalMessage(coreMessage('notAReport', 'zh')))).toBe(false);
  });
});

describe('where a position may point', () => {
  const lines = lineTexts('第一行\r\n😀二\r三\n');
  const at = (line: number, column: number, endLine = line, endColumn = column) =>
    positionProblem({ ruleId: 'x', severity: 1, message: '', line, column, endLine, endColumn }, lines);

  it('lines end at CRLF, a lone CR or LF; a column may be one past the line', () => {
    expect(lines).toEqual(['第一行', '😀二', '三', '']);
    expect(at(1, 4)).toBeUndefined();
    expect(at(1, 5)).toBe('start column 5 is outside columns 1–4 of line 1');
    expect(at(4, 1)).toBeUndefined();
    expect(at(5, 1)).toBe('start line 5 is outside lines 1–4');
  });

  it('never between the halves of a surrogate pair, at the start or the end', () => {
    expect(at(2, 3)).toBeUndefined();
    expect(at(2, 2)).toBe('start 2:2 is between the halves of a surrogate pair');
    expect(at(2, 1, 2, 2)).toBe('end 2:2 is between the halves of a surrogate pair');
  });

  it('an end never before its start', () => {
    expect(at(2, 3, 1, 2)).toBe('end 1:2 is before start 2:3');
  });
});
