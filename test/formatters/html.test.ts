import type { Element, Root, Text } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/types.js';
import { cli, workspace } from '../cli/run.js';
import { TABLE_2, report } from '../report-fragments.js';

/** Real reports with known findings (pt-2023.html's 现行有效件数 breaks with pt-2022's), and a PDF that cannot be opened. */
const REPORTS = ['test/fixtures/markdown/003.md', 'test/fixtures/real/pt-2022.txt', 'test/fixtures/real/pt-2023.html', 'test/fixtures/pdf/encrypted.pdf'];

function parse(html: string): Root {
  return unified().use(rehypeParse).parse(html);
}

function all(node: Root | Element, test: (e: Element) => boolean, out: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) out.push(child);
    all(child, test, out);
  }
  return out;
}

const classes = (e: Element) => (e.properties.className as string[] | undefined) ?? [];
const text = (e: Element | Text): string => (e.type === 'text' ? e.value : e.children.map((c) => (c.type === 'element' || c.type === 'text' ? text(c) : '')).join(''));
const byTag = (tree: Root | Element, tag: string) => all(tree, (e) => e.tagName === tag);

describe('-f html', { timeout: 120_000 }, () => {
  it('shows the counts -f json gives, per rule as bars, and each report with its findings and its tables, the offending cell marked', async () => {
    const [{ stdout: page }, { stdout: json }] = await Promise.all([cli(['-f', 'html', ...REPORTS]), cli(['-f', 'json', ...REPORTS])]);
    const results = JSON.parse(json) as LintResult[];
    const tree = parse(page);
    const count = (key: string) => Number(text(all(tree, (e) => e.properties.dataCount === key)[0]!));
    expect([count('reports'), count('pass'), count('fail'), count('unreadable'), count('errors'), count('warnings')]).toEqual([4, 1, 2, 1, 5, 5]);
    expect(count('errors')).toBe(results.reduce((n, r) => n + r.errorCount, 0));
    expect(count('warnings')).toBe(results.reduce((n, r) => n + r.warningCount, 0));

    const ruleRows = all(tree, (e) => e.tagName === 'tr' && e.properties.dataRule !== undefined);
    expect(ruleRows.map((r) => [r.properties.dataRule, text(byTag(r, 'td')[1]!), text(byTag(r, 'td')[2]!)])).toEqual([
      ['table-completeness', '3', '1'],
      ['cross-year-consistency', '1', '0'],
      ['previous-year-follow-up', '0', '3'],
      ['required-sections', '0', '1'],
      ['', '1', '0'],
    ]);
    expect(all(ruleRows[0]!, (e) => classes(e).includes('e'))[0]!.properties.style).toBe('width:75.0%');
    expect(byTag(ruleRows[0]!, 'a')[0]!.properties.href).toBe('https://github.com/xxgk-lint/xxgk-lint/blob/main/docs/rules/table-completeness.md');

    const reports = all(tree, (e) => e.tagName === 'details');
    expect(reports.map((d) => [text(all(d, (e) => classes(e).includes('file'))[0]!), d.properties.dataErrors, d.properties.dataWarnings])).toEqual(
      results.map((r) => [r.filePath.slice(process.cwd().length + 1), String(r.errorCount), String(r.warningCount)]),
    );
    const pt2023 = reports[2]!;
    const findings = all(pt2023, (e) => classes(e).includes('finding'));
    expect(findings.map((f) => text(byTag(f, 'td')[0]!))).toEqual(['349:5286', '349:68773']);
    const flagged = all(pt2023, (e) => classes(e).includes('flagged'));
    expect(flagged.map((c) => [text(c), classes(c)])).toEqual([['470', ['value', 'flagged', 'error']]]);
    expect(byTag(findings[0]!, 'a')[0]!.properties.href).toBe(`#${flagged[0]!.properties.id}`);
    // The cell's row, as the page writes it.
    const row = all(pt2023, (e) => e.tagName === 'tr' && e.children.includes(flagged[0]!))[0]!;
    expect(byTag(row, 'td').map((c) => [text(c), classes(c)[0]])).toEqual([['行政规范性文件', 'label'], ['77', 'value'], ['132', 'value'], ['470', 'value']]);
  });

  it('escapes hostile file names and report text, loads nothing, and runs only its own script', async () => {
    const hostile = report({
      title: '# &lt;script&gt;alert(2)&lt;/script&gt;某局2024年政府信息公开工作年度报告',
      bodies: [undefined, TABLE_2.replace('| 规章 |', '| &lt;img src=x onerror=alert(3)&gt;规章 |')] as string[],
    });
    const dir = workspace({ '<img src=x onerror=alert(1)>"\'.md': hostile, '<script>alert(4).md': hostile });
    const { stdout: page } = await cli(['-f', 'html', '--locale', 'en', '.'], { cwd: dir });
    const tree = parse(page);
    expect(byTag(tree, 'script')).toHaveLength(1);
    expect(text(byTag(tree, 'script')[0]!)).not.toContain('alert');
    expect(byTag(tree, 'img')).toEqual([]);
    expect(all(tree, (e) => Object.keys(e.properties).some((p) => /^on/i.test(p)))).toEqual([]);
    expect(all(tree, (e) => e.properties.src !== undefined || e.tagName === 'link' || e.tagName === 'iframe')).toEqual([]);
    expect(text(tree as unknown as Element)).toContain('<img src=x onerror=alert(1)>"\'.md');
    expect(text(tree as unknown as Element)).toContain('<script>alert(2)</script>某局');
    expect(all(tree, (e) => e.tagName === 'td' && text(e) === '<img src=x onerror=alert(3)>规章')).toHaveLength(2);
    const csp = all(tree, (e) => e.tagName === 'meta' && e.properties.httpEquiv !== undefined)[0]!;
    expect(csp.properties.content).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/=]+'$/);
    expect(byTag(tree, 'html')[0]!.properties.lang).toBe('en');
  });
});
