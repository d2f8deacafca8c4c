import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/types.js';
import { cli, workspace } from '../cli/run.js';
import { lint } from '../helpers.js';
import { TABLE_2, TABLE_3_ROWS, lineOf, report } from '../report-fragments.js';

const only = ['cross-year-consistency'];
const TITLE_2023 = '# 大连市医疗保障局2023年政府信息公开工作年度报告';
const SECTION_1_2023 = '2023年，大连市医疗保障局认真贯彻落实国家、省、市相关要求，结合实际工作，通过多种形式做好政府信息公开工作，政府信息公开服务质量和实效进一步提高，主动公开信息301件。';
const SECTION_1_2024 = '2024年，本局围绕医保重点工作，拓宽新媒体渠道，政策解读以图解和直播为主，依申请公开办理流程进一步规范，全年主动公开信息319件，网站完成IPv6改造。';

/** Last year's report: 2 requests carried forward, 59 normative documents in force. */
const lastYear = (carry = '| 四、结转下年度继续办理 | | | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', inForce = '34') =>
  report({
    title: TITLE_2023,
    intro: '报告数据统计期限为2023年1月1日至2023年12月31日。',
    bodies: [
      SECTION_1_2023,
      TABLE_2.replace('| 行政规范性文件 | 3 | 25 | 37 |', `| 行政规范性文件 | 4 | 1 | ${inForce} |`).replace('| 规章 | 0 | 0 | 0 |', '| 规章 | 0 | 0 | 0 |'),
      TABLE_3_ROWS.map((r) => (r.startsWith('| 四、结转下年度') ? carry : r)).join('\n'),
    ],
  });
// This year: 3 issued, 25 repealed, 37 in force → last year must have had 59.
const thisYear = (bodies: (string | undefined)[] = [SECTION_1_2024]) => report({ bodies });

describe('cross-year-consistency', () => {
  it('says nothing without last year’s report', () => {
    expect(lint(thisYear(), { only })).toEqual([]);
  });

  it('accepts a report that continues last year’s', () => {
    expect(lint(thisYear(), { only, previous: lastYear(undefined, '59') })).toEqual([]);
  });

  it('reports 上年结转 that differs from last year’s 结转下年度继续办理, per column', () => {
    const md = thisYear();
    const previous = lastYear('| 四、结转下年度继续办理 | | | 2 | 0 | 0 | 0 | 0 | 0 | 2 |', '59');
    const line = lineOf(md, '二、上年结转');
    expect(lint(md, { only, previous })).toEqual([
      {
        ruleId: 'cross-year-consistency',
        severity: 2,
        message: '收到和处理政府信息公开申请情况表「二、上年结转政府信息公开申请数量」行「自然人」列为0，但2023年度报告中「四、结转下年度继续办理」为2',
        line,
        column: 26,
      },
      {
        ruleId: 'cross-year-consistency',
        severity: 2,
        message: '收到和处理政府信息公开申请情况表「二、上年结转政府信息公开申请数量」行「总计」列为0，但2023年度报告中「四、结转下年度继续办理」为2',
        line,
        column: 50,
      },
    ]);
  });

  it('reports 现行有效件数 that does not continue from last year', () => {
    const md = thisYear();
    expect(lint(md, { only, previous: lastYear() })).toEqual([
      {
        ruleId: 'cross-year-consistency',
        severity: 2,
        message: '主动公开政府信息情况表「行政规范性文件」行「现行有效件数」列应为12（2023年度的34 + 本年制发3 − 本年废止25），实为37',
        line: lineOf(md, '| 行政规范性文件 |'),
        column: 22,
      },
    ]);
  });

  it('warns when section 一 is nearly last year’s text (a copied report)', () => {
    const copied = thisYear([SECTION_1_2023.replace('2023年', '2024年')]);
    expect(lint(copied, { only, previous: lastYear(undefined, '59') })).toEqual([
      {
        ruleId: 'cross-year-consistency',
        severity: 1,
        message: '第一部分与2023年度报告几乎相同（相似度97%），疑似照搬上年报告',
        line: lineOf(copied, '## 一'),
        column: 4,
      },
    ]);
    expect(lint(copied, { only, previous: lastYear(undefined, '59'), options: { 'cross-year-consistency': { similarity: 0.99 } } })).toEqual([]);
  });
});

describe('cross-year-consistency from the command line', () => {
  it('finds last year’s report beside the file by agency and year, and --previous names it when it is that agency’s', async () => {
    const dir = workspace({
      'a-2024.md': thisYear(),
      'b-2023.md': lastYear('| 四、结转下年度继续办理 | | | 2 | 0 | 0 | 0 | 0 | 0 | 2 |', '59'),
      'c-other-agency-2023.md': lastYear().replace('大连市医疗保障局2023年', '大连市卫生健康委员会2023年'),
    });
    const messages = async (args: string[]) =>
      (JSON.parse((await cli(['-f', 'json', '--rule', 'previous-year-follow-up: off', ...args])).stdout) as LintResult[])[0]!.messages.map((m) => m.ruleId);
    expect(await messages([join(dir, 'a-2024.md')])).toEqual(['cross-year-consistency', 'cross-year-consistency']);
    // Another agency's report named with --previous is not compared: a warning says why.
    expect(await messages(['--previous', join(dir, 'c-other-agency-2023.md'), join(dir, 'a-2024.md')])).toEqual([null]);
    expect(await messages(['--previous', join(dir, 'b-2023.md'), join(dir, 'a-2024.md')])).toEqual(['cross-year-consistency', 'cross-year-consistency']);
    expect(await cli(['--previous', join(dir, 'none.md'), join(dir, 'a-2024.md')])).toMatchObject({ code: 2, stderr: expect.stringContaining('--previous') });
  });
});
