import type { Nodes, Root, RootContent, Table } from 'mdast';
import type { Range } from '../types.js';
import { writtenCells } from '../text/written-cells.js';

/**
 * The report as a flat sequence of blocks: prose (with a map from its text back to
 * source offsets) and tables (raw rows and cells). Sections, tables and prose rules
 * are all built from this one pass over the mdast.
 */

interface Segment {
  textStart: number;
  sourceStart: number;
  sourceEnd: number;
  length: number;
}

export class TextBlock {
  readonly type = 'text' as const;
  constructor(
    /** heading, paragraph, or list (a list item's paragraph: never a section heading) */
    readonly kind: 'heading' | 'paragraph' | 'list',
    readonly text: string,
    readonly range: Range,
    private readonly segments: Segment[],
  ) {}

  /** Source offset of a text offset (start of a match, say). */
  sourceOffset(textOffset: number): number {
    let seg = this.segments[0];
    if (!seg) return this.range.start;
    for (const s of this.segments) {
      if (s.textStart > textOffset) break;
      seg = s;
    }
    const within = textOffset - seg.textStart;
    // A leaf whose value is as long as its source maps character for character;
    // one with escapes or entities maps to its start.
    if (seg.sourceEnd - seg.sourceStart === seg.length) return seg.sourceStart + Math.min(within, seg.length);
    return within >= seg.length ? seg.sourceEnd : seg.sourceStart;
  }

  /** Source range of a text range. */
  sourceRange(start: number, end: number): Range {
    return { start: this.sourceOffset(start), end: Math.max(this.sourceOffset(start), this.sourceOffset(end)) };
  }

  /** The part of this block from `start` to `end` (text offsets), as a block of its own. */
  slice(start: number, end = this.text.length): TextBlock {
    const segments: Segment[] = [];
    for (const s of this.segments) {
      const from = Math.max(s.textStart, start);
      const to = Math.min(s.textStart + s.length, end);
      if (to <= from) continue;
      const exact = s.sourceEnd - s.sourceStart === s.length;
      const sourceStart = exact ? s.sourceStart + (from - s.textStart) : s.sourceStart;
      const sourceEnd = exact ? sourceStart + (to - from) : s.sourceEnd;
      segments.push({ textStart: from - start, sourceStart, sourceEnd, length: to - from });
    }
    return new TextBlock(this.kind, this.text.slice(start, end), this.sourceRange(start, end), segments);
  }
}

export interface RawCell {
  text: string;
  /** The content's range, or an empty range inside the cell when it is blank. */
  range: Range;
}

export interface RawRow {
  cells: RawCell[];
  range: Range;
}

export class TableBlock {
  readonly type = 'table' as const;
  constructor(
    readonly rows: RawRow[],
    readonly range: Range,
  ) {}
}

export interface HtmlComment {
  value: string;
  range: Range;
}

export type Block = TextBlock | TableBlock;

function rangeOf(node: Nodes): Range {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

/** Concatenates the text leaves of a node, recording where each came from. */
function collectText(node: Nodes, source: string, out: { text: string; segments: Segment[] }): void {
  if (node.type === 'text' || node.type === 'inlineCode') {
    const r = rangeOf(node);
    // The value stands somewhere in its source: after inlineCode's backtick, or inside the
    // indentation a saved page wraps around it. Where it is not there verbatim (entities,
    // escapes, collapsed spaces) the leaf maps to its source as a whole.
    const at = source.slice(r.start, r.end).indexOf(node.value);
    const segment = at >= 0 ? { sourceStart: r.start + at, sourceEnd: r.start + at + node.value.length } : { sourceStart: r.start, sourceEnd: r.end };
    out.segments.push({ textStart: out.text.length, ...segment, length: node.value.length });
    out.text += node.value;
    return;
  }
  if (node.type === 'break') {
    out.text += '\n';
    return;
  }
  if (node.type === 'html') {
    // <br> inside a cell or paragraph is a line break; other inline HTML has no text.
    if (/^<br\s*\/?>$/i.test(node.value)) out.text += '\n';
    return;
  }
  if ('children' in node) for (const child of node.children) collectText(child as Nodes, source, out);
}

function textBlock(kind: TextBlock['kind'], node: Nodes, source: string): TextBlock {
  const out = { text: '', segments: [] as Segment[] };
  collectText(node, source, out);
  return new TextBlock(kind, out.text, rangeOf(node), out.segments);
}

function tableBlock(node: Table, source: string): TableBlock {
  const rows = node.children.map((row) => {
    let previousEnd = rangeOf(row).start;
    return {
      range: rangeOf(row),
      cells: writtenCells(row).map((cell) => {
        // A cell made up for a rowspan or colspan has no place of its own: it stands where
        // the cell before it ends.
        if (!cell.position) return { text: '', range: { start: previousEnd, end: previousEnd } };
        previousEnd = rangeOf(cell).end;
        const out = { text: '', segments: [] as Segment[] };
        collectText(cell, source, out);
        const first = out.segments[0];
        const last = out.segments[out.segments.length - 1];
        if (first && last && out.text.trim() !== '') {
          return { text: out.text, range: { start: first.sourceStart, end: last.sourceEnd } };
        }
        // Blank: an empty range just inside the cell, after its pipe and one space, where a value would be typed.
        let at = rangeOf(cell).start;
        if (source[at] === '|') at++;
        if (source[at] === ' ') at++;
        return { text: out.text, range: { start: at, end: at } };
      }),
    };
  });
  return new TableBlock(rows, rangeOf(node));
}

export interface Flattened {
  blocks: Block[];
  comments: HtmlComment[];
}

function walk(nodes: RootContent[], source: string, out: Flattened, inList: boolean): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        out.blocks.push(textBlock(inList ? 'list' : 'heading', node, source));
        break;
      case 'paragraph':
        out.blocks.push(textBlock(inList ? 'list' : 'paragraph', node, source));
        collectComments(node, out);
        break;
      case 'table':
        out.blocks.push(tableBlock(node, source));
        break;
      case 'list':
      case 'listItem':
        walk(node.children as RootContent[], source, out, true);
        break;
      case 'blockquote':
        walk(node.children, source, out, inList);
        break;
      case 'html':
        out.comments.push({ value: node.value, range: rangeOf(node) });
        break;
      case 'code':
        out.blocks.push(new TextBlock(inList ? 'list' : 'paragraph', node.value, rangeOf(node), []));
        break;
      default:
        break;
    }
  }
}

function collectComments(node: Nodes, out: Flattened): void {
  if (node.type === 'html') out.comments.push({ value: node.value, range: rangeOf(node) });
  else if ('children' in node) for (const c of node.children) collectComments(c as Nodes, out);
}

export function flatten(tree: Root, source: string): Flattened {
  const out: Flattened = { blocks: [], comments: [] };
  walk(tree.children, source, out, false);
  return out;
}
