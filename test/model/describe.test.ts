import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/engine/format-message.js';
import { lint } from '../helpers.js';
import { TABLE_3_ROWS, report } from '../report-fragments.js';

// Messages read as sentences of their language, name the table of the cell they are about,
// and quote in one style per language: 「」 in Chinese, "" in English.
const table3With = (label: string, row: string) => report({ bodies: [undefined, undefined, TABLE_3_ROWS.map((r) => (r.includes(label) ? row : r)).join('\n')] });
const approximate = report().replace('| 行政处罚 | 23 | | |', '| 行政处罚 | 约23 | | |');

describe('messages about a cell', { timeout: 30_000 }, () => {
  it('are English sentences in English, with the format\'s labels quoted', () => {
    const wrongTotal = table3With('（七）总计', '| | （七）总计 | | 12 | 0 | 0 | 0 | 0 | 0 | 12 |');
    expect(lint(wrongTotal, { only: ['table-totals'], locale: 'en' })[0]!.message).toBe(
      'In the table of requests received and handled (section 三), the cell in row "（七）总计", column "自然人" should be 11, not 12: item 一 + item 二 = item 三(七)总计 + item 四 (11 ≠ 12); (七) total = sum of results (一)–(六) (11 ≠ 12)',
    );
    expect(lint(approximate, { only: ['non-negative-counts'], locale: 'en' })[0]!.message).toBe(
      'In the table of proactive disclosure (section 二), the cell in row "行政处罚", column "本年处理决定数量" must be an exact number, not the estimate "约23"',
    );
  });

  it('keep Chinese grammar in Chinese, naming the table first', () => {
    expect(lint(approximate, { only: ['non-negative-counts'] })[0]!.message).toBe('主动公开政府信息情况表「行政处罚」行「本年处理决定数量」列应填确切数字，不能填约数「约23」');
  });
});

describe('dates in messages', () => {
  it('are written 2025年2月10日 by a Chinese template and left as they are otherwise', () => {
    expect(fillTemplate('于{{published|zh-date}}公布', { published: '2025-02-10' })).toBe('于2025年2月10日公布');
    expect(fillTemplate('published on {{published}}', { published: '2025-02-10' })).toBe('published on 2025-02-10');
    expect(fillTemplate('{{x|zh-date}}', { x: 'not a date' })).toBe('not a date');
  });
});
