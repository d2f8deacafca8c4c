import { describe, expect, it } from 'vitest';
import { lint } from '../helpers.js';
import { HEADINGS, TABLE_2, TABLE_3, TABLE_4, lineOf, report } from '../report-fragments.js';

const only = ['required-sections'];
const withHeadings = (...h: (string | null)[]) => report({ headings: h });

describe('required-sections', () => {
  it('accepts the six official sections', () => {
    expect(lint(report(), { only })).toEqual([]);
  });

  it('accepts known variant titles without a word', () => {
    const md = withHeadings(HEADINGS[0]!, HEADINGS[1]!, HEADINGS[2]!, '四、因政府信息公开被申请行政复议和行政诉讼情况', '五、政府信息公开工作存在的主要问题及改进情况', HEADINGS[5]!);
    expect(lint(md, { only })).toEqual([]);
  });

  it('warns on other wording, naming the official title', () => {
    const md = withHeadings(HEADINGS[0]!, HEADINGS[1]!, HEADINGS[2]!, HEADINGS[3]!, '五、存在的主要问题及整改措施', HEADINGS[5]!);
    expect(lint(md, { only })).toEqual([
      {
        ruleId: 'required-sections',
        severity: 1,
        message: '第五部分标题「五、存在的主要问题及整改措施」不规范，标准标题为「五、存在的主要问题及改进情况」',
        line: lineOf(md, '## 五'),
        column: 4,
      },
    ]);
  });

  it('reports a missing section where it should stand', () => {
    const md = withHeadings(HEADINGS[0]!, HEADINGS[1]!, null, HEADINGS[3]!, HEADINGS[4]!, HEADINGS[5]!);
    expect(lint(md, { only })).toEqual([
      {
        ruleId: 'required-sections',
        severity: 2,
        message: '缺少第三部分「三、收到和处理政府信息公开申请情况」，应位于此处之前',
        line: lineOf(md, '## 四'),
        column: 4,
      },
    ]);
  });

  it('reports a missing last section at the end of the report', () => {
    const md = withHeadings(...HEADINGS.slice(0, 5));
    const lines = md.trimEnd().split('\n');
    expect(lint(md, { only })).toEqual([
      {
        ruleId: 'required-sections',
        severity: 2,
        message: '缺少第六部分「六、其他需要报告的事项」，应位于报告末尾',
        line: lines.length,
        column: lines[lines.length - 1]!.length + 1,
      },
    ]);
  });

  it('reports a repeated section', () => {
    const md = withHeadings(...HEADINGS, HEADINGS[5]!);
    expect(lint(md, { only })).toEqual([
      {
        ruleId: 'required-sections',
        severity: 2,
        message: `第六部分重复出现：已在第${lineOf(md, '## 六')}行出现过`,
        line: md.split('\n').lastIndexOf('## 六、其他需要报告的事项') + 1,
        column: 4,
      },
    ]);
  });

  it('reports sections out of order', () => {
    const md = withHeadings(HEADINGS[0]!, HEADINGS[1]!, HEADINGS[2]!, HEADINGS[4]!, HEADINGS[3]!, HEADINGS[5]!);
    expect(lint(md, { only })).toEqual([
      {
        ruleId: 'required-sections',
        severity: 2,
        message: '第四部分「四、政府信息公开行政复议、行政诉讼情况」位置不对：各部分应按一至六的顺序排列',
        line: lineOf(md, '## 四'),
        column: 4,
      },
    ]);
  });

  it('reports a section numbered as another one, and the number it took away', () => {
    const md = withHeadings(HEADINGS[0]!, HEADINGS[1]!, null, '三、政府信息公开行政复议、行政诉讼情况', HEADINGS[4]!, HEADINGS[5]!);
    const line = lineOf(md, '## 三、政府信息公开行政复议');
    expect(lint(md, { only })).toEqual([
      {
        ruleId: 'required-sections',
        severity: 2,
        message: '「三、政府信息公开行政复议、行政诉讼情况」编号有误：按标题应为「四、政府信息公开行政复议、行政诉讼情况」',
        line,
        column: 4,
      },
      { ruleId: 'required-sections', severity: 2, message: '缺少第三部分「三、收到和处理政府信息公开申请情况」，应位于此处之前', line, column: 4 },
    ]);
  });

  it('warns on a prose section with nothing in it, but leaves table sections to table-completeness', () => {
    const md = report({ bodies: [undefined, '', undefined, undefined, '', undefined] });
    expect(lint(md, { only })).toEqual([
      {
        ruleId: 'required-sections',
        severity: 1,
        message: '第五部分「五、存在的主要问题及改进情况」没有内容；没有需要报告的事项时请写「无」',
        line: lineOf(md, '## 五'),
        column: 4,
      },
    ]);
  });

  it('finds headings written as plain paragraphs, and text running on after them', () => {
    const md = report().replace(/^## /gm, '').replace('五、存在的主要问题及改进情况\n\n主要问题', '五、存在的主要问题及改进情况 主要问题');
    expect(lint(md, { only })).toEqual([]);
  });

  it('does not take a table\'s caption for its section (a converter\'s "## 表二：…" over each table)', () => {
    // As a PDF-to-Markdown conversion of 上海市人民政府办公厅2025年政府信息公开工作年度报告 writes them.
    const md = report({ bodies: [undefined, `## 表二：主动公开政府信息情况\n\n${TABLE_2}`, `## 表三：收到和处理政府信息公开申请情况\n\n${TABLE_3}`, `## 表 4 政府信息公开行政复议、行政诉讼情况\n\n${TABLE_4}`] });
    expect(lint(md, { only })).toEqual([]);
  });

  it('does not take numbered points inside a section for sections', () => {
    const md = report({ bodies: [undefined, undefined, undefined, undefined, '一、加强培训。\n\n二、丰富形式。'] });
    expect(lint(md, { only })).toEqual([]);
  });

  it('says it in English with --locale en', () => {
    const md = withHeadings(HEADINGS[0]!, HEADINGS[1]!, null, HEADINGS[3]!, HEADINGS[4]!, HEADINGS[5]!);
    expect(lint(md, { only, locale: 'en' }).map((m) => m.message)).toEqual([
      'Section 三 "三、收到和处理政府信息公开申请情况" is missing; it belongs before this point',
    ]);
  });
  describe('section 五 must say what the problems were', () => {
    it.each(['无', '暂无问题。', '无。'])('warns when it says only %j', (body) => {
      const md = report({ bodies: [undefined, undefined, undefined, undefined, body] });
      expect(lint(md, { only })).toEqual([
        {
          ruleId: 'required-sections',
          severity: 1,
          message: `第五部分「五、存在的主要问题及改进情况」只写了「${body}」：应说明本年度存在的主要问题及改进情况`,
          line: lineOf(md, '## 五'),
          column: 4,
        },
      ]);
    });

    it('accepts a real section 五 (pt-2019.txt), and 无 in section 六', () => {
      const body = '2019年，我区政府信息公开工作取得一定成效，但也存在一些不足：虽然制定了政府信息公开工作相关制度，但仍然有待完善。';
      expect(lint(report({ bodies: [undefined, undefined, undefined, undefined, body, '无'] }), { only })).toEqual([]);
    });

    it('takes the minimum from the option minProblemsLength', () => {
      const md = report({ bodies: [undefined, undefined, undefined, undefined, '人员不足，已增配。'] });
      expect(lint(md, { only })).toHaveLength(1);
      expect(lint(md, { only, options: { 'required-sections': { minProblemsLength: 5 } } })).toEqual([]);
    });
  });
});
