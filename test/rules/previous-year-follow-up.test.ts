import { describe, expect, it } from 'vitest';
import { lint } from '../helpers.js';
import { lineOf, report } from '../report-fragments.js';

const only = ['previous-year-follow-up'];
const withFive = (five: string) => report({ bodies: [undefined, undefined, undefined, undefined, five] });

describe('previous-year-follow-up', () => {
  it.each([
    '针对上年度报告中指出的政策解读形式单一的问题，本年度开设了政务直播专栏。',
    '上一年度存在的问题已全部整改到位。',
    '去年提出的改进措施均已落实。',
    '2023年报告所列问题已整改。',
  ])('accepts %j', (five) => {
    expect(lint(withFive(five), { only })).toEqual([]);
  });

  it('warns when section 五 speaks only of this year (seed 000)', () => {
    const md = withFive('2024年，在市政府办公厅的指导下，政务公开工作稳步推进，但仍然存在一些问题和不足。针对上述问题，2025年将进一步做好以下工作。');
    expect(lint(md, { only })).toEqual([
      { ruleId: 'previous-year-follow-up', severity: 1, message: '第五部分只写了本年度的问题，未说明上年度问题的整改情况', line: lineOf(md, '## 五'), column: 4 },
    ]);
  });

  it('does not count 上年结转 (carried-over requests) as last year', () => {
    expect(lint(withFive('上年结转的申请已全部办结，问题在于形式单一。'), { only })).toHaveLength(1);
  });

  it('leaves an empty or missing section 五 to required-sections', () => {
    expect(lint(withFive(''), { only })).toEqual([]);
  });
});
