import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/types.js';
import { cli } from '../cli/run.js';

/** Debian's chromium; a browser is never downloaded. */
const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = resolve('test-output');
/** Real reports with known findings (pt-2023.html's 现行有效件数 breaks with pt-2022's), and a PDF that cannot be opened. */
const REPORTS = ['test/fixtures/markdown/003.md', 'test/fixtures/real/pt-2022.txt', 'test/fixtures/real/pt-2023.html', 'test/fixtures/pdf/encrypted.pdf'];

const missing = !existsSync(CHROMIUM);
// In CI a missing browser is a failure (.ci/run installs it); elsewhere the spec says why it did not run.
const skipReason = missing && !process.env.CI ? `${CHROMIUM} is not installed (apt-get install chromium); not in CI, so skipped` : undefined;

describe.skipIf(skipReason !== undefined)(`-f html in headless Chromium${skipReason ? ` — skipped: ${skipReason}` : ''}`, { timeout: 180_000 }, () => {
  let browser: Browser;

  beforeAll(async () => {
    if (missing) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium package before npm test`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the counts -f json gives; a click on a report shows its findings and the offending cell highlighted', async () => {
    mkdirSync(OUTPUT, { recursive: true });
    const file = join(OUTPUT, 'html-report.html');
    const [written, { stdout: json }] = await Promise.all([cli(['-f', 'html', '-o', file, ...REPORTS]), cli(['-f', 'json', ...REPORTS])]);
    expect(written.code).toBe(1);
    const results = JSON.parse(json) as LintResult[];

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requested: string[] = [];
    const problems: string[] = [];
    await page.route('**', (route) => {
      const url = route.request().url();
      if (url.startsWith('file://')) return route.continue();
      requested.push(url);
      return route.abort();
    });
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(pathToFileURL(file).href);

    const shown = async (key: string) => Number(await page.locator(`[data-count="${key}"]`).innerText());
    expect(await shown('reports')).toBe(results.length);
    expect(await shown('errors')).toBe(results.reduce((n, r) => n + r.errorCount, 0));
    expect(await shown('warnings')).toBe(results.reduce((n, r) => n + r.warningCount, 0));
    expect(await shown('pass')).toBe(results.filter((r) => r.errorCount === 0).length);
    expect(await shown('unreadable')).toBe(results.filter((r) => r.fatalErrorCount > 0).length);

    const details = page.locator('details#r-2');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.getByRole('link', { name: 'test/fixtures/real/pt-2023.html' }).click();
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const findings = details.locator('tr.finding');
    await expect.poll(() => findings.count()).toBe(results[2]!.messages.length);
    expect(await findings.first().isVisible()).toBe(true);
    expect(await findings.first().innerText()).toContain('349:5286');
    expect(await findings.first().innerText()).toContain('cross-year-consistency');

    await findings.first().getByRole('link', { name: '见表格' }).click();
    const cell = details.locator('td.flagged');
    expect(await cell.count()).toBe(1);
    expect(await cell.innerText()).toBe('470');
    expect(await cell.isVisible()).toBe(true);
    // Highlighted as an error: a red outline on a red-tinted ground.
    expect(await cell.evaluate((c) => [getComputedStyle(c).outlineStyle, getComputedStyle(c).outlineColor, getComputedStyle(c).backgroundColor])).toEqual([
      'solid',
      'rgb(198, 40, 40)',
      'rgb(255, 235, 238)',
    ]);
    // The report's findings and its first table, the highlighted cell among them.
    await details.locator('summary').evaluate((s) => s.scrollIntoView());
    await page.screenshot({ path: join(OUTPUT, 'html-report.png') });

    expect(requested).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
