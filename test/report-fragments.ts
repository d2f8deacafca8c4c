/** Report fragments for specs: a clean 2024 report, from seed 000, that a spec changes as far as its case needs. */

export const TITLE = '# 大连市医疗保障局2024年政府信息公开工作年度报告';
export const PERIOD = '报告数据统计期限为2024年1月1日至2024年12月31日。';

export const HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

export const TABLE_2 = `| 第二十条第（一）项 | | | |
|---|---|---|---|
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 0 | 0 | 0 |
| 行政规范性文件 | 3 | 25 | 37 |
| 第二十条第（五）项 | | | |
| 信息内容 | 本年处理决定数量 | | |
| 行政许可 | 0 | | |
| 第二十条第（六）项 | | | |
| 信息内容 | 本年处理决定数量 | | |
| 行政处罚 | 23 | | |
| 行政强制 | 0 | | |
| 第二十条第（八）项 | | | |
| 信息内容 | 本年收费金额（单位：万元） | | |
| 行政事业性收费 | 0 | | |`;

/** Table 三 of seed 000 (11 new requests: 4 granted, 5 partly, 2 not held), one row per line. */
export const TABLE_3_ROWS = [
  '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | | | 申请人情况 | | | | | | |',
  '|---|---|---|---|---|---|---|---|---|---|',
  '| | | | 自然人 | 法人或其他组织 | | | | | 总计 |',
  '| | | | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |',
  '| 一、本年新收政府信息公开申请数量 | | | 11 | 0 | 0 | 0 | 0 | 0 | 11 |',
  '| 二、上年结转政府信息公开申请数量 | | | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '| 三、本年度办理结果 | （一）予以公开 | | 4 | 0 | 0 | 0 | 0 | 0 | 4 |',
  '| | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | | 5 | 0 | 0 | 0 | 0 | 0 | 5 |',
  '| | （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '| | | 2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '| | | 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '| | | 4.保护第三方合法权益 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '| | | 5.属于三类内部事务信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '| | | 6.属于四类过程性信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '| | | 7.属于行政执法案卷 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '| | | 8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '| | （四）无法提供 | 1.本机关不掌握相关政府信息 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |',
  '| | | 2.没有现成信息需要另行制作 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '| | | 3.补正后申请内容仍不明确 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '| | （五）不予处理 | 1.信访举报投诉类申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '| | | 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '| | | 3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '| | | 4.无正当理由大量反复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '| | | 5.要求行政机关确认或重新出具已获取信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '| | （六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '| | | 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '| | | 3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
  '| | （七）总计 | | 11 | 0 | 0 | 0 | 0 | 0 | 11 |',
  '| 四、结转下年度继续办理 | | | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
];
export const TABLE_3 = TABLE_3_ROWS.join('\n');

export const TABLE_4_HEAD = `| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |
| | | | | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |`;
export const TABLE_4 = `${TABLE_4_HEAD}\n| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |`;

export const SIX = '本年度未收取信息处理费。';

export interface ReportParts {
  title?: string;
  intro?: string;
  headings?: (string | null)[];
  bodies?: (string | undefined)[];
}

/** A whole report; `headings[i] = null` leaves section i out, `bodies[i]` replaces its content. */
export function report(parts: ReportParts = {}): string {
  const headings = parts.headings ?? HEADINGS;
  const defaults = ['2024年，本局认真贯彻落实《条例》。', TABLE_2, TABLE_3, TABLE_4, '上年度报告指出的政策解读不够通俗的问题已整改落实。主要问题是公开形式单一。', SIX];
  const out = [parts.title ?? TITLE, parts.intro ?? PERIOD];
  headings.forEach((h, i) => {
    if (h === null) return;
    out.push(`## ${h}`);
    const body = parts.bodies?.[i] ?? defaults[i];
    if (body) out.push(body);
  });
  return `${out.join('\n\n')}\n`;
}

/** 1-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`not found: ${needle}`);
  return i + 1;
}
