/** Page geometry in points, y growing downwards (as a person reads a page). */

/** A horizontal ruling line from x1 to x2 at y, or a vertical one from y1 to y2 at x. */
export interface HRule {
  y: number;
  x1: number;
  x2: number;
}
export interface VRule {
  x: number;
  y1: number;
  y2: number;
}

export interface Rules {
  h: HRule[];
  v: VRule[];
}

/** One run of text as pdf.js gives it, placed on the page. */
export interface TextRun {
  text: string;
  /** Left end of the baseline. */
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  /** Font size: the height of the run. */
  size: number;
}

export interface PageContent {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  rules: Rules;
}

export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m applied after n: the matrix of a `cm` operator m within a state whose matrix is n. */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}
