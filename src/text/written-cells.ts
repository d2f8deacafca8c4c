import type { Table } from 'mdast';

/**
 * hast-util-to-mdast pads every row of an HTML table to the widest with empty cells that
 * have no position; at the end of a row they were never written, and are not cells.
 */
export function writtenCells(row: Table['children'][number]): Table['children'][number]['children'] {
  let end = row.children.length;
  while (end > 0 && !row.children[end - 1]!.position && row.children[end - 1]!.children.length === 0) end--;
  return row.children.slice(0, end);
}
