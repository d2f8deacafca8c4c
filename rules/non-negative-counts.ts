/**
 * non-negative-counts: every count cell holds a non-negative integer, every amount (万元)
 * a non-negative number; signed cells (本年增/减, 2019 template) may be negative.
 * "约10", "1.5", "-3", "—" or "/" in a count cell is an error at that cell.
 */
import { defineRule, docsUrl } from '../src/engine/rule.js';
import type { InvalidReason } from '../src/text/cell-value.js';
import { cellName } from '../src/model/describe.js';
import { cellsOf } from '../src/model/tables.js';
import { localize } from '../src/engine/format-message.js';

const MESSAGE: Record<InvalidReason, string> = {
  negative: 'negative',
  fraction: 'fraction',
  approximate: 'approximate',
  placeholder: 'placeholder',
  'too-large': 'tooLarge',
  'not-a-number': 'notANumber',
};

export default defineRule({
  meta: {
    id: 'non-negative-counts',
    type: 'problem',
    docs: {
      description: {
        zh: '统计表中的件数为非负整数，金额为非负数',
        en: 'Counts in the tables are non-negative integers, amounts non-negative numbers',
      },
      url: docsUrl('non-negative-counts'),
    },
    defaultSeverity: 'error',
    checksFormat: true,
    hasSuggestions: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      negative: { zh: '{{table}}{{cell}}为负数「{{raw}}」，{{kind}}不能为负', en: 'In the {{table}}, the cell in {{cell}} is negative ("{{raw}}"); {{kind}} cannot be negative' },
      fraction: { zh: '{{table}}{{cell}}应为整数，实为「{{raw}}」', en: 'In the {{table}}, the cell in {{cell}} must be a whole number, not "{{raw}}"' },
      approximate: { zh: '{{table}}{{cell}}应填确切数字，不能填约数「{{raw}}」', en: 'In the {{table}}, the cell in {{cell}} must be an exact number, not the estimate "{{raw}}"' },
      placeholder: { zh: '{{table}}{{cell}}应填数字（没有则填0），实为「{{raw}}」', en: 'In the {{table}}, the cell in {{cell}} must hold a number (0 if none), not "{{raw}}"' },
      tooLarge: { zh: '{{table}}{{cell}}的数字「{{raw}}」过大，无法核对', en: 'In the {{table}}, the cell in {{cell}} holds a number too large to check ("{{raw}}")' },
      notANumber: { zh: '{{table}}{{cell}}应填数字，实为「{{raw}}」', en: 'In the {{table}}, the cell in {{cell}} must hold a number, not "{{raw}}"' },
      useZero: { zh: '改为 0', en: 'Replace with 0' },
    },
  },
  check(report, context) {
    const kindName = {
      count: localize({ zh: '件数', en: 'a count' }, context.locale),
      amount: localize({ zh: '金额', en: 'an amount' }, context.locale),
      signed: '',
    };
    for (const { table, cell } of cellsOf(report.tables)) {
      if (cell.value.status !== 'invalid') continue;
      const reason = cell.value.reason;
      context.report({
        messageId: MESSAGE[reason],
        data: { table: localize(table.template.name, context.locale), cell: cellName(cell, context.locale), raw: cell.raw.trim(), kind: kindName[cell.kind] },
        range: cell.range,
        ...(reason === 'placeholder' ? { suggestions: [{ messageId: 'useZero', fix: { range: cell.range, text: '0' } }] } : {}),
      });
    }
  },
});
