/**
 * no-placeholder: no leftover template or draft text — XX年, ××, XXX局, ＿＿, 【…】 with an
 * instruction in it, （此处填写…）, 待补充, X件 — in the prose or in a table cell.
 */
import { defineRule, docsUrl } from '../src/engine/rule.js';
import { TextBlock } from '../src/model/blocks.js';
import { foldWidth } from '../src/text/labels.js';
import { matchesIn } from '../src/text/matches.js';
import type { Range } from '../src/types.js';

const PLACEHOLDERS: RegExp[] = [
  // XX年, XXX局, 20XX年 (upper-case X only: lower-case x appears in web addresses)
  /(?<![A-Za-z])X{2,}(?![A-Za-z])/gu,
  /(?<![A-Za-z\d])X(?=\s*(?:件|条|个|项|人次|人|次|万|年|月|日|篇|期|场))/gu,
  /(?<=\d)X{1,2}(?=年)/gu,
  /×{2,}|○{2,}|□{2,}/gu,
  /_{2,}/gu,
  /【[^】\n]{0,30}(?:填写|填报|此处|待|请|示例|如有|XX)[^】\n]{0,30}】|【\s*】|【…+】/gu,
  /\(\s*此处[^)\n]{0,40}\)/gu,
  // A draft note stands as a clause of its own (（待补充）, 数据待填写。); 有待完善, 尚待补充 and
  // 待核实后另行公布 are how reports say that work remains.
  /(?<![有尚亟仍急期还正])待(?:补充|填写|完善|核实|定稿)(?=$|[\s。，,；;：:、！!？?)）\]】」”])|(?<![A-Za-z])(?:TODO|TBD)(?![A-Za-z])/gu,
];

/** Quoted text (「x批次，合格率x%」, a column's title) is mentioned, not left over. */
const QUOTED = /「[^「」\n]*」|“[^“”\n]*”|『[^『』\n]*』|《[^《》\n]*》/gu;

function quotedSpans(text: string): [number, number][] {
  return [...matchesIn(text, QUOTED)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * Every placeholder contains one of these (a bracketed note 【 or 此处, a draft note 待,
 * TODO/TBD): most text, table labels with their （一） included, is passed over after one test.
 */
const MAY_HOLD = /[XＸ×○□_＿【此待T]/u;

function* placeholdersIn(text: string): Generator<{ at: number; text: string }> {
  if (!MAY_HOLD.test(text)) return;
  const folded = foldWidth(text);
  const quoted = quotedSpans(text);
  for (const re of PLACEHOLDERS) {
    for (const m of matchesIn(folded, re)) {
      if (quoted.some(([a, b]) => m.index >= a && m.index < b)) continue;
      yield { at: m.index, text: text.slice(m.index, m.index + m[0].length) };
    }
  }
}

export default defineRule({
  meta: {
    id: 'no-placeholder',
    type: 'problem',
    docs: {
      description: { zh: '不留模板或草稿中的占位文字（XX年、××、＿＿、【此处填写】、待补充等）', en: 'No leftover template or draft text (XX年, ××, ＿＿, 【此处填写】, 待补充 …)' },
      url: docsUrl('no-placeholder'),
    },
    defaultSeverity: 'error',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      placeholder: { zh: '疑似未替换的模板或草稿文字「{{text}}」', en: 'Leftover template or draft text "{{text}}"' },
    },
  },
  check(report, context) {
    const found: { text: string; range: Range }[] = [];
    for (const block of report.blocks) {
      if (block instanceof TextBlock) {
        for (const p of placeholdersIn(block.text)) found.push({ text: p.text, range: block.sourceRange(p.at, p.at + p.text.length) });
      } else {
        for (const row of block.rows) {
          for (const cell of row.cells) {
            for (const p of placeholdersIn(cell.text)) {
              // A cell's range covers its trimmed text; the offset inside it is the same.
              const lead = cell.text.length - cell.text.trimStart().length;
              const start = cell.range.start + p.at - lead;
              found.push({ text: p.text, range: { start, end: start + p.text.length } });
            }
          }
        }
      }
    }
    // Patterns overlap ("20XX年" is two of them): one report per place.
    const seen = new Set<string>();
    for (const f of found.sort((a, b) => a.range.start - b.range.start)) {
      const key = `${f.range.start}:${f.range.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      context.report({ messageId: 'placeholder', data: { text: f.text }, range: f.range });
    }
  },
});
