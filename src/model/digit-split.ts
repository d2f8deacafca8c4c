/**
 * Reading a table whose cells ran together ("规章000行政规范性文件77132470"): each row's digits
 * are cut into the row's cells, and only the cuts under which the table's identities hold are
 * kept. Pure: runs and equations in, readings out.
 *
 * A cut never makes a number with a leading zero (except 0 itself) and never joins digits
 * across a space. A run with fewer digits than cells may have blank cells (they left no
 * digit); a run with at least as many digits as cells is read as having none, since otherwise
 * almost every run could be read in many ways.
 */

/** One cell of a reading: its value (null: blank) and where its digits stand in the run. */
export interface SplitCell {
  value: number | null;
  start: number;
  end: number;
}

export type RowSplit = SplitCell[];

/** Σ coef·cell = 0 over cells named by [row, column] indexes. */
export interface GridEquation {
  terms: { row: number; col: number; coef: number }[];
}

/** How much searching one table may cost before it is given up as unreadable. */
export const SEARCH_BUDGET = 50_000;

interface Token {
  text: string;
  start: number;
}

function tokens(run: string): Token[] {
  return [...run.matchAll(/\d+/gu)].map((m) => ({ text: m[0], start: m.index! }));
}

/** The digits of a run, if it is nothing but digits and spaces. */
export function isDigitRun(run: string): boolean {
  return /\d/u.test(run) && /^[\d\s\u00a0\u3000]*$/u.test(run);
}

/**
 * Every cut of a row's run into `width` cells under which `holds` (the identities over this
 * row alone, given the cells assigned so far) holds. `budget.left` counts down the work done.
 * A cell is never a number beyond what arithmetic keeps exact (as parseCell reads a written
 * cell as too large): when no cut is left without one, the row cannot be read (undefined),
 * as when the search runs out, rather than balancing nowhere.
 */
export function rowSplits(
  run: string,
  width: number,
  holds: (cells: (number | null)[]) => boolean,
  budget: { left: number },
): RowSplit[] | undefined {
  const toks = tokens(run);
  const digits = toks.reduce((n, t) => n + t.text.length, 0);
  const blanksAllowed = digits < width;
  const out: RowSplit[] = [];
  const cells: SplitCell[] = [];
  let tooLarge = false;
  // i: token, j: offset in the token
  const walk = (i: number, j: number, digitsLeft: number): boolean => {
    if (--budget.left < 0) return false;
    const filled = cells.length;
    if (filled > 0 && !holds(cells.map((c) => c.value))) return true;
    if (filled === width) {
      if (i === toks.length) out.push(cells.map((c) => ({ ...c })));
      return true;
    }
    const cellsLeft = width - filled;
    if (!blanksAllowed && digitsLeft < cellsLeft) return true;
    // A blank cell only where the numbers still to come fit in the cells after it.
    if (blanksAllowed && cellsLeft - 1 >= toks.length - i) {
      cells.push({ value: null, start: toks[i]?.start ?? run.length, end: toks[i]?.start ?? run.length });
      const ok = walk(i, j, digitsLeft);
      cells.pop();
      if (!ok) return false;
    }
    if (i === toks.length) return true;
    const tok = toks[i]!;
    const rest = tok.text.length - j;
    const maxLen = tok.text[j] === '0' ? 1 : rest;
    for (let len = 1; len <= maxLen; len++) {
      const value = Number(tok.text.slice(j, j + len));
      // Longer cuts only make larger numbers.
      if (!Number.isSafeInteger(value)) {
        tooLarge = true;
        break;
      }
      cells.push({ value, start: tok.start + j, end: tok.start + j + len });
      const next = j + len === tok.text.length ? walk(i + 1, 0, digitsLeft - len) : walk(i, j + len, digitsLeft - len);
      cells.pop();
      if (!next) return false;
    }
    return true;
  };
  return walk(0, 0, digits) && !(tooLarge && out.length === 0) ? out : undefined;
}

export type TableReading =
  /** Every reading there is (fewer than `limit`); all of them balance the table. */
  | { status: 'read'; readings: RowSplit[][] }
  /** No cut of the runs balances the table. */
  | { status: 'unbalanced' }
  /** The search ran out of budget or found `limit` readings: nothing is known beyond what each row alone allows. */
  | { status: 'too-many' };

/**
 * The readings of a whole table: the rows' own cuts, combined so that every equation holds.
 * Rows with the fewest cuts are tried first, and each equation is checked as soon as its last
 * row has been chosen, so that a wrong cut of one row is dropped before the rows after it.
 */
export function readTable(
  rows: RowSplit[][],
  equations: GridEquation[],
  budget: { left: number },
  limit = 20,
): TableReading {
  if (rows.some((r) => r.length === 0)) return { status: 'unbalanced' };
  const order = rows.map((_, i) => i).sort((a, b) => rows[a]!.length - rows[b]!.length);
  const rank = new Map(order.map((r, k) => [r, k]));
  // The equations to check once the row at step k is chosen.
  const due: GridEquation[][] = order.map(() => []);
  for (const eq of equations) due[Math.max(...eq.terms.map((t) => rank.get(t.row)!))]!.push(eq);
  const chosen: (RowSplit | undefined)[] = rows.map(() => undefined);
  const readings: RowSplit[][] = [];
  const balanced = (eq: GridEquation) => eq.terms.reduce((s, t) => s + t.coef * (chosen[t.row]![t.col]!.value ?? 0), 0) === 0;
  const walk = (k: number): boolean => {
    if (k === order.length) {
      readings.push(chosen.map((r) => r!));
      return readings.length < limit;
    }
    const r = order[k]!;
    for (const split of rows[r]!) {
      if (--budget.left < 0) return false;
      chosen[r] = split;
      if (due[k]!.every(balanced) && !walk(k + 1)) return false;
    }
    chosen[r] = undefined;
    return true;
  };
  const finished = walk(0);
  if (!finished) return { status: 'too-many' };
  return readings.length ? { status: 'read', readings } : { status: 'unbalanced' };
}

/** Per cell: the value all readings agree on, or undefined where they differ. */
export function agreed(readings: RowSplit[][]): (SplitCell | undefined)[][] {
  const first = readings[0]!;
  return first.map((row, r) =>
    row.map((cell, c) => (readings.every((x) => x[r]![c]!.value === cell.value && x[r]![c]!.start === cell.start) ? cell : undefined)),
  );
}
