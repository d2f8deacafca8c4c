import { detached } from '../text/detached.js';
import { stripSpace } from '../text/labels.js';
import { type Report, sectionOf, sectionProse } from './report.js';
import { cellOf } from './tables.js';

/**
 * What another report's previous-year check reads of a report, and all a run keeps of a
 * report once it is linted: a few hundred bytes of numbers and the prose of two sections,
 * where the model with its source, blocks and cells is a quarter of a megabyte. Runs of
 * ten thousand reports stay flat in memory.
 */
export interface ReportSummary {
  agency?: string;
  year?: { value: number };
  templateId: string;
  /** The numbers of the cells a later report is compared with, by {@link cellKey}. */
  numbers: Map<string, number>;
  /** For such a cell read from run-together digits that allow several cuts: every value it may have. */
  candidates: Map<string, number[]>;
  /** The prose of sections 一 and 五 without spaces, for telling a copied report. */
  sectionText: Map<number, string>;
}

export const cellKey = (table: string, block: string, row: string, column: string) => `${table}/${block}/${row}/${column}`;

/** Cells the cross-year checks compare: [table, block, rows, the columns (all of the block's when undefined)]. */
const COMPARED: [string, string, string[], string[] | undefined][] = [
  ['requests', 'main', ['carry-forward'], undefined],
  ['active', 'item-1', ['rules', 'normative-documents'], ['in-force']],
];

/** Sections whose prose a later report is compared with. */
const COMPARED_SECTIONS = [1, 5];

/** The prose of a section, without spaces, for comparing with another year's. */
export function sectionText(report: Report, n: number): string {
  const section = sectionOf(report, n);
  if (!section) return '';
  return stripSpace(
    sectionProse(report, section)
      .map(({ block, start }) => block.text.slice(start))
      .join(''),
  );
}

export function summarize(report: Report): ReportSummary {
  const numbers = new Map<string, number>();
  const candidates = new Map<string, number[]>();
  // A report from before the formats has no cells of theirs: its tables were only read by a template's labels.
  for (const [table, blockId, rows, columns] of report.templateBasis === 'before' ? [] : COMPARED) {
    const block = report.tables.get(table)?.blocks.get(blockId);
    if (!block) continue;
    for (const row of rows) {
      for (const column of columns ?? block.template.columns.map((c) => c.id)) {
        const value = cellOf(block, row, column)?.value;
        const key = cellKey(table, blockId, row, column);
        if (value?.status === 'number') numbers.set(key, value.value);
        const readings = block.rows.get(row)?.readings;
        if (value?.status === 'ambiguous' && readings) {
          const at = block.template.columns.findIndex((c) => c.id === column);
          candidates.set(key, [...new Set(readings.map((r) => r[at]).filter((v): v is number => typeof v === 'number'))]);
        }
      }
    }
  }
  // A summary outlives its report: its strings are copies, not views into the report's source.
  return {
    ...(report.agency ? { agency: detached(report.agency) } : {}),
    ...(report.year ? { year: { value: report.year.value } } : {}),
    templateId: report.template.id,
    numbers,
    candidates,
    sectionText: new Map(COMPARED_SECTIONS.map((n) => [n, detached(sectionText(report, n))])),
  };
}
