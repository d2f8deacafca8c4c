import type { Table } from 'mdast';

type Row = Table['children'][number];

/**
 * hast-util-to-mdast pads every row of an HTML table to the widest with empty cells that
 * have no position; at the end of a row they were never written, and are not cells. It
 * makes up the same empty cells for the columns a colspan covers, so where the row's last
 * written cell spans columns (a blank merged cell closing a Word row), the cells made up
 * for its span stay: with the HTML `source` at hand, its colspan says how many.
 */
export function writtenCells(row: Row, source?: string): Row['children'] {
  let end = row.children.length;
  while (end > 0 && !row.children[end - 1]!.position && row.children[end - 1]!.children.length === 0) end--;
  const last = row.children[end - 1];
  const span = source && last?.position?.start.offset !== undefined ? colspanAt(source, last.position.start.offset) : 1;
  return row.children.slice(0, Math.min(row.children.length, end + span - 1));
}

/** The colspan of the <td>/<th> that starts at `offset` of the HTML source (1 if none, or no cell tag there). */
function colspanAt(source: string, offset: number): number {
  const tag = /^<t[dh]\b[^>]*>/iu.exec(source.slice(offset, offset + 512))?.[0];
  const span = tag ? Number(/\bcolspan\s*=\s*["']?(\d+)/iu.exec(tag)?.[1] ?? 1) : 1;
  return Number.isFinite(span) && span > 1 ? span : 1;
}
