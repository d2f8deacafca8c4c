/**
 * fee-statement: section 六 says whether 信息处理费 was charged and, if so, how much.
 * The fee measures (国办函〔2020〕109号) were issued in November 2020, so the rule applies
 * to report years from 2021 on (option sinceYear).
 */
import { defineRule, docsUrl } from '../src/engine/rule.js';
import type { TextBlock } from '../src/model/blocks.js';
import { chineseNumeral } from '../src/text/labels.js';
import { type Report, expectedSectionRange, sectionOf, sectionProse, sentencesIn } from '../src/model/report.js';
import type { Section } from '../src/model/sections.js';
import type { Range } from '../src/types.js';

const FEE = /处理费|收费|收取[^。；;]{0,8}费用|费用/u;
// "未收取", "未产生…处理费", "没有收取", "不收取", "免收", "未发生收费", "0元"
const NONE = /(?:未|没有|无|不|免|零)[^。；;，,]{0,12}(?:收取|收费|产生|发生|收|费)|(?:^|[^\d.])0(?:\.0+)?\s*(?:元|万元)/u;
// From the first digit of a run only: from every digit, a 400-digit amount was read 400 times.
const AMOUNT = /(?<!\d)\d+(?:\.\d+)?\s*(?:元|万元)/u;

interface FeeSentence {
  range: Range;
  stated: boolean;
}

/** Sentences of the given prose that speak of fees, and whether each says whether/how much. */
function feeSentences(prose: { block: TextBlock; start: number }[]): FeeSentence[] {
  return sentencesIn(prose)
    .filter((s) => FEE.test(s.text))
    .map((s) => ({ range: s.range, stated: NONE.test(s.text) || AMOUNT.test(s.text) }));
}

function otherSectionStatement(report: Report, six: Section | undefined): { section: Section; at: FeeSentence } | undefined {
  for (const s of report.sections) {
    if (s === six) continue;
    const at = feeSentences(sectionProse(report, s)).find((f) => f.stated);
    if (at) return { section: s, at };
  }
  return undefined;
}

export default defineRule<{ sinceYear: number }>({
  meta: {
    id: 'fee-statement',
    type: 'problem',
    docs: {
      description: {
        zh: '第六部分说明是否收取信息处理费及收费金额（2021年度起）',
        en: 'Section 六 says whether information-processing fees were charged and how much (report years from 2021)',
      },
      url: docsUrl('fee-statement'),
    },
    defaultSeverity: 'error',
    checksFormat: true,
    schema: {
      type: 'object',
      properties: { sinceYear: { type: 'integer', minimum: 2000, maximum: 2100, default: 2021 } },
      additionalProperties: false,
    },
    defaultOptions: { sinceYear: 2021 },
    messages: {
      silent: {
        zh: '第六部分未说明是否收取信息处理费（如「本年度未收取信息处理费」或「共收取信息处理费X元」）',
        en: 'Section 六 does not say whether information-processing fees were charged (e.g. 本年度未收取信息处理费, or the amount charged)',
      },
      noSection: {
        zh: '缺少第六部分，无法说明是否收取信息处理费',
        en: 'Section 六 is missing, so nothing says whether information-processing fees were charged',
      },
      vague: {
        zh: '提到了信息处理费，但未说明是否收取及收费金额',
        en: 'Fees are mentioned, but not whether any were charged or how much',
      },
      elsewhere: {
        zh: '信息处理费情况写在第{{numeral}}部分，应在第六部分「其他需要报告的事项」中说明',
        en: 'The information-processing fee statement is in section {{numeral}}; it belongs in section 六',
      },
    },
  },
  check(report, context) {
    const since = context.options.sinceYear;
    if (report.year && report.year.value < since) return;
    const six = sectionOf(report, 6);
    const sentences = six ? feeSentences(sectionProse(report, six)) : [];
    if (sentences.some((s) => s.stated)) return;
    const other = otherSectionStatement(report, six);
    if (other) {
      context.report({ messageId: 'elsewhere', data: { numeral: chineseNumeral(other.section.number) }, range: other.at.range, minor: true });
      return;
    }
    if (sentences[0]) context.report({ messageId: 'vague', range: sentences[0].range });
    else if (six) context.report({ messageId: 'silent', range: six.headingRange });
    else context.report({ messageId: 'noSection', range: expectedSectionRange(report, 6) });
  },
});
