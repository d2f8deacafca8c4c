/**
 * text-table-consistency: figures stated in the prose agree with the table cells they name.
 * Only statements whose subject maps to one cell (or, for 行政诉讼, the two lawsuit totals)
 * are compared: a false alarm costs more than a miss here.
 */
import { defineRule, docsUrl } from '../src/engine/rule.js';
import { localize } from '../src/engine/format-message.js';
import { TextBlock } from '../src/model/blocks.js';
import { cellName } from '../src/model/describe.js';
import { foldWidth } from '../src/text/labels.js';
import { matchesIn } from '../src/text/matches.js';
import { type Cell, cellOf } from '../src/model/tables.js';
import type { Report } from '../src/model/report.js';

/** A cell by template ids: table, block, row, and the first of the columns the template has. */
type CellRef = [table: string, block: string, row: string, columns: string[]];

interface Statement {
  /** The number is group 1; a statement without a group states zero. */
  pattern: RegExp;
  /** Words every match of the pattern contains: prose without them is not searched. */
  subject: string;
  cells: CellRef[];
  /** Cells whose sum the figure may also state (收到…75件 counting last year's 1 carried over). */
  orCells?: CellRef[];
}

const GAP = '[^。；;，,\\d]';
const N = '(\\d+)\\s*';
// A zero statement must end at its subject ("无行政复议。", "未发生…行政复议和行政诉讼的情况"),
// so that "无一起行政复议被纠正" is not read as "no administrative reviews".
const ENDS = '(?=(?:[和及、与]?行政(?:复议|诉讼))*(?:的?情况|案件|事项)?(?:[。；;，,、]|$))';
const NONE = '(?:未(?:发生|收到|出现|产生)|没有|无)';
const NOT_DECISIONS = '(?:申请|事项|咨询|投诉|听证)';

const REQUESTS_TOTAL = (row: string): CellRef => ['requests', 'main', row, ['total']];
const STATEMENTS: Statement[] = [
  // The request must be one for disclosure: "受理行政许可申请300件" is not.
  { pattern: new RegExp(`(?:收到|新收|受理)${GAP}{0,16}?(?:公开${GAP}{0,4}?申请|依申请公开)${GAP}{0,6}?${N}件`, 'gu'), subject: '申请', cells: [REQUESTS_TOTAL('new')], orCells: [REQUESTS_TOTAL('new'), REQUESTS_TOTAL('carried-over')] },
  { pattern: new RegExp(`未(?:收到|受理)[^。；;，,]{0,20}?(?:公开[^。；;，,]{0,4}?申请|依申请公开)`, 'gu'), subject: '申请', cells: [REQUESTS_TOTAL('new')] },
  { pattern: new RegExp(`上年结转${GAP}{0,16}?${N}件`, 'gu'), subject: '上年结转', cells: [REQUESTS_TOTAL('carried-over')] },
  { pattern: new RegExp(`结转(?:至)?下一?年度?${GAP}{0,12}?${N}件`, 'gu'), subject: '结转', cells: [REQUESTS_TOTAL('carry-forward')] },
  { pattern: new RegExp(`(?<!不)予以公开${GAP}{0,4}?${N}件`, 'gu'), subject: '予以公开', cells: [REQUESTS_TOTAL('granted')] },
  // Table 二 counts decisions: applications, items or inquiries ("行政许可申请300件") are other things.
  { pattern: new RegExp(`行政处罚(?!${GAP}{0,8}?${NOT_DECISIONS})${GAP}{0,8}?${N}(?:件|起)`, 'gu'), subject: '行政处罚', cells: [['active', 'item-6', 'penalty', ['decisions']]] },
  { pattern: new RegExp(`行政许可(?!${GAP}{0,8}?${NOT_DECISIONS})${GAP}{0,8}?${N}件`, 'gu'), subject: '行政许可', cells: [['active', 'item-5', 'licensing', ['decisions']]] },
  {
    pattern: new RegExp(`(?:制发|出台|印发)${GAP}{0,10}?行政规范性文件${GAP}{0,4}?${N}件`, 'gu'), subject: '行政规范性文件',
    cells: [['active', 'item-1', 'normative-documents', ['issued', 'made']]],
  },
  { pattern: new RegExp(`行政复议${GAP}{0,8}?${N}(?:件|起)`, 'gu'), subject: '行政复议', cells: [['appeals', 'main', 'cases', ['review-total']]] },
  { pattern: new RegExp(`${NONE}[^。；;，,]{0,16}?行政复议${ENDS}`, 'gu'), subject: '行政复议', cells: [['appeals', 'main', 'cases', ['review-total']]] },
  {
    pattern: new RegExp(`行政诉讼${GAP}{0,8}?${N}(?:件|起)`, 'gu'), subject: '行政诉讼',
    cells: [['appeals', 'main', 'cases', ['suit-direct-total']], ['appeals', 'main', 'cases', ['suit-after-review-total']]],
  },
  {
    pattern: new RegExp(`${NONE}[^。；;，,]{0,20}?行政诉讼${ENDS}`, 'gu'), subject: '行政诉讼',
    cells: [['appeals', 'main', 'cases', ['suit-direct-total']], ['appeals', 'main', 'cases', ['suit-after-review-total']]],
  },
];

/**
 * An office acting for another body (区政府办代表区政府受理政府信息公开申请17件, hz-szf-2024.pdf,
 * whose table counts 95): the figure is that office's, and whether the table counts the same
 * requests the text does not say. 代表 qualifies its sentence up to the figure.
 */
const ON_BEHALF = '代表';
const SENTENCE_ENDS = '。；;';

/**
 * The matches of a statement whose sentence, up to the match, has no office acting for
 * another. The text is read once from start to end, however many matches it has.
 */
function* ownStatements(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  let sentence = 0;
  let behalf = -1;
  let read = 0;
  for (const m of matchesIn(text, pattern)) {
    for (; read < m.index; read++) {
      if (SENTENCE_ENDS.includes(text[read]!)) sentence = read + 1;
      else if (text.startsWith(ON_BEHALF, read) && read + ON_BEHALF.length <= m.index) behalf = read;
    }
    if (behalf < sentence) yield m;
  }
}

function resolve(report: Report, [table, block, row, columns]: CellRef): Cell | undefined {
  const b = report.tables.get(table)?.blocks.get(block);
  for (const c of columns) {
    const cell = cellOf(b, row, c);
    if (cell) return cell;
  }
  return undefined;
}

function sumOf(cells: (Cell | undefined)[]): number | undefined {
  return cells.every((c): c is Cell => c?.value.status === 'number') ? cells.reduce((s, c) => s + (c.value as { value: number }).value, 0) : undefined;
}

export default defineRule({
  meta: {
    id: 'text-table-consistency',
    type: 'problem',
    docs: {
      description: { zh: '正文中的数字与统计表一致', en: 'Figures stated in the text agree with the tables' },
      url: docsUrl('text-table-consistency'),
    },
    defaultSeverity: 'error',
    checksFormat: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      differs: {
        zh: '正文「{{statement}}」与{{table}}{{cell}}的{{actual}}不一致',
        en: 'The text says "{{statement}}", but in the {{table}}, {{cell}} gives {{actual}}',
      },
    },
  },
  check(report, context) {
    const prose = report.blocks.filter((b): b is TextBlock => b instanceof TextBlock);
    for (const block of prose) {
      if (report.title && block.range.start <= report.title.range.start && report.title.range.end <= block.range.end) continue;
      const text = foldWidth(block.text);
      for (const statement of STATEMENTS) {
        if (!text.includes(statement.subject)) continue;
        for (const m of ownStatements(text, statement.pattern)) {
          const cells = statement.cells.map((ref) => resolve(report, ref));
          // Only cells that hold numbers are compared; blank, missing or unreadable ones say nothing.
          if (!cells.every((c): c is Cell => c?.value.status === 'number')) continue;
          const actual = cells.reduce((sum, c) => sum + (c.value as { value: number }).value, 0);
          const stated = m[1] === undefined ? 0 : Number(m[1]);
          if (stated === actual || (statement.orCells && stated === sumOf(statement.orCells.map((ref) => resolve(report, ref))))) continue;
          const table = report.template.tables.find((t) => t.id === statement.cells[0]![0])!;
          context.report({
            messageId: 'differs',
            data: {
              statement: block.text.slice(m.index, m.index + m[0].length),
              table: localize(table.name, context.locale),
              cell: cells.map((c) => cellName(c, context.locale)).join(context.locale === 'zh' ? '与' : ' and '),
              actual,
            },
            range: block.sourceRange(m.index, m.index + m[0].length),
          });
        }
      }
    }
  },
});
