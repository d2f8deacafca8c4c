import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/adapters/text.js';
import { resolveSettings } from '../../src/config/config.js';
import { lintReport } from '../../src/engine/linter.js';
import { cellName } from '../../src/model/describe.js';
import { buildReport, type Report } from '../../src/model/report.js';
import type { Cell } from '../../src/model/tables.js';
import { allRules } from '../helpers.js';

/**
 * The solver on real tables: each cell of tables 三 and 四 of the seeds, changed in turn (its
 * value in the model raised by one), must be found again.
 */
const rules = new Map([['table-totals', allRules.get('table-totals')!]]);
const settings = resolveSettings(rules, []);
const seed = (file: string) => buildReport(parseText(readFileSync(new URL(`../fixtures/seeds/${file}`, import.meta.url), 'utf8')));
const lintOnly = (r: Report) => lintReport(r, { rules, settings, locale: 'zh' }).messages;

function cellsOf(r: Report, table: string): Cell[] {
  return [...(r.tables.get(table)?.blocks.get('main')?.rows.values() ?? [])].flatMap((row) => row.cells).filter((c) => c.value.status === 'number');
}

/** Lints the report with one cell's value raised by one, then puts it back. */
function withRaised(r: Report, cell: Cell) {
  const original = cell.value;
  cell.value = { status: 'number', value: (original as { value: number }).value + 1 };
  try {
    return lintOnly(r);
  } finally {
    cell.value = original;
  }
}

const SEEDS = ['000_62938e86c4e2d319.txt', '001_c20b6ef2d407903b.txt', '004_b92fd2617ccba4db.txt'];

describe.each(SEEDS)('table-totals on seed %s with one cell changed', (file) => {
  const r = seed(file);

  it('is clean as published', () => {
    expect(lintOnly(r)).toEqual([]);
  });

  it('table 三: one finding, at the changed cell, suggesting its original value', () => {
    // Every cell of table 三 is in one column identity and one row identity, so one wrong
    // cell is the only single cell both failures share.
    const cells = cellsOf(r, 'requests');
    expect(cells.length).toBe(r.template.id === '2019' ? 23 * 7 : 25 * 7);
    for (const cell of cells) {
      const messages = withRaised(r, cell);
      const original = String((cell.value as { value: number }).value);
      expect(messages.map((m) => [m.messageId, m.line, m.column, m.suggestions?.map((s) => s.fix.text)]), cellName(cell)).toEqual([
        ['unbalanced', cell.position.line, cell.position.column, [original]],
      ]);
    }
  });

  it('table 四: one finding per changed cell, naming it among the cells that could be wrong', () => {
    // Each cell of table 四 is in one group identity only: the group's total or any of its parts
    // could be the wrong one, so the finding names the suspects and suggests nothing.
    const cells = cellsOf(r, 'appeals');
    expect(cells.length).toBe(15);
    for (const cell of cells) {
      const messages = withRaised(r, cell);
      expect(messages.map((m) => m.messageId), cellName(cell)).toEqual(['ambiguous']);
      expect(messages[0]!.message).toContain(cellName(cell));
      expect(messages[0]!.suggestions).toBeUndefined();
    }
  });

  it('two wrong cells in different rows and columns of table 三: two findings, each with its original value', () => {
    const cells = cellsOf(r, 'requests');
    // A spread of pairs over the whole table: each cell with one some rows and columns away.
    const pairs = cells.map((a, i) => [a, cells[(i * 5 + 17) % cells.length]!] as const).filter(([a, b]) => a.row !== b.row && a.column !== b.column);
    expect(pairs.length).toBeGreaterThan(100);
    for (const [a, b] of pairs) {
      const original = [a.value, b.value];
      a.value = { status: 'number', value: (original[0] as { value: number }).value + 1 };
      b.value = { status: 'number', value: (original[1] as { value: number }).value + 2 };
      try {
        const messages = lintOnly(r);
        const expected = [a, b]
          .map((c, i) => [c.position.line, c.position.column, String((original[i] as { value: number }).value)] as const)
          .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
        expect(messages.map((m) => [m.line, m.column, m.suggestions?.[0]?.fix.text]), `${cellName(a)} + ${cellName(b)}`).toEqual(expected);
      } finally {
        [a.value, b.value] = original as [Cell['value'], Cell['value']];
      }
    }
  });
});
