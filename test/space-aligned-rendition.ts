import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseText } from '../src/adapters/text.js';
import { labelIndexOf } from '../src/recognize/label-index.js';
import { looksLikeValue } from '../src/text/cell-value.js';
import { loadTemplates } from '../src/templates/load.js';

/**
 * A report's tables rewritten as `pdftotext -layout` writes a table drawn in a PDF: labels
 * on the left, values right-aligned in columns, header labels stacked over lines in their
 * column ("法人或其" over "他组织"), and a long row label wrapped in its cell with the row's
 * values on its last line. Everything else of the report stays as it is. The tables are
 * taken from what the text adapter reads in the original, so the rendition holds the same
 * cells (a row of 9 values of 15 stays a row of 9).
 */

const LABEL_WIDTH = 50;
const COLUMN = 6;
const HEADER_CHUNK = 4;
const WRAP = 20;

const indexes = loadTemplates().map(labelIndexOf);
/** A column or header label, as the model tells them from row labels (a bare 总计 is a column). */
function isHeaderLabel(text: string): boolean {
  return indexes.some((index) => {
    const matches = index.matches(text);
    const top = Math.max(0, ...matches.map((m) => m.score));
    return top >= 0.9 && matches.some((m) => m.score === top && (m.entry.kind === 'column' || m.entry.kind === 'header'));
  });
}

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(2, width - s.length));

function chunks(s: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += size) out.push(s.slice(i, i + size));
  return out;
}

/** Header labels in the value columns, each stacked in chunks. */
function headerLines(labels: string[]): string[] {
  const stacks = labels.map((l) => chunks(l.replace(/\s+/gu, ''), HEADER_CHUNK));
  const height = Math.max(1, ...stacks.map((s) => s.length));
  const out: string[] = [];
  for (let k = 0; k < height; k++) {
    let line = ' '.repeat(LABEL_WIDTH);
    stacks.forEach((s, j) => {
      line = line.padEnd(LABEL_WIDTH + j * COLUMN, ' ') + (s[k] ?? '');
    });
    out.push(line.trimEnd());
  }
  return out;
}

/** A data row: its labels, the last wrapped when long, and its values right-aligned. */
function dataLines(labels: string[], values: string[]): string[] {
  const cells = values.map((v) => v.padStart(Math.max(COLUMN, v.length + 2))).join('');
  const last = labels[labels.length - 1];
  const before = labels.slice(0, -1).map((l) => `${l}  `).join('');
  if (last !== undefined && last.length > WRAP) {
    return [`${before}${last.slice(0, WRAP)}`, `${' '.repeat(before.length)}${pad(last.slice(WRAP), LABEL_WIDTH - before.length)}${cells}`];
  }
  return [`${pad(before + (last ?? ''), LABEL_WIDTH)}${cells}`];
}

function renderTable(table: Table): string[] {
  const rows = table.children.map((row) => row.children.map((c) => toString(c).trim()));
  // Table 四's data row has no label: every label before its values is a header.
  const labelledData = rows.some((cells) => {
    const v = cells.findIndex(looksLikeValue);
    return v > 0 && !cells.slice(0, v).filter(Boolean).every(isHeaderLabel);
  });
  const out: string[] = [];
  for (const cells of rows) {
    const v = cells.findIndex(looksLikeValue);
    const labels = (v < 0 ? cells : cells.slice(0, v)).filter(Boolean);
    const values = v < 0 ? [] : cells.slice(v);
    while (values.length && values[values.length - 1] === '') values.pop();
    // The row's own labels (group and row) end it; before them, in tables scraped one cell
    // per line, come block labels (第二十条第(一)项) and the header labels of the table.
    let own = labels.length;
    if (values.length && labelledData) while (own > 0 && labels.length - own < 2 && !isHeaderLabel(labels[own - 1]!)) own--;
    if (values.length && labelledData && own === labels.length) own--;
    const before = labels.slice(0, Math.max(0, own));
    const header = before.filter(isHeaderLabel);
    for (const l of before) if (!isHeaderLabel(l)) out.push(l);
    if (header.length) out.push(...headerLines(header));
    if (values.length) out.push(...dataLines(labels.slice(Math.max(0, own)), values));
  }
  return out;
}

/** The report with each table the text adapter reads in it rewritten space-aligned. */
export function spaceAlignedRendition(text: string): string {
  const lines = text.split('\n');
  const tables = parseText(text).tree.children.filter((n): n is Table => n.type === 'table');
  for (const table of tables.reverse()) {
    const first = table.position!.start.line - 1;
    const last = table.position!.end.line - 1;
    lines.splice(first, last - first + 1, ...renderTable(table));
  }
  return lines.join('\n');
}
