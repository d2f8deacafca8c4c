/**
 * table-totals: every balancing identity of the template holds. Table 三, in each column:
 * 一 + 二 = 三(七)总计 + 四 (the official note), and (七)总计 = the sum of all results; in
 * each row: 总计 = 自然人 + the five 法人或其他组织 columns. Table 四: in each group,
 * 总计 = 维持 + 纠正 + 其他 + 尚未审结. Blank cells count as 0; an identity with a missing
 * or unreadable cell is not evaluated (table-completeness and non-negative-counts say why).
 *
 * The failures are explained together (src/model/solver.ts): when one smallest set of cells
 * explains them all, each of those cells is reported once with the value that balances every
 * identity it is in; when several sets would, each failed identity is reported once with the
 * cells that could be at fault, and nothing is suggested. Blank totals are suspected first:
 * when filling them with their parts' sums balances every identity, that is the explanation.
 */
import { defineRule, docsUrl } from '../src/engine/rule.js';
import { localize } from '../src/engine/format-message.js';
import { cellName, columnName, rowName } from '../src/model/describe.js';
import type { Report } from '../src/model/report.js';
import { type Equation, type Explanation, type Unknown, diagnose, residualOf } from '../src/model/solver.js';
import { type Cell, type TableBlockModel, type TableModel, cellOf } from '../src/model/tables.js';
import type { Identity } from '../src/templates/types.js';
import type { Locale } from '../src/types.js';

/** One identity on one column or row, with the sums of its two sides as printed. */
interface Instance {
  identity: Identity;
  table: TableModel;
  line: string;
  target: Cell;
  /** A side's sum as printed, or blank where every cell of it is blank. */
  left: number | 'blank';
  right: number | 'blank';
}

/** The identity's cells for one column (each: column) or one row (each: row). */
function cellsFor(block: TableBlockModel, identity: Identity, line: string, ids: string[]): Cell[] | undefined {
  const cells = ids.map((id) => (identity.each === 'column' ? cellOf(block, id, line) : cellOf(block, line, id)));
  return cells.every((c): c is Cell => c !== undefined) ? cells : undefined;
}

const numberOf = (c: Cell) => (c.value.status === 'number' ? c.value.value : 0);
const readable = (c: Cell) => c.value.status === 'number' || c.value.status === 'blank';

/** Rounds away floating-point noise in sums of amounts. */
const tidy = (n: number) => Math.round(n * 1e6) / 1e6;
const sum = (cells: Cell[]) => tidy(cells.reduce((s, c) => s + numberOf(c), 0));
/** What a side of an identity shows: its sum, or that it is blank (a blank counts as 0, but "272 ≠ 0" would read as a 0 printed). */
const sideOf = (cells: Cell[]): number | 'blank' => (cells.every((c) => c.value.status === 'blank') ? 'blank' : sum(cells));

/** Every identity instance whose cells can all be read, as an equation over its cells. */
function equationsOf(report: Report) {
  const equations: Equation<Cell>[] = [];
  const instances: Instance[] = [];
  const unknowns = new Map<Cell, Unknown>();
  for (const identity of report.template.identities) {
    const table = report.tables.get(identity.table);
    const block = table?.blocks.get(identity.block);
    // A run-together table no reading balances is reported as one (see unreadableRuns).
    if (!table || !block || block.flattened?.status === 'unbalanced') continue;
    const lines = identity.each === 'column' ? block.template.columns.map((c) => c.id) : block.template.rows.map((r) => r.id);
    for (const line of lines) {
      const left = cellsFor(block, identity, line, identity.left);
      const right = cellsFor(block, identity, line, identity.right);
      if (!left || !right || !left.every(readable) || !right.every(readable)) continue;
      const onLeft = identity.left.includes(identity.target);
      const target = (onLeft ? left : right)[(onLeft ? identity.left : identity.right).indexOf(identity.target)]!;
      const terms: Equation<Cell>['terms'] = [];
      for (const key of left) terms.push({ key, coef: 1 });
      for (const key of right) terms.push({ key, coef: -1 });
      equations.push({ terms });
      instances.push({ identity, table, line, target, left: sideOf(left), right: sideOf(right) });
      // A cell stands in several identities; it is one unknown.
      for (const { key: c } of terms) {
        if (!unknowns.has(c)) unknowns.set(c, { value: numberOf(c), integer: c.kind !== 'amount', nonNegative: c.kind !== 'signed' });
      }
    }
  }
  return { equations, instances, unknowns };
}

/** "「自然人」列" for an identity on a column, "「（一）予以公开」行" on a row, nothing on table 四's single row. */
function lineName(instance: Instance, locale: Locale): string {
  const { identity, target } = instance;
  if (identity.each === 'column') return locale === 'zh' ? `「${columnName(target.column)}」列` : `column "${columnName(target.column)}"`;
  if (target.row.label === null) return '';
  return locale === 'zh' ? `「${rowName(target.row)}」行` : `row "${rowName(target.row)}"`;
}

const BLANK = { zh: '空白', en: 'blank' };
const identityText = (i: Instance, locale: Locale) => {
  const [left, right] = [i.left, i.right].map((side) => (side === 'blank' ? localize(BLANK, locale) : side));
  return locale === 'zh' ? `${localize(i.identity.name, locale)}（${left} ≠ ${right}）` : `${localize(i.identity.name, locale)} (${left} ≠ ${right})`;
};

/**
 * A blank total is the first suspect: a report that left its 总计 cells blank (sh-szfbgt-2019.html)
 * fails an identity for each, too many for the search to explain. When writing in each blank
 * total of a failed identity the sum of its parts makes every identity of the tables hold,
 * those totals are the one explanation, each with its value.
 */
function blankTotals(equations: Equation<Cell>[], instances: Instance[], unknowns: Map<Cell, Unknown>, failed: Equation<Cell>[]): Explanation<Cell> | undefined {
  const fill: Explanation<Cell> = new Map();
  for (const eq of failed) {
    const i = instances[equations.indexOf(eq)]!;
    const { identity, target } = i;
    const targetAlone = (identity.left.includes(identity.target) ? identity.left : identity.right).length === 1;
    if (target.value.status !== 'blank' || !targetAlone) continue;
    const parts = identity.left.includes(identity.target) ? i.right : i.left;
    if (parts === 'blank' || (fill.has(target) && fill.get(target) !== parts)) return undefined;
    if (!(parts >= 0) || (target.kind !== 'amount' && !Number.isInteger(parts))) return undefined;
    fill.set(target, parts);
  }
  if (!fill.size) return undefined;
  const filled = new Map([...unknowns].map(([cell, u]) => [cell, fill.has(cell) ? { ...u, value: fill.get(cell)! } : u]));
  return equations.every((eq) => Math.abs(residualOf(eq, filled)) <= 1e-6) ? fill : undefined;
}

/** Blocks read from run-together digits that no cut of the digits balances. */
function* unbalancedRuns(report: Report): Generator<{ table: TableModel; block: TableBlockModel }> {
  for (const table of report.tables.values()) {
    for (const block of table.blocks.values()) if (block.flattened?.status === 'unbalanced') yield { table, block };
  }
}

/** The identities that fail on the one reading each row allows, when every cell has one. */
function nearestFailures(report: Report, table: TableModel, block: TableBlockModel, locale: Locale): string {
  const one = new Map([[table.template.id, { ...table, blocks: new Map([[block.template.id, { ...block, flattened: undefined }]]) }]]);
  const { equations, instances, unknowns } = equationsOf({ ...report, tables: one });
  const cells = [...block.rows.values()].flatMap((r) => r.cells);
  if (!cells.every(readable)) return '';
  const failed = instances.filter((_, i) => Math.abs(residualOf(equations[i]!, unknowns)) > 1e-6);
  return failed.map((i) => `${lineName(i, locale)}${identityText(i, locale)}`).join(locale === 'zh' ? '；' : '; ');
}

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
    checksFormat: true,
    hasSuggestions: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      unbalanced: {
        zh: '{{table}}{{cell}}应为{{expected}}，实为{{actual}}：{{identities}}',
        en: 'In the {{table}}, the cell in {{cell}} should be {{expected}}, not {{actual}}: {{identities}}',
      },
      ambiguous: {
        zh: '{{table}}{{line}}勾稽关系不成立：{{identity}}；可能出错的单元格：{{suspects}}',
        en: 'In the {{table}}, {{line}} does not balance: {{identity}}; the cells that could be wrong: {{suspects}}',
      },
      unexplained: {
        zh: '{{table}}{{line}}勾稽关系不成立：{{identity}}（出错单元格过多，无法确定是哪些）',
        en: 'In the {{table}}, {{line}} does not balance: {{identity}} (too many cells would have to change to tell which are wrong)',
      },
      unreadable: {
        zh: '{{table}}的数字粘连在一起，无论怎样拆分都不能使勾稽关系成立{{nearest}}',
        en: '{{table}}: its digits ran together, and no way of splitting them into cells makes the table balance{{nearest}}',
      },
      setTo: { zh: '改为 {{expected}}', en: 'Change to {{expected}}' },
    },
  },
  check(report, context) {
    for (const { table, block } of unbalancedRuns(report)) {
      const failures = nearestFailures(report, table, block, context.locale);
      const nearest = failures ? localize({ zh: `（按各行数字唯一的拆法：${failures}）`, en: ` (cutting each row the one way its digits allow: ${failures})` }, context.locale) : '';
      context.report({ messageId: 'unreadable', data: { table: localize(table.template.name, context.locale), nearest }, range: block.flattened!.range });
    }
    const { equations, instances, unknowns } = equationsOf(report);
    const diagnosis = diagnose(equations, unknowns);
    const { failed } = diagnosis;
    const blanks = diagnosis.explanations.length === 1 ? undefined : blankTotals(equations, instances, unknowns, failed);
    const explanations = blanks ? [blanks] : diagnosis.explanations;
    const failedInstances = failed.map((eq) => instances[equations.indexOf(eq)]!);
    const tableName = (t: TableModel) => localize(t.template.name, context.locale);
    if (explanations.length === 1) {
      for (const [cell, expected] of explanations[0]!) {
        const within = failedInstances.filter((_, i) => failed[i]!.terms.some((t) => t.key === cell));
        context.report({
          messageId: 'unbalanced',
          data: {
            table: tableName(within[0]!.table),
            cell: cellName(cell, context.locale),
            expected,
            actual: cell.value.status === 'blank' ? localize(BLANK, context.locale) : numberOf(cell),
            identities: within.map((i) => identityText(i, context.locale)).join(context.locale === 'zh' ? '；' : '; '),
          },
          range: cell.range,
          suggestions: [{ messageId: 'setTo', data: { expected }, fix: { range: cell.range, text: String(expected) } }],
        });
      }
      return;
    }
    const suspects = new Set(explanations.flatMap((e) => [...e.keys()]));
    failedInstances.forEach((instance, i) => {
      const atFault = failed[i]!.terms.map((t) => t.key).filter((c) => suspects.has(c));
      const at = atFault.includes(instance.target) || !atFault.length ? instance.target : atFault[0]!;
      context.report({
        messageId: atFault.length ? 'ambiguous' : 'unexplained',
        data: {
          table: tableName(instance.table),
          line: lineName(instance, context.locale),
          identity: identityText(instance, context.locale),
          suspects: atFault.map((c) => cellName(c, context.locale)).join(context.locale === 'zh' ? '、' : ', '),
        },
        range: at.range,
      });
    });
  },
});
