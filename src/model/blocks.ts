import type { Nodes, Root, RootContent, Table } from 'mdast';
import type { Range } from '../types.js';
import { writtenCells } from '../text/written-cells.js';
import { type CellContent, contentOf } from '../text/cell-value.js';

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
  /**
   * For a leaf whose value differs from its source (entities, escapes, collapsed white
   * space): the source offset of each character of the value, and of its end.
   */
  map?: Int32Array;
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/u.test(c);

/**
 * Where each character of a leaf's decoded value stands in its source: the two are walked
 * together, an entity (&nbsp;, &#21830;) or an escape (\*) standing for the character it
 * decodes to, and a run of white space for the one space it collapses to.
 */
export function alignValue(value: string, source: string, base: number): Int32Array {
  const map = new Int32Array(value.length + 1);
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    map[i] = base + Math.min(j, source.length);
    if (source[j] === c) {
      j++;
    } else if (source[j] === '&' && source.indexOf(';', j) > j && source.indexOf(';', j) - j <= 32) {
      // A character outside the BMP decodes to two units, both standing at the entity.
      if (/[\ud800-\udbff]/u.test(c) && i + 1 < value.length) map[++i] = base + j;
      j = source.indexOf(';', j) + 1;
    } else if (source[j] === '\\' && source[j + 1] === c) {
      j += 2;
    } else if (isSpace(c) && isSpace(source[j])) {
      while (isSpace(source[j]) && !(isSpace(value[i + 1]) && j + 1 < source.length && !isSpace(source[j + 1]))) j++;
    } else {
      const k = source.indexOf(c, j);
      if (k >= 0 && k - j <= 64) {
        map[i] = base + k;
        j = k + 1;
      }
    }
  }
  map[value.length] = base + Math.min(j, source.length);
  return map;
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
    const within = Math.min(textOffset - seg.textStart, seg.length);
    return seg.map ? seg.map[within]! : seg.sourceStart + within;
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
      const map = s.map?.subarray(from - s.textStart, to - s.textStart + 1);
      const sourceStart = map ? map[0]! : s.sourceStart + (from - s.textStart);
      const sourceEnd = map ? map[map.length - 1]! : sourceStart + (to - from);
      segments.push({ textStart: from - start, sourceStart, sourceEnd, length: to - from, ...(map ? { map } : {}) });
    }
    return new TextBlock(this.kind, this.text.slice(start, end), this.sourceRange(start, end), segments);
  }
}

export interface RawCell {
  text: string;
  /** The content's range, or an empty range inside the cell when it is blank. */
  range: Range;
  /** Blank, a value or a label: told once here for the table recogniser and the rules. */
  content: CellContent;
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
    // escapes, collapsed spaces) each of its characters is mapped to its place. Most leaves
    // are their source exactly, which needs no copy of it to tell.
    const exact = node.value.length <= r.end - r.start && source.startsWith(node.value, r.start);
    const written = exact ? '' : source.slice(r.start, r.end);
    const at = exact ? 0 : written.indexOf(node.value);
    const segment: Segment = { textStart: out.text.length, sourceStart: r.start + at, sourceEnd: r.start + at + node.value.length, length: node.value.length };
    if (at < 0) {
      segment.map = alignValue(node.value, written, r.start);
      segment.sourceStart = r.start;
      segment.sourceEnd = r.end;
    }
    out.segments.push(segment);
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
        if (!cell.position) return { text: '', range: { start: previousEnd, end: previousEnd }, content: 'blank' as const };
        previousEnd = rangeOf(cell).end;
        const out = { text: '', segments: [] as Segment[] };
        collectText(cell, source, out);
        const first = out.segments[0];
        const last = out.segments[out.segments.length - 1];
        const content = contentOf(out.text);
        if (first && last && out.text.trim() !== '') {
          return { text: out.text, range: { start: first.sourceStart, end: last.sourceEnd }, content };
        }
        // Blank: an empty range just inside the cell, after its pipe and one space, where a value would be typed.
        let at = rangeOf(cell).start;
        if (source[at] === '|') at++;
        if (source[at] === ' ') at++;
        return { text: out.text, range: { start: at, end: at }, content };
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
