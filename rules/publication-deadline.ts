/**
 * publication-deadline: a report is published by the legal deadline (条例 第四十九条):
 * a department's report by 31 January of the following year, a government's own report
 * (本级人民政府, 管委会) by 31 March. Reports for 2018 and before were due under the 2007 条例
 * (第三十一条), whoever filed them, by 31 March. The publication date is the one its page
 * showed (发布时间/发布日期/日期, <meta name=PubDate>) or a date alone at the end of the text.
 */
import { defineRule, docsUrl } from '../src/engine/rule.js';
import { fillTemplate, localize } from '../src/engine/format-message.js';
import type { Localized } from '../src/types.js';

type Filer = 'department' | 'government';

/**
 * Who filed the report, from the agency the title names: a government (人民政府, 管委会, or a
 * region named alone — "平潭综合实验区2021年度…报告" is the region's own report) or one of its
 * departments (局, 委, 办, 中心, 管理局 …). Townships and unnamed agencies stay undecided.
 */
function filerOf(agency: string | undefined): Filer | undefined {
  if (!agency || /(?:乡|镇|街道|街道办事处)(?:人民政府)?$/u.test(agency)) return undefined;
  if (/(?:人民政府|管委会|管理委员会)$/u.test(agency)) return 'government';
  if (/(?:局|委|委员会|办|办公室|中心|厅|署|院|所|站|队|会|处)$/u.test(agency)) return 'department';
  if (/(?:省|市|区|县|州|盟|旗)$/u.test(agency)) return 'government';
  return undefined;
}

const DEADLINE: Record<Filer, string> = { department: '01-31', government: '03-31' };
/** The last report year due under the 2007 条例 (the revised one is in force from 15 May 2019). */
const LAST_YEAR_OF_2007_RULES = 2018;

/** Why a deadline applies, said in the message. */
const BASIS = {
  government: {
    zh: '「{{agency}}」的报告是本级政府的年度报告，应在每年3月31日前公布，《条例》第四十九条',
    en: 'the report of {{agency}} is a government\'s own report, due by 31 March, 条例 第四十九条',
  },
  department: {
    zh: '「{{agency}}」是政府部门，部门年度报告应在每年1月31日前公布，《条例》第四十九条',
    en: '{{agency}} is a department, whose report is due by 31 January, 条例 第四十九条',
  },
  undecided: {
    zh: '未能从报告判断是部门还是本级政府的报告，按两者中最晚的3月31日检查，《条例》第四十九条',
    en: 'whether a department or a government filed it could not be told, so the later deadline, 31 March, applies; 条例 第四十九条',
  },
  configuredFiler: {
    zh: '按配置的报告主体（{{filer}}），《条例》第四十九条',
    en: 'the configured filer ({{filer}}), 条例 第四十九条',
  },
  configuredDeadline: { zh: '按配置的期限', en: 'the configured deadline' },
  rules2007: {
    zh: '{{year}}年度报告适用2007年《条例》第三十一条，应在次年3月31日前公布',
    en: 'a report for {{year}} falls under the 2007 条例, 第三十一条: due by 31 March of the next year',
  },
} satisfies Record<string, Localized>;

export default defineRule<{ filer: 'auto' | Filer; deadline?: string }>({
  meta: {
    id: 'publication-deadline',
    type: 'problem',
    docs: {
      description: {
        zh: '报告在法定期限内公布：部门1月31日前，本级人民政府3月31日前（《条例》第四十九条）',
        en: 'The report is published by the legal deadline: 31 January for a department, 31 March for a government (条例 第四十九条)',
      },
      url: docsUrl('publication-deadline'),
    },
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      properties: {
        filer: { enum: ['auto', 'department', 'government'], default: 'auto' },
        deadline: { type: 'string', pattern: '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$', description: 'MM-DD in the year after the report year' },
      },
      additionalProperties: false,
    },
    defaultOptions: { filer: 'auto' },
    messages: {
      late: {
        zh: '{{year}}年度报告于{{published|zh-date}}公布，晚于{{deadline|zh-date}}的期限（{{basis}}）',
        en: 'The {{year}} report was published on {{published}}, after the deadline of {{deadline}} ({{basis}})',
      },
      early: {
        zh: '公布日期{{published|zh-date}}早于报告年度结束（{{year}}年12月31日），请核对年份',
        en: 'The publication date {{published}} is before the end of the report year ({{year}}-12-31); check the years',
      },
    },
  },
  check(report, context) {
    const { published, year } = report;
    if (!published || !year) return;
    const { options, locale } = context;
    const why = (id: keyof typeof BASIS, data?: Record<string, string>) => fillTemplate(localize(BASIS[id], locale), data);
    const configured = options.filer === 'auto' ? undefined : options.filer;
    const filer = configured ?? filerOf(report.agency);
    const oldRules = !options.deadline && year.value <= LAST_YEAR_OF_2007_RULES;
    // Undecided: 31 March, the later of the two, so that a finding holds whoever filed it.
    const monthDay = options.deadline ?? (oldRules ? '03-31' : DEADLINE[filer ?? 'government']);
    const deadline = `${year.value + 1}-${monthDay}`;
    const configuredFiler = () => why('configuredFiler', { filer: configured === 'government' ? (locale === 'zh' ? '本级政府' : 'government') : locale === 'zh' ? '部门' : 'department' });
    const basis = options.deadline
      ? why('configuredDeadline')
      : oldRules
        ? why('rules2007', { year: String(year.value) })
        : configured
          ? configuredFiler()
          : why(filer ?? 'undecided', { agency: report.agency ?? '' });
    const data = { year: year.value, published: published.date, deadline, basis };
    if (published.date > deadline) context.report({ messageId: 'late', data, range: published.range });
    else if (published.date <= `${year.value}-12-31`) context.report({ messageId: 'early', data, range: published.range });
  },
});
