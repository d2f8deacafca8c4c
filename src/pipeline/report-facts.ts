import type { Report } from '../model/report.js';
import type { TableModel } from '../model/tables.js';
import type { RawRow, TableBlock } from '../model/blocks.js';
import { columnName, rowName } from '../model/describe.js';
import type { Range, ReportFacts, ReportTable, ReportTableCell } from '../types.js';

/** How much of a report a formatter reads besides its findings: who and when, or that and its tables. */
export type FactsWanted = 'identity' | 'tables';

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** The start offsets of the cells the model read as data (a missing cell was never written). */
function dataStarts(table: TableModel): Set<number> {
  const starts = new Set<number>();
  for (const block of table.blocks.values()) {
    for (const row of block.rows.values()) for (const cell of row.cells) if (cell.value.status !== 'missing') starts.add(cell.range.start);
  }
  return starts;
}

/** The table as the report writes it: the rows of its source table blocks. */
function writtenRows(report: Report, rows: RawRow[], data: Set<number>): ReportTableCell[][] {
  return rows.map((row) =>
    row.cells.map((cell) => ({ text: cell.text, label: !data.has(cell.range.start), position: report.source.positionOf(cell.range) })),
  );
}

/**
 * A table read from prose (digits run together, no table in the source): the model's rows, each
 * after its template label, under a header of the template's column names.
 */
function modelRows(report: Report, table: TableModel): ReportTableCell[][] {
  const at = (offset: number) => report.source.positionOf({ start: offset, end: offset });
  const out: ReportTableCell[][] = [];
  for (const block of table.blocks.values()) {
    out.push([{ text: '', label: true, position: at(block.range.start) }, ...block.template.columns.map((c) => ({ text: columnName(c), label: true, position: at(block.range.start) }))]);
    for (const row of block.rows.values()) {
      out.push([
        { text: rowName(row.template), label: true, position: at(row.range.start) },
        ...row.cells.map((cell) => ({ text: cell.raw, label: false, position: report.source.positionOf(cell.range) })),
      ]);
    }
  }
  return out;
}

function tablesOf(report: Report): ReportTable[] {
  const blocks = report.blocks.filter((b): b is TableBlock => b.type === 'table');
  return [...report.tables.entries()]
    .sort(([, a], [, b]) => a.range.start - b.range.start)
    .map(([id, table]) => {
      const written = blocks.filter((b) => overlaps(b.range, table.range));
      const data = dataStarts(table);
      const rows = written.length ? written.flatMap((b) => writtenRows(report, b.rows, data)) : modelRows(report, table);
      return { id, name: table.template.name, rows };
    });
}

/** What a report says of itself, as plain data a formatter may print. */
export function reportFacts(report: Report, wanted: FactsWanted): ReportFacts {
  return {
    ...(report.title ? { title: report.title.text } : {}),
    ...(report.agency ? { agency: report.agency } : {}),
    ...(report.year ? { year: report.year.value } : {}),
    ...(wanted === 'tables' ? { tables: tablesOf(report) } : {}),
  };
}
