import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/config/config.js';
import { lintLoaded } from '../../src/engine/linter.js';
import { loadBytes } from '../../src/pipeline/load-report.js';
import type { Report } from '../../src/model/report.js';
import { allRules, brief } from '../helpers.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/pdf/${name}`, import.meta.url));
const options = { rules: allRules, settings: resolveSettings(allRules, []), locale: 'zh' as const };

/** Every row of a recognised table as its numbers, in template order. */
function values(report: Report, table: string): Record<string, (number | string)[]> {
  const out: Record<string, (number | string)[]> = {};
  for (const block of report.tables.get(table)?.blocks.values() ?? []) {
    for (const [id, row] of block.rows) out[id] = row.cells.map((c) => (c.value.status === 'number' ? c.value.value : c.value.status));
  }
  return out;
}

describe('a real city report as published (huaian-szf-2024.pdf: WPS, ruled tables, table 三 across a page break)', { timeout: 60_000 }, async () => {
  const loaded = await loadBytes(fixture('huaian-szf-2024.pdf'), 'huaian-szf-2024.pdf');
  const report = loaded.ok ? loaded.report : undefined;
  const result = { ...lintLoaded(loaded, options), source: report?.source.text };

  it('reads table 三 as printed on pages 4 and 5, its vertical and wrapped labels and the break included', () => {
    // Read off the page images: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
    expect(values(report!, 'requests')).toEqual({
      new: [3001, 53, 0, 0, 61, 4, 3119],
      'carried-over': [34, 0, 0, 0, 0, 0, 34],
      granted: [1288, 21, 0, 0, 50, 3, 1362],
      'partly-granted': [447, 7, 0, 0, 0, 0, 454],
      'withheld-state-secret': [2, 0, 0, 0, 0, 0, 2],
      'withheld-prohibited': [30, 1, 0, 0, 0, 0, 31],
      'withheld-three-securities': [5, 0, 0, 0, 0, 0, 5],
      'withheld-third-party': [6, 0, 0, 0, 0, 0, 6],
      'withheld-internal-affairs': [7, 1, 0, 0, 0, 0, 8],
      'withheld-process-info': [12, 0, 0, 0, 0, 0, 12],
      'withheld-enforcement-files': [9, 0, 0, 0, 0, 0, 9],
      'withheld-inquiry': [105, 0, 0, 0, 0, 0, 105],
      'unavailable-not-held': [746, 12, 0, 0, 10, 1, 769],
      'unavailable-needs-creation': [11, 0, 0, 0, 0, 0, 11],
      'unavailable-still-unclear': [1, 0, 0, 0, 0, 0, 1],
      'not-processed-petition': [56, 6, 0, 0, 0, 0, 62],
      'not-processed-repeated': [25, 0, 0, 0, 0, 0, 25],
      'not-processed-publications': [0, 0, 0, 0, 0, 0, 0],
      'not-processed-excessive': [0, 0, 0, 0, 0, 0, 0],
      'not-processed-confirmation': [1, 0, 0, 0, 0, 0, 1],
      'other-no-correction': [67, 3, 0, 0, 1, 0, 71],
      'other-fee-unpaid': [6, 0, 0, 0, 0, 0, 6],
      'other-other': [108, 2, 0, 0, 0, 0, 110],
      total: [2932, 53, 0, 0, 61, 4, 3050],
      'carry-forward': [103, 0, 0, 0, 0, 0, 103],
    });
  });

  it('reads table 四 as printed on page 5', () => {
    // 行政复议: 维持, 纠正, 其他, 尚未审结, 总计; then 未经复议直接起诉 and 复议后起诉, the same five each.
    expect(values(report!, 'appeals')).toEqual({ cases: [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20] });
  });

  it('reads table 二 across pages 3 and 4', () => {
    expect(values(report!, 'active')).toEqual({
      rules: [1, 0, 11],
      'normative-documents': [8, 26, 66],
      licensing: [447228],
      penalty: [3985758],
      coercion: [88283],
      'administrative-fees': [96171.6],
    });
    expect(report!.unknownRows).toEqual([]);
  });

  it('lints with no false finding; the one warning (section 五 names no remedy of last year\'s problems) is true, and names its page', () => {
    const line = result.source!.split('\n').indexOf('五、存在的主要问题及改进情况') + 1;
    expect(result.messages.map(brief)).toEqual([
      { ruleId: 'previous-year-follow-up', severity: 1, message: '第五部分只写了本年度的问题，未说明上年度问题的整改情况（第5页）', line, column: 1 },
    ]);
  });

  it('writes a rendition a person can check: paragraphs on one line, page numbers gone, table rows tab-separated', () => {
    const lines = result.source!.split('\n');
    expect(lines.slice(0, 2)).toEqual(['淮安市人民政府', '2024 年政府信息公开工作年度报告']);
    expect(lines).toContain('三、本年度办理结果\t（一）予以公开\t\t1288\t21\t0\t0\t50\t3\t1362');
    expect(lines).toContain('\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t447\t7\t0\t0\t0\t0\t454');
    expect(lines.filter((l) => /^-\s*\d+\s*-$/u.test(l))).toEqual([]);
    // A paragraph that runs over a page break is one line.
    expect(lines.find((l) => l.startsWith('（四）政府信息公开平台建设情况'))).toMatch(/合格率均为 ?100%。$/u);
  });
});
