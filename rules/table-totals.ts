/**
 * table-totals: every balancing identity of the template holds. Table 三, in each column:
 * 一 + 二 = 三(七)总计 + 四 (the official note), and (七)总计 = the sum of all results; in
 * each row: 总计 = 自然人 + the five 法人或其他组织 columns. Table 四: in each group,
 * 总计 = 维持 + 纠正 + 其他 + 尚未审结. Blank cells count as 0; an identity with a missing
 * or unreadable cell is not evaluated (table-completeness and non-negative-counts say why).
 */
import { defineRule, docsUrl } from '../src/engine/rule.js';
import { localize } from '../src/engine/format-message.js';
import { cellName } from '../src/model/describe.js';
import { type Cell, type TableBlockModel, cellOf } from '../src/model/tables.js';
import type { Identity } from '../src/templates/types.js';

/** The identity's cells for one column (each: column) or one row (each: row). */
function cellsFor(block: TableBlockModel, identity: Identity, line: string, ids: string[]): Cell[] | undefined {
  const cells = ids.map((id) => (identity.each === 'column' ? cellOf(block, id, line) : cellOf(block, line, id)));
  return cells.every((c): c is Cell => c !== undefined) ? cells : undefined;
}

function numeric(cells: Cell[]): number | undefined {
  let sum = 0;
  for (const c of cells) {
    if (c.value.status === 'blank') continue;
    if (c.value.status !== 'number') return undefined;
    sum += c.value.value;
  }
  return sum;
}

/** Rounds away floating-point noise in sums of amounts. */
const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

export default defineRule({
  meta: {
    id: 'table-totals',
    type: 'problem',
    docs: {
      description: {
        zh: '统计表的勾稽关系成立（各项之和等于总计）',
        en: "The tables' balancing identities hold (parts add up to their totals)",
      },
      url: docsUrl('table-totals'),
    },
    defaultSeverity: 'error',
    hasSuggestions: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      unbalanced: {
        zh: '{{table}}{{cell}}应为{{expected}}，实为{{actual}}：{{identity}}（{{left}} ≠ {{right}}）',
        en: 'In the {{table}}, the cell in {{cell}} should be {{expected}}, not {{actual}}: {{identity}} ({{left}} ≠ {{right}})',
      },
      setTo: { zh: '改为 {{expected}}', en: 'Change to {{expected}}' },
    },
  },
  check(report, context) {
    for (const identity of report.template.identities) {
      const block = report.tables.get(identity.table)?.blocks.get(identity.block);
      if (!block) continue;
      const table = report.tables.get(identity.table)!;
      const lines = identity.each === 'column' ? block.template.columns.map((c) => c.id) : block.template.rows.map((r) => r.id);
      for (const line of lines) {
        const left = cellsFor(block, identity, line, identity.left);
        const right = cellsFor(block, identity, line, identity.right);
        if (!left || !right || [...left, ...right].some((c) => c.value.status === 'missing')) continue;
        const l = numeric(left);
        const r = numeric(right);
        if (l === undefined || r === undefined || tidy(l) === tidy(r)) continue;
        const onLeft = identity.left.includes(identity.target);
        const target = (onLeft ? left : right)[(onLeft ? identity.left : identity.right).indexOf(identity.target)]!;
        const actual = target.value.status === 'number' ? target.value.value : 0;
        const expected = tidy(onLeft ? r - (l - actual) : l - (r - actual));
        context.report({
          messageId: 'unbalanced',
          data: {
            table: localize(table.template.name, context.locale),
            cell: cellName(target, context.locale),
            expected,
            actual: target.value.status === 'blank' ? localize({ zh: '空白', en: 'blank' }, context.locale) : actual,
            identity: localize(identity.name, context.locale),
            left: tidy(l),
            right: tidy(r),
          },
          range: target.range,
          ...(expected >= 0 ? { suggestions: [{ messageId: 'setTo', data: { expected }, fix: { range: target.range, text: String(expected) } }] } : {}),
        });
      }
    }
  },
});
