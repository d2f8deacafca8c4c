/**
 * template-version: a report for 2021 or later uses the 2021 format (国办公开办函〔2021〕30号),
 * not the 2019 trial format. A 2019 label in its tables — 本年新制作数量, 对外公开总数量,
 * 上一年项目数量, 本年增/减, 第二十条第（九）项, 政府集中采购, 其他对外管理服务事项, 规范性文件
 * without 行政, or an undivided (六)其他处理 — is an error naming the label and its 2021
 * replacement. The labels and replacements are data of the 2021 template (obsoleteLabels);
 * where the replacement is a single label, --fix writes it in place of the old one (one
 * place per pass: the next pass finds the next). A report for a year before the 2019 format
 * (under the 2007 条例, which set no national format) is said once not to be checked against
 * one: the rules that check the format do not run on it.
 */
import { rangeOfOnly, replaceVerbatim } from '../src/engine/fix.js';
import { defineRule, docsUrl } from '../src/engine/rule.js';
import type { RawCell } from '../src/model/blocks.js';
import { normalizeLabel, splitNormalized } from '../src/text/labels.js';
import { firstFormatYear } from '../src/templates/load.js';
import type { ObsoleteLabel } from '../src/templates/types.js';

interface Parts {
  full: string;
  prefix: string;
  key: string;
}

function partsOf(label: string): Parts {
  const full = normalizeLabel(label);
  const { prefix, key } = splitNormalized(full);
  return { full, prefix, key };
}

function sameLabel(a: Parts, b: Parts): boolean {
  return a.full === b.full || (a.key === b.key && (b.prefix === '' || a.prefix === b.prefix));
}

export default defineRule({
  meta: {
    id: 'template-version',
    type: 'problem',
    docs: {
      description: {
        zh: '2021年度起的报告使用2021年版格式（国办公开办函〔2021〕30号），不用2019年版的标签',
        en: 'Reports for 2021 on use the 2021 format (国办公开办函〔2021〕30号), not the labels of the 2019 format',
      },
      url: docsUrl('template-version'),
    },
    defaultSeverity: 'error',
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      beforeFormats: {
        zh: '{{year}}年度报告早于国家规定的年度报告格式（{{from}}年度起施行），未按格式检查其章节、统计表和有关说明',
        en: 'The {{year}} report predates the national report format (in use from the {{from}} reports): its sections, tables and statements are not checked against it',
      },
      obsolete: {
        zh: '{{year}}年度报告使用了2019年版格式的「{{label}}」{{times}}；2021年版格式（国办公开办函〔2021〕30号）中为：{{replacement}}',
        en: 'The {{year}} report uses "{{label}}" from the 2019 format{{times}}; the 2021 format (国办公开办函〔2021〕30号) has: {{replacement}}',
      },
    },
  },
  check(report, context) {
    if (report.templateBasis === 'before' && report.year) {
      context.report({ messageId: 'beforeFormats', data: { year: report.year.value, from: firstFormatYear() }, range: report.year.range, minor: true });
      return;
    }
    const obsolete = report.template.obsoleteLabels ?? [];
    // Only a report whose year puts it under the 2021 format; 2019 and 2020 pass on the 2019 one.
    if (report.templateBasis !== 'year' || !report.year || !obsolete.length) return;
    const obsoleteParts = obsolete.map((o) => ({ o, parts: partsOf(o.label) }));
    // A label can be the same as an obsolete one only if its whole text or its key is one of theirs.
    const candidates = new Set(obsoleteParts.flatMap(({ parts }) => [parts.full, parts.key]));
    const found = new Map<ObsoleteLabel, { first: RawCell; count: number }>();
    for (const block of report.blocks) {
      if (block.type !== 'table') continue;
      for (const row of block.rows) {
        const labels = row.cells.filter((c) => c.content === 'label');
        const hasValues = row.cells.some((c) => c.content === 'value');
        labels.forEach((cell, i) => {
          const written = partsOf(cell.text);
          if (!candidates.has(written.full) && !candidates.has(written.key)) return;
          for (const { o, parts } of obsoleteParts) {
            if (!sameLabel(written, parts)) continue;
            // (六)其他处理 is outdated only as a row of its own with data, not as the group of its sub-rows.
            if (o.undivided && !(hasValues && i === labels.length - 1)) continue;
            const seen = found.get(o);
            if (seen) seen.count++;
            else found.set(o, { first: cell, count: 1 });
          }
        });
      }
    }
    /** The label written in the cell, replaced by its successor where the template names one. */
    const fixOf = (o: ObsoleteLabel, cell: RawCell) => {
      const at = o.fixable ? rangeOfOnly(report.source.text, cell.range, o.label) : undefined;
      const fix = at && replaceVerbatim(report.source.text, at, o.label, o.replacement);
      return fix ? { fix } : {};
    };
    for (const [o, { first, count }] of found) {
      const times = count > 1 ? (context.locale === 'zh' ? `（共${count}处）` : ` (${count} places)`) : '';
      context.report({
        messageId: 'obsolete',
        data: { year: report.year.value, label: first.text.trim().replace(/\s+/g, ''), times, replacement: o.replacement },
        range: first.range,
        ...fixOf(o, first),
      });
    }
  },
});
