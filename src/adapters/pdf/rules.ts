import { type Matrix, type Rules, IDENTITY, apply, multiply } from './geometry.js';

/**
 * The ruling lines a page draws, read from pdf.js's operator list: stroked straight
 * segments, and filled rectangles thin enough to be lines (Word and WPS draw cell borders
 * either way). Clipping paths and cell shading are not lines. Coordinates are turned into
 * page space through the current transformation matrix, which the operator list changes
 * with save/restore, cm and form XObjects.
 */

/** pdf.js's operator and path-drawing codes (OPS and DrawOPS in pdf.mjs), as numbers. */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number[];
  fill: number[];
}

const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** A filled rectangle at most this thick (points) is a line; a thicker one is shading. */
const MAX_RULE_THICKNESS = 2.5;
/** Lines shorter than this (points) are glyph parts or tick marks, not cell borders. */
const MIN_RULE_LENGTH = 4;
/** Slack (points) for a segment to count as horizontal or vertical. */
const AXIS_SLACK = 0.5;

type Point = [number, number];

/** Subpaths of a pdf.js path, as lists of points (curves contribute only their end point). */
function subpaths(path: ArrayLike<number>): { points: Point[]; closed: boolean }[] {
  const out: { points: Point[]; closed: boolean }[] = [];
  let current: { points: Point[]; closed: boolean } | undefined;
  for (let i = 0; i < path.length; ) {
    const op = path[i]!;
    if (op === MOVE) {
      current = { points: [[path[i + 1]!, path[i + 2]!]], closed: false };
      out.push(current);
      i += 3;
    } else if (op === LINE) {
      current?.points.push([path[i + 1]!, path[i + 2]!]);
      i += 3;
    } else if (op === CURVE) {
      // A curve is no ruling line: break the subpath here.
      current = { points: [[path[i + 5]!, path[i + 6]!]], closed: false };
      out.push(current);
      i += 7;
    } else if (op === QUAD) {
      current = { points: [[path[i + 3]!, path[i + 4]!]], closed: false };
      out.push(current);
      i += 5;
    } else if (op === CLOSE) {
      if (current) current.closed = true;
      i += 1;
    } else {
      return out; // an unknown code: stop rather than misread the rest
    }
  }
  return out;
}

function addSegment(rules: Rules, [x1, y1]: Point, [x2, y2]: Point): void {
  if (Math.abs(y1 - y2) <= AXIS_SLACK && Math.abs(x1 - x2) >= MIN_RULE_LENGTH) {
    rules.h.push({ y: (y1 + y2) / 2, x1: Math.min(x1, x2), x2: Math.max(x1, x2) });
  } else if (Math.abs(x1 - x2) <= AXIS_SLACK && Math.abs(y1 - y2) >= MIN_RULE_LENGTH) {
    rules.v.push({ x: (x1 + x2) / 2, y1: Math.min(y1, y2), y2: Math.max(y1, y2) });
  }
}

/** A filled axis-aligned rectangle thin in one direction: the line along its middle. */
function addThinRectangle(rules: Rules, points: Point[]): void {
  const pts = points.length === 5 && points[0]![0] === points[4]![0] && points[0]![1] === points[4]![1] ? points.slice(0, 4) : points;
  if (pts.length !== 4) return;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const axisAligned = pts.every((p) => (Math.abs(p[0] - left) <= AXIS_SLACK || Math.abs(p[0] - right) <= AXIS_SLACK) && (Math.abs(p[1] - top) <= AXIS_SLACK || Math.abs(p[1] - bottom) <= AXIS_SLACK));
  if (!axisAligned) return;
  const [w, h] = [right - left, bottom - top];
  if (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH) rules.h.push({ y: (top + bottom) / 2, x1: left, x2: right });
  else if (w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH) rules.v.push({ x: (left + right) / 2, y1: top, y2: bottom });
}

/**
 * Ruling lines of one page, in page space y-down: `toPage` maps user space (after the
 * CTM) to it. `limit` bounds how many lines are kept, so that a hostile page cannot make
 * the grid builder quadratic in millions of lines.
 */
export function rulesOf(
  fnArray: ArrayLike<number>,
  argsArray: unknown[],
  ops: OpCodes,
  toPage: (x: number, y: number) => Point,
  limit: number,
): Rules {
  const rules: Rules = { h: [], v: [] };
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  for (let i = 0; i < fnArray.length && rules.h.length + rules.v.length < limit; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform) ctm = multiply(args as unknown as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args?.[0] as Matrix | null | undefined;
      if (Array.isArray(m) || ArrayBuffer.isView(m)) ctm = multiply(Array.from(m as ArrayLike<number>) as Matrix, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const stroked = ops.stroke.includes(paint);
      const filled = ops.fill.includes(paint);
      if (!stroked && !filled) continue; // a clipping path or an invisible one
      const data = (args[1] as ArrayLike<number>[] | null)?.[0];
      if (!data) continue;
      for (const sub of subpaths(data)) {
        const pts = sub.points.map(([x, y]) => toPage(...apply(ctm, x, y)));
        if (stroked) {
          for (let k = 1; k < pts.length; k++) addSegment(rules, pts[k - 1]!, pts[k]!);
          if (sub.closed && pts.length > 2) addSegment(rules, pts[pts.length - 1]!, pts[0]!);
        }
        if (filled && !stroked) addThinRectangle(rules, pts);
      }
    }
  }
  return rules;
}
