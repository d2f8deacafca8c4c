import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentLinter } from '../../src/lsp/lint-document.js';
import { DEFAULT_LIMITS } from '../../src/pipeline/budgets.js';
import { workspace } from '../cli/run.js';

const real = (name: string) => join('test/fixtures/real', name);

describe('the language server lints each document in a worker thread', () => {
  // Limits raised so that a 400,000-row table is parsed, as in the pool's spec, until the worker's memory cap ends it.
  const linter = new DocumentLinter({ ...DEFAULT_LIMITS, maxMemoryMb: 40, maxLines: 1_000_000, maxTableRows: 1_000_000, maxNodes: 100_000_000 });
  const dir = workspace({});
  for (const f of ['pt-2024.txt', 'pt-2025.txt']) copyFileSync(real(f), join(dir, f));
  const lint = (name: string, text: string | undefined) => linter.lint(pathToFileURL(join(dir, name)).href, text, 1, { locale: 'en' }, dir);
  afterAll(() => linter.close());

  it('a document past the worker’s memory cap is one diagnostic naming the limit, and the next document is linted as before', { timeout: 60_000 }, async () => {
    const runaway = await lint('runaway.md', `| 项目 | 数量 |\n|---|---|\n${'| 行 | 1 |\n'.repeat(400_000)}`);
    expect(runaway.diagnostics.map((d) => [d.range.start, d.severity, String(d.message).split(' and ')[0]])).toEqual([
      [{ line: 0, character: 0 }, 1, 'The file exceeds the limit maxMemoryMb (40, at most 40)'],
    ]);
    const report = await lint('pt-2025.txt', readFileSync(real('pt-2025.txt'), 'utf8'));
    // Last year's report beside it (pt-2024.txt) is found and read in the worker too.
    expect(report.diagnostics.map((d) => d.code)).toContain('cross-year-consistency');
  });

  it('gives what it gave the first time, for the same text', { timeout: 60_000 }, async () => {
    const text = readFileSync(real('pt-2025.txt'), 'utf8');
    expect((await lint('pt-2025.txt', text)).diagnostics).toEqual((await lint('pt-2025.txt', text)).diagnostics);
  });
});
