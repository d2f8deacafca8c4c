/**
 * required-sections: the six sections of the national format, present once each and in order.
 *
 * A known variant title is accepted as it is. Other wording is a warning naming the official
 * title, fixed by --fix where the wording is recognisably that title (a misspelling, a word
 * changed) and otherwise offered as a suggestion; a missing, repeated, misnumbered or
 * misplaced section is an error where the section should stand. A section with nothing in it at all is a warning (write 无 if there is nothing
 * to report). Sections 二–四 hold the statistical tables; their emptiness is reported by
 * table-completeness as the missing table, not twice. Section 五 must say something: every
 * body has problems to report and how it improved, so a 五 that says only 无 or 暂无问题 (or
 * fewer than `minProblemsLength` characters) is a warning; 无 stays fine in 六.
 */
import { replaceVerbatim } from '../src/engine/fix.js';
import { type ReportDescriptor, defineRule, docsUrl } from '../src/engine/rule.js';
import { officialHeading } from '../src/model/describe.js';
import { chineseNumeral, normalizeLabel, similarity, stripSpace } from '../src/text/labels.js';
import { type Report, expectedSectionRange, sectionProse } from '../src/model/report.js';
import type { Section } from '../src/model/sections.js';

/** A written title this close to the official one is that title reworded or misspelt. */
const FIXABLE_SIMILARITY = 0.6;

/** The official title in place of the written one: a fix when the wording is close, else a suggestion. */
function officialTitle(report: Report, s: Section, title: string): Pick<ReportDescriptor, 'fix' | 'suggestions'> {
  const range = { start: s.headingRange.end - s.title.length, end: s.headingRange.end };
  const fix = replaceVerbatim(report.source.text, range, s.title, title);
  if (!fix) return {};
  if (similarity(normalizeLabel(s.title), normalizeLabel(title)) >= FIXABLE_SIMILARITY) return { fix };
  return { suggestions: [{ messageId: 'useOfficialTitle', data: { title }, fix }] };
}

/** Indexes of the longest run of sections in ascending order; the rest are out of place. */
function inOrder(sections: Section[]): Set<number> {
  const n = sections.length;
  const length = new Array<number>(n).fill(1);
  const prev = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (sections[j]!.number < sections[i]!.number && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        prev[i] = j;
      }
    }
  }
  let end = length.indexOf(Math.max(0, ...length));
  const keep = new Set<number>();
  while (end >= 0) {
    keep.add(end);
    end = prev[end]!;
  }
  return keep;
}

/** Characters that are not words: what is left is what the section says. */
const NOT_WORDS = /[\p{P}\p{S}\d]/gu;

export default defineRule<{ minProblemsLength: number }>({
  meta: {
    id: 'required-sections',
    type: 'problem',
    docs: {
      description: {
        zh: '报告包含六个部分，各出现一次且顺序正确，标题符合格式',
        en: 'The report has the six sections of the format, once each, in order, with the official titles',
      },
      url: docsUrl('required-sections'),
    },
    defaultSeverity: 'error',
    checksFormat: true,
    fixable: true,
    hasSuggestions: true,
    schema: {
      type: 'object',
      properties: { minProblemsLength: { type: 'integer', minimum: 0, default: 10, description: 'fewest characters section 五 must say' } },
      additionalProperties: false,
    },
    defaultOptions: { minProblemsLength: 10 },
    messages: {
      missing: {
        zh: '缺少第{{numeral}}部分「{{official}}」，应位于此处之前',
        en: 'Section {{numeral}} "{{official}}" is missing; it belongs before this point',
      },
      missingAtEnd: {
        zh: '缺少第{{numeral}}部分「{{official}}」，应位于报告末尾',
        en: 'Section {{numeral}} "{{official}}" is missing; it belongs at the end of the report',
      },
      duplicate: {
        zh: '第{{numeral}}部分重复出现：已在第{{firstLine}}行出现过',
        en: 'Section {{numeral}} appears again; it already appears on line {{firstLine}}',
      },
      misplaced: {
        zh: '第{{numeral}}部分「{{written}}」位置不对：各部分应按一至六的顺序排列',
        en: 'Section {{numeral}} "{{written}}" is out of place: sections must run from 一 to 六 in order',
      },
      misnumbered: {
        zh: '「{{written}}」编号有误：按标题应为「{{official}}」',
        en: '"{{written}}" is misnumbered: by its title it is "{{official}}"',
      },
      nonstandardTitle: {
        zh: '第{{numeral}}部分标题「{{written}}」不规范，标准标题为「{{official}}」',
        en: 'Section {{numeral}} title "{{written}}" is not the official wording "{{official}}"',
      },
      thinProblems: {
        zh: '第五部分「{{official}}」只写了「{{said}}」：应说明本年度存在的主要问题及改进情况',
        en: 'Section 五 "{{official}}" says only "{{said}}"; it should state the main problems of the year and how they were addressed',
      },
      useOfficialTitle: {
        zh: '改用标准标题「{{title}}」',
        en: 'Use the official title "{{title}}"',
      },
      empty: {
        zh: '第{{numeral}}部分「{{official}}」没有内容；没有需要报告的事项时请写「无」',
        en: 'Section {{numeral}} "{{official}}" is empty; write 无 (none) if there is nothing to report',
      },
    },
  },
  check(report, context) {
    const { template, sections } = report;
    const seen = new Map<number, Section>();
    const unique: Section[] = [];
    for (const s of sections) {
      const first = seen.get(s.number);
      if (first) {
        const firstLine = report.source.pointAt(first.range.start).line;
        context.report({ messageId: 'duplicate', data: { numeral: chineseNumeral(s.number), firstLine }, range: s.headingRange });
        continue;
      }
      seen.set(s.number, s);
      unique.push(s);
    }
    const ordered = inOrder(unique);
    unique.forEach((s, i) => {
      const spec = template.sections.find((t) => t.number === s.number)!;
      const official = officialHeading(spec);
      const data = { numeral: chineseNumeral(s.number), written: s.text, official };
      const headingRange = s.headingRange;
      if (!ordered.has(i)) context.report({ messageId: 'misplaced', data, range: headingRange });
      if (s.writtenNumber !== undefined && s.writtenNumber !== s.number) {
        context.report({ messageId: 'misnumbered', data, range: headingRange });
      } else if (s.match === 'nonstandard') {
        context.report({ messageId: 'nonstandardTitle', data, range: headingRange, minor: true, ...officialTitle(report, s, spec.title) });
      }
      if (s.empty && !spec.table) context.report({ messageId: 'empty', data, range: headingRange, minor: true });
      else if (s.number === 5 && !s.content.some((b) => b.type === 'table')) {
        const said = sectionProse(report, s).map(({ block, start }) => block.text.slice(start)).join('').trim();
        if (stripSpace(said).replace(NOT_WORDS, '').length < context.options.minProblemsLength) {
          context.report({ messageId: 'thinProblems', data: { ...data, said }, range: headingRange, minor: true });
        }
      }
    });
    for (const spec of template.sections) {
      if (seen.has(spec.number)) continue;
      const range = expectedSectionRange(report, spec.number);
      const atEnd = !report.sections.some((s) => s.number > spec.number);
      context.report({
        messageId: atEnd ? 'missingAtEnd' : 'missing',
        data: { numeral: chineseNumeral(spec.number), official: officialHeading(spec) },
        range,
      });
    }
  },
});
