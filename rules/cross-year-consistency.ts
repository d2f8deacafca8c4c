/**
 * cross-year-consistency: this year's report continues last year's (of the same agency,
 * found beside the file by agency and year, or named with --previous):
 * - 上年结转 this year = 结转下年度继续办理 last year, in every column of table 三;
 * - 现行有效件数 this year = last year's + 本年制发件数 − 本年废止件数, for 规章 and 行政规范性文件;
 * - sections 一 and 五 are not nearly the same text as last year's (a copied report: warning).
 * Without last year's report the rule says nothing.
 */
import { defineRule, docsUrl } from '../src/engine/rule.js';
import { localize } from '../src/engine/format-message.js';
import { cellName } from '../src/model/describe.js';
import { chineseNumeral } from '../src/text/labels.js';
import { sectionOf } from '../src/model/report.js';
import { cellKey, sectionText } from '../src/model/summary.js';
import { type Cell, cellOf } from '../src/model/tables.js';

function numberIn(cell: Cell | undefined): number | undefined {
  return cell?.value.status === 'number' ? cell.value.value : undefined;
}

/** Dice coefficient of character bigrams: 1 for the same text, near 0 for unrelated text. */
function bigramSimilarity(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  // A bigram as the number of its two UTF-16 units: no string made per pair.
  const bigram = (s: string, i: number) => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
  const counts = new Map<number, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = bigram(a, i);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = bigram(b, i);
    const n = counts.get(g);
    if (n) {
      shared++;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

/** Short sections ("无。") are alike every year and prove nothing. */
const MIN_COMPARED_LENGTH = 60;

export default defineRule<{ similarity: number }>({
  meta: {
    id: 'cross-year-consistency',
    type: 'problem',
    docs: {
      description: {
        zh: '与上一年度报告衔接：上年结转等于去年的结转下年度，现行有效件数前后衔接，文字不照搬去年',
        en: "Continuity with last year's report: carried-over requests, documents in force, and no copied text",
      },
      url: docsUrl('cross-year-consistency'),
    },
    defaultSeverity: 'error',
    checksFormat: true,
    usesPreviousReport: true,
    schema: {
      type: 'object',
      properties: { similarity: { type: 'number', minimum: 0.5, maximum: 1, default: 0.9 } },
      additionalProperties: false,
    },
    defaultOptions: { similarity: 0.9 },
    messages: {
      carriedOver: {
        zh: '{{table}}{{cell}}为{{actual}}，但{{previousYear}}年度报告中「四、结转下年度继续办理」为{{expected}}',
        en: 'In the {{table}}, the cell in {{cell}} is {{actual}}, but the {{previousYear}} report carried {{expected}} forward',
      },
      inForce: {
        zh: '{{table}}{{cell}}应为{{expected}}（{{previousYear}}年度的{{before}} + 本年制发{{issued}} − 本年废止{{repealed}}），实为{{actual}}',
        en: 'In the {{table}}, the cell in {{cell}} should be {{expected}} ({{before}} in force in {{previousYear}} + {{issued}} issued − {{repealed}} repealed), not {{actual}}',
      },
      inForceEveryReading: {
        zh: '{{table}}{{cell}}：无论粘连的数字怎样拆分，都不满足「现行有效件数 = {{previousYear}}年度现行有效件数 + 本年制发 − 本年废止」（{{known}}）',
        en: 'In the {{table}}, {{cell}}: however the digits that ran together are cut, "in force = in force in {{previousYear}} + issued − repealed" does not hold ({{known}})',
      },
      copied: {
        zh: '第{{numeral}}部分与{{previousYear}}年度报告几乎相同（相似度{{percent}}%），疑似照搬上年报告',
        en: 'Section {{numeral}} is nearly the same as in the {{previousYear}} report ({{percent}}% similar); copied from last year?',
      },
    },
  },
  check(report, context) {
    const previous = context.previous;
    if (!previous?.year) return;
    const previousYear = previous.year.value;
    const requests = report.tables.get('requests');
    const now = requests?.blocks.get('main');
    if (requests && now) {
      for (const column of now.template.columns) {
        const cell = cellOf(now, 'carried-over', column.id);
        const actual = numberIn(cell);
        const expected = previous.numbers.get(cellKey('requests', 'main', 'carry-forward', column.id));
        if (cell && actual !== undefined && expected !== undefined && actual !== expected) {
          const table = localize(requests.template.name, context.locale);
          context.report({ messageId: 'carriedOver', data: { table, cell: cellName(cell, context.locale), actual, expected, previousYear }, range: cell.range });
        }
      }
    }
    const active = report.tables.get('active');
    const item1 = active?.blocks.get('item-1');
    // Only between two reports on the 2021 format: the 2019 columns counted other things.
    if (active && item1 && report.template.id === previous.templateId) {
      for (const row of ['rules', 'normative-documents']) {
        const cell = cellOf(item1, row, 'in-force');
        const [actual, issued, repealed, was] = [
          numberIn(cell),
          numberIn(cellOf(item1, row, 'issued')),
          numberIn(cellOf(item1, row, 'repealed')),
          previous.numbers.get(cellKey('active', 'item-1', row, 'in-force')),
        ];
        if (!cell) continue;
        const table = localize(active.template.name, context.locale);
        if ([actual, issued, repealed, was].every((v) => v !== undefined)) {
          const expected = was! + issued! - repealed!;
          if (expected === actual) continue;
          context.report({
            messageId: 'inForce',
            data: { table, cell: cellName(cell, context.locale), expected, actual: actual!, before: was!, issued: issued!, repealed: repealed!, previousYear },
            range: cell.range,
          });
          continue;
        }
        // Digits that ran together: a break is reported only when every reading of them breaks it.
        const columns = ['issued', 'repealed', 'in-force'].map((id) => item1.template.columns.findIndex((c) => c.id === id));
        const readings = item1.rows.get(row)?.readings;
        const now =
          issued !== undefined && repealed !== undefined && actual !== undefined
            ? [[issued, repealed, actual]]
            : readings?.map((r) => columns.map((i) => r[i])).filter((t): t is number[] => t.every((v) => typeof v === 'number'));
        const before = was !== undefined ? [was] : previous.candidates.get(cellKey('active', 'item-1', row, 'in-force'));
        if (!now?.length || !before?.length) continue;
        if (now.some(([i, r, f]) => before.some((b) => b + i! - r! === f))) continue;
        const zh = context.locale === 'zh';
        const run = item1.rows.get(row)!.cells[0]!.raw;
        const thisYear =
          actual !== undefined && issued !== undefined && repealed !== undefined
            ? zh ? `本年制发${issued}、废止${repealed}、现行有效${actual}` : `${issued} issued, ${repealed} repealed, ${actual} in force this year`
            : zh ? `本年三数粘连为「${run}」` : `this year's three numbers ran together as "${run}"`;
        const lastYear =
          was !== undefined
            ? zh ? `${previousYear}年度现行有效${was}` : `${was} in force in ${previousYear}`
            : zh ? `${previousYear}年度的数字粘连，其现行有效件数可能为${before.join('、')}` : `${previousYear}'s digits ran together; its number in force may be ${before.join(', ')}`;
        const known = `${thisYear}${zh ? '；' : '; '}${lastYear}`;
        context.report({ messageId: 'inForceEveryReading', data: { table, cell: cellName(cell, context.locale), previousYear, known }, range: cell.range });
      }
    }
    for (const n of [1, 5]) {
      const section = sectionOf(report, n);
      const a = sectionText(report, n);
      const b = previous.sectionText.get(n) ?? '';
      if (!section || a.length < MIN_COMPARED_LENGTH || b.length < MIN_COMPARED_LENGTH) continue;
      const similarity = bigramSimilarity(a, b);
      if (similarity >= context.options.similarity) {
        context.report({
          messageId: 'copied',
          data: { numeral: chineseNumeral(n), previousYear, percent: Math.floor(similarity * 100) },
          range: section.headingRange,
          minor: true,
        });
      }
    }
  },
});
