import type { TemplateColumn, TemplateRow, TemplateSection } from '../templates/types.js';
import type { Cell } from './tables.js';
import { chineseNumeral } from '../text/labels.js';

/** "（三）不予公开 1.属于国家秘密": the innermost group and the row's own label. */
export function rowName(row: TemplateRow): string {
  if (row.label === null) return '数据';
  const groups = row.groups ?? [];
  return groups.length >= 2 ? `${groups[groups.length - 1]} ${row.label}` : row.label;
}

/** "行政诉讼·未经复议直接起诉·总计". */
export function columnName(column: TemplateColumn): string {
  return [column.supergroup, column.group, column.label].filter(Boolean).join('·');
}

/** "「（七）总计」行「自然人」列", or for table 四's single row just the column. */
export function cellName(cell: Cell): string {
  // A value cut out of run-together digits: the reviewer should check it on the original page.
  const recovered = cell.recovered ? '（由粘连数字拆分得出）' : '';
  if (cell.row.label === null) return `「${columnName(cell.column)}」${recovered}`;
  return `「${rowName(cell.row)}」行「${columnName(cell.column)}」列${recovered}`;
}

/** "三、收到和处理政府信息公开申请情况". */
export function officialHeading(section: TemplateSection): string {
  return `${chineseNumeral(section.number)}、${section.title}`;
}
