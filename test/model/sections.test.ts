import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/adapters/text.js';
import { buildReport } from '../../src/model/report.js';

/** The sections the model finds in scraped text: number, title as written, line:column. */
function sections(text: string) {
  const r = buildReport(parseText(text));
  return r.sections.map((s) => {
    const { line, column } = r.source.pointAt(s.headingRange.start);
    return { number: s.number, title: s.title, match: s.match, at: `${line}:${column}` };
  });
}

describe('section headings glued to the text (crawled "文字版" pages, one line per report)', () => {
  // pt-2019.txt: the whole body is one line; headings follow 。, a number, a space.
  const PT_2019 =
    '联系电话：0591-23165250；电子邮箱：pzxxgkb@163.com。一、总体情况2019年，在省政府办公厅、省公开办等部门的关心和指导下，' +
    '开展互动活动42场次，多方面、多角度宣传工作亮点、成效。二、主动公开政府信息情况 第二十条第（一）项信息内容本年新制作数量' +
    '采购项目数量采购总金额政府集中采购13575394432.52元三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）' +
    '申请人情况自然人其他一、本年新收政府信息公开申请数量230 000023二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开7000007' +
    '（七）总计23 0 00 0 023四、结转下年度继续办理 0 0 00 00 0 四、政府信息公开行政复议、行政诉讼情况行政复议 行政诉讼 总计000000000000000 ' +
    '五、存在的主要问题及改进情况2019年，我区政府信息公开工作取得一定成效，一、加强培训。六、其他需要报告的事项 无其他需要报告的事项';

  it('finds a heading after 。, after a number, after a bracket or a space, and ends its title where the known title ends', () => {
    const at = (heading: string) => `1:${PT_2019.indexOf(heading) + 1}`;
    expect(sections(PT_2019)).toEqual([
      { number: 1, title: '总体情况', match: 'official', at: at('一、总体情况') },
      { number: 2, title: '主动公开政府信息情况', match: 'official', at: at('二、主动公开政府信息情况 ') },
      { number: 3, title: '收到和处理政府信息公开申请情况', match: 'official', at: at('三、收到和处理') },
      { number: 4, title: '政府信息公开行政复议、行政诉讼情况', match: 'official', at: at('四、政府信息公开') },
      { number: 5, title: '存在的主要问题及改进情况', match: 'official', at: at('五、存在') },
      { number: 6, title: '其他需要报告的事项', match: 'official', at: at('六、其他') },
    ]);
    // The heading starts at its numeral, right after the full stop, the digits or the space before it.
    expect(at('一、总体情况')).toBe('1:41');
  });

  it("never takes table 三's row labels (三、本年度办理结果, 四、结转下年度继续办理) or prose enumerations (一、加强培训) for sections", () => {
    const titles = sections(PT_2019).map((s) => s.title);
    expect(titles).not.toContain('本年度办理结果');
    expect(titles).not.toContain('结转下年度继续办理');
    expect(titles.filter((t) => t === '总体情况')).toHaveLength(1);
  });

  it('tolerates a typo in a glued title, as on its own line (pt-2022.txt: 「行政法复议」)', () => {
    const text =
      '（七）总计 723000075四、结转下年度继续办理 0000000 四、政府信息公开行政法复议、行政诉讼情况行政复议 行政诉讼 结果维持结果纠正其他结果尚未审结总计';
    expect(sections(text)).toEqual([{ number: 4, title: '政府信息公开行政法复议、行政诉讼情况', match: 'nonstandard', at: '1:36' }]);
  });

  it('reads a heading at the start of a line that runs on without a space', () => {
    expect(sections('一、总体情况2021年，我区以习近平新时代中国特色社会主义思想为指导。')).toEqual([
      { number: 1, title: '总体情况', match: 'official', at: '1:1' },
    ]);
  });

  it('does not take an unnumbered title at the start of prose for a heading', () => {
    expect(sections('总体情况良好，各项工作有序推进。')).toEqual([]);
  });
});
