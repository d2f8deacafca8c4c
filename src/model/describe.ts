import type { TemplateColumn, TemplateRow, TemplateSection } from '../templates/types.js';
import type { Cell } from './tables.js';
import { chineseNumeral } from '../text/labels.js';
import type { Locale } from '../types.js';

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

/**
 * A cell as a message names it, after its table: "「（七）总计」行「自然人」列" in Chinese,
 * 'row "（七）总计", column "自然人"' in English (the labels stay the format's own words);
 * for table 四's single row just the column. A value cut out of run-together digits says
 * so: the reviewer should check it on the original page.
 */
export function cellName(cell: Cell, locale: Locale = 'zh'): string {
  const column = columnName(cell.column);
  if (locale === 'en') {
    const recovered = cell.recovered ? ' (split from run-together digits)' : '';
    return (cell.row.label === null ? `column "${column}"` : `row "${rowName(cell.row)}", column "${column}"`) + recovered;
  }
  const recovered = cell.recovered ? '（由粘连数字拆分得出）' : '';
  if (cell.row.label === null) return `「${column}」${recovered}`;
  return `「${rowName(cell.row)}」行「${column}」列${recovered}`;
}

/** "三、收到和处理政府信息公开申请情况". */
export function officialHeading(section: TemplateSection): string {
  return `${chineseNumeral(section.number)}、${section.title}`;
}
