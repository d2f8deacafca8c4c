/**
 * table-completeness: the three statistical tables stand in their sections with every
 * part, row and column of the template. A missing table, part or row, or a row with
 * fewer cells than the template, is an error, and so is a group of rows written as one row
 * (an undivided （六）其他处理), once rather than once per row it lacks; a blank cell is a
 * warning (write 0), and so is a table whose digits ran together so that some cells cannot
 * be told apart (once per table).
 */
import { defineRule, docsUrl } from '../src/engine/rule.js';
import { localize } from '../src/engine/format-message.js';
import { columnName, rowName } from '../src/model/describe.js';
import { chineseNumeral } from '../src/text/labels.js';
import { expectedSectionRange, sectionOf } from '../src/model/report.js';
import { type TableBlockModel, cellsOf, tableCells } from '../src/model/tables.js';
import type { Range } from '../src/types.js';

/** Where a missing row belongs: just after the row before it, else at the start of its block. */
function missingRowRange(block: TableBlockModel, index: number): Range {
  for (let i = index - 1; i >= 0; i--) {
    const prev = block.rows.get(block.template.rows[i]!.id);
    if (prev) return { start: prev.range.end, end: prev.range.end };
  }
  return { start: block.range.start, end: block.range.start };
}

export default defineRule({
  meta: {
    id: 'table-completeness',
    type: 'problem',
    docs: {
      description: {
        zh: '三张统计表齐全，且包含格式规定的全部行、列和数据',
        en: 'The three statistical tables are present with every row, column and cell of the format',
      },
      url: docsUrl('table-completeness'),
    },
    defaultSeverity: 'error',
    checksFormat: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      missingTable: { zh: '第{{numeral}}部分缺少统计表「{{table}}」', en: 'Section {{numeral}} lacks the {{table}}' },
      misplacedTable: {
        zh: '统计表「{{table}}」应在第{{numeral}}部分，却出现在第{{found}}部分',
        en: 'The {{table}} belongs in section {{numeral}} but stands in section {{found}}',
      },
      missingBlock: { zh: '统计表「{{table}}」缺少「{{block}}」', en: 'The {{table}} lacks the part "{{block}}"' },
      missingRow: { zh: '统计表「{{table}}」缺少「{{row}}」行', en: 'The {{table}} lacks the row "{{row}}"' },
      missingColumn: { zh: '统计表「{{table}}」缺少「{{column}}」列', en: 'The {{table}} lacks the column "{{column}}"' },
      missingCells: {
        zh: '统计表「{{table}}」的「{{row}}」行应有{{expected}}个数据，实有{{actual}}个',
        en: 'In the {{table}}, the row "{{row}}" should have {{expected}} cells but has {{actual}}',
      },
      blankCell: {
        zh: '统计表「{{table}}」的「{{row}}」行「{{column}}」列为空；没有数据请填0',
        en: 'In the {{table}}, the cell in row "{{row}}", column "{{column}}" is blank; write 0 if there is nothing to count',
      },
      runTogether: {
        zh: '统计表「{{table}}」表格数字粘连，无法唯一确定各单元格：{{cells}}',
        en: 'Table "{{table}}": its digits ran together and cannot be split into cells in one way only: {{cells}}',
      },
      undividedGroup: {
        zh: '统计表「{{table}}」的「{{group}}」只填了一行，格式规定其下分项填写：{{rows}}',
        en: 'In the {{table}}, "{{group}}" is one row; the format divides it into: {{rows}}',
      },
      unknownRow: {
        zh: '统计表「{{table}}」中的「{{label}}」不是格式规定的行',
        en: 'The {{table}} has a row "{{label}}" that the format does not have',
      },
    },
  },
  check(report, context) {
    const name = (t: { name: { zh: string; en: string } }) => localize(t.name, context.locale);
    const undivided = new Set(report.unknownRows.filter((u) => u.group).map((u) => `${u.table}\u0000${u.group}`));
    for (const spec of report.template.tables) {
      const table = report.tables.get(spec.id);
      const numeral = chineseNumeral(spec.section);
      if (!table) {
        const section = sectionOf(report, spec.section);
        const range = section ? section.headingRange : expectedSectionRange(report, spec.section);
        context.report({ messageId: 'missingTable', data: { numeral, table: name(spec) }, range });
        continue;
      }
      const start = { start: table.range.start, end: table.range.start };
      if (table.section !== undefined && table.section !== spec.section) {
        context.report({ messageId: 'misplacedTable', data: { table: name(spec), numeral, found: chineseNumeral(table.section) }, range: start });
      }
      // A table read from run-together text is found label by label: a part or row not found
      // there may well be on the page, so only what was read is checked.
      const readFromRuns = [...table.blocks.values()].some((b) => b.flattened);
      for (const blockSpec of spec.blocks) {
        const block = table.blocks.get(blockSpec.id);
        if (!block && readFromRuns) continue;
        if (!block) {
          context.report({ messageId: 'missingBlock', data: { table: name(spec), block: blockSpec.label ?? blockSpec.id }, range: start });
          continue;
        }
        if (block.headers.size > 0) {
          for (const column of blockSpec.columns) {
            if (!block.headers.has(column.id)) {
              context.report({ messageId: 'missingColumn', data: { table: name(spec), column: columnName(column) }, range: { start: block.range.start, end: block.range.start } });
            }
          }
        }
        blockSpec.rows.forEach((rowSpec, i) => {
          const row = block.rows.get(rowSpec.id);
          if (!row && readFromRuns) return;
          // A group written as one row is reported once, as that, not as each row it lacks.
          if (!row && rowSpec.groups?.some((g) => undivided.has(`${spec.id}\u0000${g}`))) return;
          if (!row) {
            context.report({ messageId: 'missingRow', data: { table: name(spec), row: rowName(rowSpec) }, range: missingRowRange(block, i) });
          } else if (row.written < blockSpec.columns.length) {
            context.report({
              messageId: 'missingCells',
              data: { table: name(spec), row: rowName(rowSpec), expected: blockSpec.columns.length, actual: row.written },
              range: row.range,
            });
          }
        });
      }
    }
    for (const { table, cell } of cellsOf(report.tables)) {
      if (cell.value.status === 'blank') {
        context.report({ messageId: 'blankCell', data: { table: name(table.template), row: rowName(cell.row), column: columnName(cell.column) }, range: cell.range, minor: true });
      }
    }
    for (const table of report.tables.values()) {
      const ambiguous = tableCells(table).filter((cell) => cell.value.status === 'ambiguous');
      if (!ambiguous.length) continue;
      const cells = ambiguous.map((cell) => `「${rowName(cell.row)}」${columnName(cell.column)}`).join(context.locale === 'zh' ? '、' : ', ');
      context.report({ messageId: 'runTogether', data: { table: name(table.template), cells }, range: ambiguous[0]!.range, minor: true });
    }
    for (const unknown of report.unknownRows) {
      const spec = report.template.tables.find((t) => t.id === unknown.table);
      if (!spec) continue;
      if (unknown.group) {
        const rows = spec.blocks.flatMap((b) => b.rows).filter((r) => r.groups?.includes(unknown.group!));
        const list = rows.map((r) => r.label ?? '').join(context.locale === 'zh' ? '；' : '; ');
        context.report({ messageId: 'undividedGroup', data: { table: name(spec), group: unknown.group, rows: list }, range: unknown.range });
      } else context.report({ messageId: 'unknownRow', data: { table: name(spec), label: unknown.label }, range: unknown.range, minor: true });
    }
  },
});
