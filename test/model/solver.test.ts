import { describe, expect, it } from 'vitest';
import { type Equation, type Unknown, diagnose, solveLinear } from '../../src/model/solver.js';

const count = (value: number): Unknown => ({ value, integer: true, nonNegative: true });
/** a + b + … = total, as an equation. */
const sums = (parts: string[], total: string): Equation<string> => ({
  terms: [...parts.map((key) => ({ key, coef: 1 })), { key: total, coef: -1 }],
});
const values = (o: Record<string, number>) => new Map(Object.entries(o).map(([k, v]) => [k, count(v)]));

describe('diagnose', () => {
  // A 2×2 table with row totals, column totals and a grand total:
  //   a b | r1
  //   c d | r2
  //   ----+---
  //  c1 c2| t
  const grid = [sums(['a', 'b'], 'r1'), sums(['c', 'd'], 'r2'), sums(['a', 'c'], 'c1'), sums(['b', 'd'], 'c2'), sums(['r1', 'r2'], 't'), sums(['c1', 'c2'], 't')];
  const clean = { a: 1, b: 2, c: 3, d: 4, r1: 3, r2: 7, c1: 4, c2: 6, t: 10 };

  it('finds nothing wrong when every equation holds', () => {
    expect(diagnose(grid, values(clean))).toEqual({ failed: [], explanations: [] });
  });

  it('names the one cell that explains every failure, with the value that balances all its equations', () => {
    const d = diagnose(grid, values({ ...clean, b: 5 }));
    expect(d.failed).toEqual([grid[0], grid[3]]);
    expect(d.explanations).toEqual([new Map([['b', 2]])]);
  });

  it('finds two cells in different rows and columns', () => {
    expect(diagnose(grid, values({ ...clean, a: 2, d: 6 })).explanations).toEqual([new Map([['a', 1], ['d', 4]])]);
  });

  it('gives every smallest explanation when the equations cannot tell', () => {
    // A single sum: the total or either part could be wrong.
    const eq = [sums(['x', 'y'], 'z')];
    expect(diagnose(eq, values({ x: 1, y: 1, z: 3 })).explanations).toEqual([new Map([['x', 2]]), new Map([['y', 2]]), new Map([['z', 2]])]);
  });

  it('never explains by a negative count, a fraction or a value that breaks another equation', () => {
    const eq = [sums(['x', 'y'], 'z')];
    // x would have to be -1: only y or z can be at fault.
    expect(diagnose(eq, values({ x: 0, y: 3, z: 2 })).explanations).toEqual([new Map([['y', 2]]), new Map([['z', 3]])]);
    // Half a request is no count.
    const half = [{ terms: [{ key: 'x', coef: 2 }, { key: 'z', coef: -1 }] }];
    expect(diagnose(half, values({ x: 1, z: 3 })).explanations).toEqual([new Map([['z', 2]])]);
    // In the grid, r1 alone would balance its row but break the grand total: it is no explanation.
    expect(diagnose(grid, values({ ...clean, r1: 4 })).explanations).toEqual([new Map([['r1', 3]])]);
  });

  it('gives up beyond maxCells, naming no explanation', () => {
    const d = diagnose(grid, values({ ...clean, a: 9, b: 9, c: 9, d: 9 }), 2);
    expect(d.failed.length).toBeGreaterThan(0);
    expect(d.explanations).toEqual([]);
  });
});

describe('solveLinear', () => {
  it('solves a determined system and refuses an inconsistent or underdetermined one', () => {
    expect(solveLinear([[1, 1, 3], [1, -1, 1]], 2)).toEqual([2, 1]);
    expect(solveLinear([[1, 1, 3], [1, 1, 4]], 2)).toBeUndefined();
    expect(solveLinear([[1, 1, 3]], 2)).toBeUndefined();
  });
});
