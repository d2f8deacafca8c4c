import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/config/config.js';
import { applyFixes } from '../../src/engine/fix.js';
import { lintAndFixText } from '../../src/pipeline/fix-file.js';
import { lintBytes } from '../../src/pipeline/lint-file.js';
import type { LintMessage } from '../../src/types.js';
import { htmlToDocx } from '../docx-builder.js';
import { allRules } from '../helpers.js';
import { HEADINGS, report } from '../report-fragments.js';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const optionsFor = (only: string[]) => {
  const rules = new Map([...allRules].filter(([id]) => only.includes(id)));
  return { rules, settings: resolveSettings(rules, []), locale: 'zh' as const };
};
const message = (range: [number, number], text: string): LintMessage => ({ ruleId: 'r', severity: 2, message: 'm', line: 1, column: 1, fix: { range, text } });
/** Lines of `after` that differ from `before`, as [line number, before, after]. */
const changedLines = (before: string, after: string) => {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [[i + 1, line, b[i]]]));
};

describe('applyFixes', () => {
  it('applies fixes in source order and leaves a fix that overlaps or touches an applied one for the next pass', () => {
    const touching = message([2, 3], 'Y');
    const overlapping = message([4, 5], 'W');
    const plain: LintMessage = { ruleId: 'r', severity: 1, message: 'no fix', line: 1, column: 1 };
    const pass = applyFixes('abcdef', [message([3, 5], 'Z'), touching, plain, message([1, 2], 'X'), overlapping]);
    expect(pass).toEqual({
      output: 'aXcZf',
      fixed: true,
      applied: [{ range: [1, 2], text: 'X' }, { range: [3, 5], text: 'Z' }],
      remaining: [plain, touching, overlapping],
    });
  });

  it('changes nothing without fixes', () => {
    expect(applyFixes('abc', [])).toEqual({ output: 'abc', fixed: false, applied: [], remaining: [] });
  });
});

describe('--fix on real text', () => {
  // Seed 001 (a 2020 report on the 2019 format) re-dated 2023, so its 2019 labels are outdated.
  const seed001 = fixture('seeds/001_c20b6ef2d407903b.txt').replace('重庆市医疗保障局 2020年', '重庆市医疗保障局 2023年');
  const options = optionsFor(['template-version']);

  it('replaces each 2019 label that has a single 2021 successor, and only that label', async () => {
    const before = await lintBytes(new TextEncoder().encode(seed001), '001.txt', options);
    expect([before.errorCount, before.fixableErrorCount]).toEqual([10, 3]);
    const fixed = await lintAndFixText(seed001, '001.txt', options);
    expect(changedLines(seed001, fixed.output!)).toEqual([
      [29, '本年新制作数量', '本年制发件数'],
      [33, '对外公开总数量', '现行有效件数'],
      [43, '规范性文件', '行政规范性文件'],
    ]);
    expect([fixed.errorCount, fixed.fixableErrorCount]).toEqual([7, 0]);
    expect(fixed.messages.map((m) => m.line)).toEqual([31, 55, 57, 69, 117, 125, 483]);
  });

  it('changes nothing the second time', async () => {
    const once = (await lintAndFixText(seed001, '001.txt', options)).output!;
    const twice = await lintAndFixText(once, '001.txt', options);
    expect(twice.output).toBeUndefined();
  });

  it('gives a misworded section title its official wording', async () => {
    const md = report({ headings: [...HEADINGS.slice(0, 4), '五、存在的主要问题及整改措施', HEADINGS[5]!] });
    const fixed = await lintAndFixText(md, 'r.md', optionsFor(['required-sections']));
    expect(changedLines(md, fixed.output!)).toEqual([[expect.any(Number), '## 五、存在的主要问题及整改措施', '## 五、存在的主要问题及改进情况']]);
    expect(fixed.messages).toEqual([]);
  });

  it('offers a title with little in common with the official one as a suggestion, not a fix', async () => {
    const md = report({ headings: [...HEADINGS.slice(0, 4), '五、附记', HEADINGS[5]!] });
    const result = await lintBytes(new TextEncoder().encode(md), 'r.md', optionsFor(['required-sections']));
    expect(result.messages.map((m) => [m.message, m.fix, m.suggestions])).toEqual([
      ['第五部分标题「五、附记」不规范，标准标题为「五、存在的主要问题及改进情况」', undefined, [expect.objectContaining({ desc: '改用标准标题「存在的主要问题及改进情况」', fix: { range: expect.any(Array), text: '存在的主要问题及改进情况' } })]],
    ]);
  });

  it('does not fix a title whose source is not the plain text (an HTML heading with markup inside)', async () => {
    const html = fixture('html/000.html').replace('<h3>五、存在的主要问题及改进情况</h3>', '<h3>五、存在的<b>主要问题</b>及整改措施</h3>');
    const result = await lintBytes(new TextEncoder().encode(html), '000.html', optionsFor(['required-sections']));
    expect(result.messages.map((m) => [m.message, m.fix])).toEqual([['第五部分标题「五、存在的主要问题及整改措施」不规范，标准标题为「五、存在的主要问题及改进情况」', undefined]]);
  });

  it('offers the fixes of a Word file as suggestions that say the file is not changed', async () => {
    const html = fixture('html/000.html').replace('<h3>五、存在的主要问题及改进情况</h3>', '<h3>五、存在的主要问题及整改措施</h3>');
    const result = await lintBytes(await htmlToDocx(html), '000.docx', optionsFor(['required-sections']));
    expect([result.fixableErrorCount, result.fixableWarningCount]).toEqual([0, 0]);
    expect(result.messages.map((m) => [m.fix, m.suggestions?.map((s) => s.desc)])).toEqual([
      [undefined, ['改为「存在的主要问题及改进情况」（请在源文档中修改，此格式的文件不会被自动修复）']],
    ]);
  });
});
