import { describe, expect, it } from 'vitest';
import { type GridEquation, type RowSplit, agreed, readTable, rowSplits } from '../../src/model/digit-split.js';

const any = () => true;
const values = (splits: RowSplit[] | undefined) => splits?.map((s) => s.map((c) => c.value));
/** 总计 (the last cell) = the sum of the others, once every cell is there. */
const totalLast = (width: number) => (cells: (number | null)[]) =>
  cells.length < width || cells.slice(0, -1).reduce((s: number, v) => s + (v ?? 0), 0) === (cells[width - 1] ?? 0);

describe('rowSplits', () => {
  it('cuts a run of as many digits as cells one digit per cell ("规章000")', () => {
    expect(values(rowSplits('000', 3, any, { left: 1000 }))).toEqual([[0, 0, 0]]);
  });

  it('never makes a number with a leading zero, and never joins digits across a space', () => {
    // Not 1 | 0 | 02, nor 1 | 00 | 2.
    expect(values(rowSplits('1002', 3, any, { left: 1000 }))).toEqual([[10, 0, 2]]);
    expect(values(rowSplits('12 3', 2, any, { left: 1000 }))).toEqual([[12, 3]]);
  });

  it('keeps only the cuts under which the row identity holds (一、本年新收…801000081 of pt-2023)', () => {
    expect(values(rowSplits('801000081', 7, totalLast(7), { left: 10_000 }))).toEqual([[80, 1, 0, 0, 0, 0, 81]]);
    // 部分公开 191000020 of pt-2023 balances its row in two ways; only the columns can tell.
    expect(values(rowSplits('191000020', 7, totalLast(7), { left: 10_000 }))).toEqual([
      [1, 9, 10, 0, 0, 0, 20],
      [19, 1, 0, 0, 0, 0, 20],
    ]);
  });

  it('places blank cells only when the run has fewer digits than the row has cells', () => {
    expect(values(rowSplits('19 1 20', 7, totalLast(7), { left: 10_000 }))).toContainEqual([19, 1, null, null, null, null, 20]);
    expect(values(rowSplits('1111111', 7, any, { left: 10_000 }))).toEqual([[1, 1, 1, 1, 1, 1, 1]]);
  });

  it('gives up (undefined) when the work would exceed its budget', () => {
    expect(rowSplits('1111111111111111', 15, any, { left: 50 })).toBeUndefined();
  });
});

describe('readTable', () => {
  // Two rows a, b and a total row t, one column: a + b = t.
  const column: GridEquation[] = [{ terms: [{ row: 0, col: 0, coef: 1 }, { row: 1, col: 0, coef: 1 }, { row: 2, col: 0, coef: -1 }] }];
  const one = (...vs: number[]): RowSplit => vs.map((value, i) => ({ value, start: i, end: i + 1 }));

  it('keeps the combinations of row cuts that balance the columns', () => {
    const reading = readTable([[one(1), one(10)], [one(2)], [one(3), one(12)]], column, { left: 1000 });
    expect(reading.status === 'read' && reading.readings.map((r) => r.map((row) => row[0]!.value))).toEqual([
      [1, 2, 3],
      [10, 2, 12],
    ]);
    expect(reading.status === 'read' && agreed(reading.readings).map((row) => row[0]?.value)).toEqual([undefined, 2, undefined]);
  });

  it('says when no combination balances, and when the search ran out of budget', () => {
    expect(readTable([[one(1)], [one(2)], [one(4)]], column, { left: 1000 })).toEqual({ status: 'unbalanced' });
    expect(readTable([[one(1), one(10)], [one(2)], [one(3), one(12)]], column, { left: 2 })).toEqual({ status: 'too-many' });
  });
});
