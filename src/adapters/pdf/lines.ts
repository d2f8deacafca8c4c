import type { TextRun } from './geometry.js';

/**
 * Text lines as a person sees them: runs on one baseline, left to right. pdf.js gives
 * runs in content-stream order, which need not be reading order (WPS writes a table's
 * column headers before the row that holds them, and a page number first).
 */
export interface TextLine {
  runs: TextRun[];
  /** Baseline. */
  y: number;
  left: number;
  right: number;
  /** The largest font size on the line. */
  size: number;
}

/** Runs whose baselines differ by less than this share of the font size are on one line. */
const SAME_BASELINE = 0.35;
/** A gap wider than this share of the font size between two runs is a space. */
const SPACE_GAP = 0.25;

export function linesOf(runs: TextRun[]): TextLine[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: TextLine[] = [];
  for (const run of sorted) {
    const line = lines.find((l) => Math.abs(l.y - run.y) <= SAME_BASELINE * Math.min(l.size, run.size) && !overlapsRun(l, run));
    if (line) {
      line.runs.push(run);
      line.left = Math.min(line.left, run.x);
      line.right = Math.max(line.right, run.x + run.width);
      line.size = Math.max(line.size, run.size);
    } else {
      lines.push({ runs: [run], y: run.y, left: run.x, right: run.x + run.width, size: run.size });
    }
  }
  for (const l of lines) l.runs.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => a.y - b.y || a.left - b.left);
}

/** Text drawn twice on the same spot (fake bold) is one run, not two on one line. */
function overlapsRun(line: TextLine, run: TextRun): boolean {
  return line.runs.some((r) => r.text === run.text && Math.abs(r.x - run.x) < 0.5);
}

/** Splits a line's runs where the gap between them is wider than `gap` points. */
export function segmentsOf(line: TextLine, gap: number): TextRun[][] {
  const out: TextRun[][] = [];
  let prevRight = -Infinity;
  for (const run of line.runs) {
    if (run.x - prevRight > gap || out.length === 0) out.push([run]);
    else out[out.length - 1]!.push(run);
    prevRight = Math.max(prevRight, run.x + run.width);
  }
  return out;
}

/** The text of runs on one line, with a space where the page shows a gap. */
export function textOf(runs: TextRun[]): string {
  let out = '';
  let prev: TextRun | undefined;
  for (const run of runs) {
    if (prev && run.x - (prev.x + prev.width) > SPACE_GAP * Math.min(prev.size, run.size) && !/\s$/u.test(out)) out += ' ';
    out += run.text;
    prev = run;
  }
  return out.replace(/[\t\r\n]+/gu, ' ').trim();
}

/**
 * Lines of one paragraph or cell joined. Chinese text runs on without a space, and so
 * must a number cut at the end of a line (`2` / `024`): a space inserted there would make
 * a year or a count unreadable, while a space lost between two English words costs nothing.
 */
export function joinWrapped(parts: string[]): string {
  return parts.join('');
}
