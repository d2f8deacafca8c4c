import { looksLikeValue } from '../src/text/cell-value.js';

/**
 * Rewrites the pipe tables of a Markdown report as HTML <table> blocks with merged cells, the
 * way pandoc writes a table it cannot write as pipes. A blank cell is the merge a person sees:
 * at the start of a row, or in a header row under a label with nothing beside it, it continues
 * the cell above (rowspan); elsewhere it continues the cell to its left (colspan).
 */

interface Origin {
  text: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

function cellsOf(line: string): string[] {
  return line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
}

const escape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const isDelimiter = (line: string) => /^\|?\s*:?-{3,}/.test(line.trim());

function toHtml(rows: string[][]): string {
  const grid: Origin[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    const valueFree = !cells.some(looksLikeValue);
    cells.forEach((text, c) => {
      if (text !== '') {
        grid[r]![c] = { text, row: r, col: c, rows: 1, cols: 1 };
        return;
      }
      const above = r > 0 ? grid[r - 1]![c] : undefined;
      const leading = cells.slice(0, c).every((t) => t === '');
      const spanBlank = above && cells.slice(above.col, above.col + above.cols).every((t) => t === '');
      if (above && spanBlank && !looksLikeValue(above.text) && (leading || valueFree)) {
        if (above.row + above.rows === r) above.rows++;
        grid[r]![c] = above;
        return;
      }
      const left = grid[r]![c - 1];
      if (left && left.row === r && left.col + left.cols === c) {
        left.cols++;
        grid[r]![c] = left;
      } else grid[r]![c] = { text, row: r, col: c, rows: 1, cols: 1 };
    });
  });
  const lines = grid.map((row, r) => {
    const cells = [...new Set(row)].filter((o) => o.row === r);
    const td = (o: Origin) =>
      `<td${o.rows > 1 ? ` rowspan="${o.rows}"` : ''}${o.cols > 1 ? ` colspan="${o.cols}"` : ''}>${escape(o.text)}</td>`;
    return `<tr>${cells.map(td).join('')}</tr>`;
  });
  return ['<table>', ...lines, '</table>'].join('\n');
}

export function pipeTablesToHtml(markdown: string): string {
  const out: string[] = [];
  let table: string[][] = [];
  const flush = () => {
    if (table.length) out.push(toHtml(table));
    table = [];
  };
  for (const line of markdown.split('\n')) {
    if (line.trim().startsWith('|')) {
      if (!isDelimiter(line)) table.push(cellsOf(line));
      continue;
    }
    flush();
    out.push(line);
  }
  flush();
  return out.join('\n');
}
