import type { LintMessage, LintResult } from '../../src/types.js';

/**
 * Where a position may point in a text, checked apart from src/text/source-text.ts: lines
 * end at LF, CRLF or a lone CR (as in LSP and CommonMark), lines and columns are 1-based,
 * columns count UTF-16 code units (as ESLint and LSP do), and a column may be one past a
 * line's last character (an end, or a point at the line's end), never inside its line
 * break nor between the two halves of a surrogate pair.
 */
export function lineTexts(text: string): string[] {
  return text.split(/\r\n|\r|\n/u);
}

function pointProblem(lines: string[], line: number | undefined, column: number | undefined, what: string): string | undefined {
  if (!Number.isInteger(line) || !Number.isInteger(column)) return `${what} is not a whole line and column (${line}:${column})`;
  if (line! < 1 || line! > lines.length) return `${what} line ${line} is outside lines 1–${lines.length}`;
  const text = lines[line! - 1]!;
  if (column! < 1 || column! > text.length + 1) return `${what} column ${column} is outside columns 1–${text.length + 1} of line ${line}`;
  const before = text.charCodeAt(column! - 2);
  const at = text.charCodeAt(column! - 1);
  if (before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff) return `${what} ${line}:${column} is between the halves of a surrogate pair`;
  return undefined;
}

/** What is wrong with a message's position in the text, if anything. */
export function positionProblem(m: LintMessage, lines: string[]): string | undefined {
  const start = pointProblem(lines, m.line, m.column, 'start');
  if (start) return start;
  if (m.endLine === undefined && m.endColumn === undefined) return undefined;
  const end = pointProblem(lines, m.endLine, m.endColumn, 'end');
  if (end) return end;
  if (m.endLine! < m.line || (m.endLine === m.line && m.endColumn! < m.column)) return `end ${m.endLine}:${m.endColumn} is before start ${m.line}:${m.column}`;
  return undefined;
}

/** Every position problem of a result: its messages', its suppressed messages' and their fixes' ranges. */
export function resultProblems(result: LintResult, text: string): string[] {
  const lines = lineTexts(text);
  const problems: string[] = [];
  for (const m of [...result.messages, ...result.suppressedMessages]) {
    const p = positionProblem(m, lines);
    if (p) problems.push(`${m.ruleId ?? 'fatal'} "${m.message}": ${p}`);
    for (const fix of [m.fix, ...(m.suggestions ?? []).map((s) => s.fix)]) {
      if (!fix) continue;
      const [a, b] = fix.range;
      if (!(Number.isInteger(a) && Number.isInteger(b) && a >= 0 && a <= b && b <= text.length)) problems.push(`${m.ruleId} fix range ${a}–${b} is outside 0–${text.length}`);
    }
  }
  return problems;
}
