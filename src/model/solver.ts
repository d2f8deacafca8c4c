/**
 * Which cells are wrong: the smallest sets of cells whose change makes every equation of a
 * table hold. Pure arithmetic over opaque keys; the template's identities become equations
 * in the rule that uses it.
 *
 * An equation is Σ coef·value = 0. A set of cells explains the failures when every failed
 * equation contains one of its cells and the equations over those cells fix one value for
 * each of them (a set whose values are not fixed is no explanation: a reviewer cannot be
 * told what to write). Values must be allowed ones (counts: whole and non-negative), and
 * every equation over a changed cell must hold after the change, so no explanation ever
 * breaks another identity.
 */

export interface Equation<K> {
  terms: { key: K; coef: number }[];
}

export interface Unknown {
  value: number;
  /** Whether the value must be a whole number (counts). */
  integer: boolean;
  /** Whether the value may not be negative. */
  nonNegative: boolean;
}

/** One explanation: the cells to change and the value each must take. */
export type Explanation<K> = Map<K, number>;

export interface Diagnosis<K> {
  /** Equations that do not hold, in input order. */
  failed: Equation<K>[];
  /** The smallest explanations (all of one size), or none when more than `maxCells` cells would have to change. */
  explanations: Explanation<K>[];
}

const EPSILON = 1e-6;

export function residualOf<K>(eq: Equation<K>, unknowns: Map<K, Unknown>): number {
  let sum = 0;
  for (const t of eq.terms) sum += t.coef * unknowns.get(t.key)!.value;
  return sum;
}

/**
 * Smallest explanations of the failed equations, trying one cell, then two, and so on up to
 * `maxCells`. The search picks, for the first failed equation not yet explained, each of its
 * cells in turn, so it visits at most (cells per equation)^maxCells sets.
 */
export function diagnose<K>(equations: Equation<K>[], unknowns: Map<K, Unknown>, maxCells = 3): Diagnosis<K> {
  const residuals = equations.map((eq) => residualOf(eq, unknowns));
  const failedIdx = equations.map((_, i) => i).filter((i) => Math.abs(residuals[i]!) > EPSILON);
  const failed = failedIdx.map((i) => equations[i]!);
  if (!failed.length) return { failed, explanations: [] };
  const byKey = new Map<K, number[]>();
  equations.forEach((eq, i) => {
    for (const t of eq.terms) byKey.set(t.key, [...(byKey.get(t.key) ?? []), i]);
  });
  for (let size = 1; size <= maxCells; size++) {
    const explanations: Explanation<K>[] = [];
    const seen = new Set<string>();
    const keysOrder = new Map<K, number>([...unknowns.keys()].map((k, i) => [k, i]));
    const visit = (chosen: K[]): void => {
      const open = failedIdx.find((i) => !equations[i]!.terms.some((t) => chosen.includes(t.key)));
      if (open === undefined) {
        if (chosen.length !== size) return;
        const id = chosen.map((k) => keysOrder.get(k)).sort((a, b) => a! - b!).join(',');
        if (seen.has(id)) return;
        seen.add(id);
        const solved = solveFor(chosen, equations, residuals, byKey, unknowns);
        if (solved) explanations.push(solved);
        return;
      }
      if (chosen.length === size) return;
      for (const t of equations[open]!.terms) if (!chosen.includes(t.key)) visit([...chosen, t.key]);
    };
    visit([]);
    if (explanations.length) return { failed, explanations };
  }
  return { failed, explanations: [] };
}

/** The one allowed value of each chosen cell that makes every equation over them hold, if there is one. */
function solveFor<K>(
  chosen: K[],
  equations: Equation<K>[],
  residuals: number[],
  byKey: Map<K, number[]>,
  unknowns: Map<K, Unknown>,
): Explanation<K> | undefined {
  const rows = [...new Set(chosen.flatMap((k) => byKey.get(k) ?? []))].map((i) => {
    const coefs = chosen.map((k) => equations[i]!.terms.filter((t) => t.key === k).reduce((s, t) => s + t.coef, 0));
    return [...coefs, -residuals[i]!];
  });
  const deltas = solveLinear(rows, chosen.length);
  if (!deltas) return undefined;
  const out: Explanation<K> = new Map();
  for (let j = 0; j < chosen.length; j++) {
    const u = unknowns.get(chosen[j]!)!;
    const value = Math.round((u.value + deltas[j]!) * 1e6) / 1e6;
    if (Math.abs(deltas[j]!) < EPSILON) return undefined;
    if (u.nonNegative && value < 0) return undefined;
    if (u.integer && !Number.isInteger(value)) return undefined;
    out.set(chosen[j]!, value);
  }
  return out;
}

/**
 * The unique solution of an augmented system (each row: n coefficients, then the constant),
 * or undefined when it has none or more than one. Gaussian elimination with partial pivoting;
 * the systems here have at most a few unknowns.
 */
export function solveLinear(augmented: number[][], n: number): number[] | undefined {
  const m = augmented.map((r) => [...r]);
  let row = 0;
  for (let col = 0; col < n; col++) {
    let pivot = row;
    for (let r = row + 1; r < m.length; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]?.[col] ?? 0)) pivot = r;
    if (pivot >= m.length || Math.abs(m[pivot]![col]!) < EPSILON) return undefined;
    [m[row], m[pivot]] = [m[pivot]!, m[row]!];
    for (let r = 0; r < m.length; r++) {
      if (r === row) continue;
      const f = m[r]![col]! / m[row]![col]!;
      if (f !== 0) for (let c = col; c <= n; c++) m[r]![c] = m[r]![c]! - f * m[row]![c]!;
    }
    row++;
  }
  for (let r = n; r < m.length; r++) if (Math.abs(m[r]![n]!) > EPSILON) return undefined;
  return m.slice(0, n).map((r, i) => r[n]! / r[i]!);
}
