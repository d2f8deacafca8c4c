import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../../src/pipeline/report-facts.js';
import { cli } from '../cli/run.js';
import { model } from '../helpers.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/markdown/${name}.md`, import.meta.url), 'utf8');

describe('what a report says of itself, for formatters that print it', { timeout: 120_000 }, () => {
  it('is its title, agency and year; with its tables as written when asked, each cell placed and told label from value', () => {
    const report = model(fixture('002'));
    expect(reportFacts(report, 'identity')).toEqual({ title: '上海市松江区医疗保障局2024年政府信息公开工作年度报告', agency: '上海市松江区医疗保障局', year: 2024 });
    const { tables } = reportFacts(report, 'tables');
    expect(tables!.map((t) => [t.id, t.name.zh, t.rows.length])).toEqual([
      ['active', '主动公开政府信息情况表', 14],
      ['requests', '收到和处理政府信息公开申请情况表', 28],
      ['appeals', '政府信息公开行政复议、行政诉讼情况表', 4],
    ]);
    // | 规章 | 0 | 0 | 0 | on line 40.
    expect(tables![0]!.rows[2]).toEqual([
      { text: '规章', label: true, position: { line: 40, column: 3, endLine: 40, endColumn: 5 } },
      { text: '0', label: false, position: { line: 40, column: 8, endLine: 40, endColumn: 9 } },
      { text: '0', label: false, position: { line: 40, column: 12, endLine: 40, endColumn: 13 } },
      { text: '0', label: false, position: { line: 40, column: 16, endLine: 40, endColumn: 17 } },
    ]);
  });

  it('is plain data, the same once copied between threads', () => {
    const facts = reportFacts(model(fixture('004')), 'tables');
    expect(structuredClone(facts)).toEqual(facts);
    expect(JSON.parse(JSON.stringify(facts))).toEqual(facts);
  });

  it('is left out of -f json, which stays ESLint\'s shape', async () => {
    const { stdout } = await cli(['-f', 'json', 'test/fixtures/markdown/002.md']);
    expect(Object.keys(JSON.parse(stdout)[0])).toEqual([
      'filePath', 'messages', 'suppressedMessages', 'errorCount', 'warningCount', 'fatalErrorCount', 'fixableErrorCount', 'fixableWarningCount', 'source', 'usedDeprecatedRules',
    ]);
  });
});
