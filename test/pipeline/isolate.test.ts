import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/pipeline/budgets.js';
import { IsolatedParser } from '../../src/pipeline/isolate.js';
import { parseBytes } from '../../src/pipeline/load-report.js';

const pool = IsolatedParser.shared(DEFAULT_LIMITS);
afterAll(() => pool.close());

/** What the worker hands back must be what an in-thread parse gives: every field of ParsedDocument. */
async function both(file: string) {
  const bytes = readFileSync(file);
  const [isolated, inThread] = await Promise.all([pool.parse(bytes, file, DEFAULT_LIMITS), parseBytes(bytes, file)]);
  if (!isolated.ok || !inThread.ok) throw new Error(`${file} not parsed`);
  return { isolated: isolated.doc, inThread: inThread.doc };
}

describe('parsing in a worker', () => {
  it('carries a PDF\'s pages (for the page named in each message) across', async () => {
    const { isolated, inThread } = await both('test/fixtures/pdf/huaian-szf-2024.pdf');
    expect(isolated.format).toBe('pdf');
    expect(isolated.pages).toHaveLength(6);
    expect(isolated.pages).toEqual(inThread.pages);
    expect(isolated.source.text).toBe(inThread.source.text);
  });

  it('carries a page\'s title hints, publication date and tree across', async () => {
    const { isolated, inThread } = await both('test/fixtures/real/pt-2023.html');
    expect(isolated.titleHints?.length).toBeGreaterThan(0);
    const { source: _s, ...isolatedData } = isolated;
    const { source: _t, ...inThreadData } = inThread;
    expect(isolatedData).toEqual(inThreadData);
  });

  it('parses in a worker started before the first file came', async () => {
    const early = new IsolatedParser(DEFAULT_LIMITS.maxMemoryMb, 1);
    early.prestart();
    early.prestart();
    const file = 'test/fixtures/markdown/001.md';
    const parsed = await early.parse(readFileSync(file), file, DEFAULT_LIMITS);
    await early.close();
    const inThread = await parseBytes(readFileSync(file), file);
    expect(parsed.ok && inThread.ok && parsed.doc.source.text === inThread.doc.source.text).toBe(true);
  });

  it('carries the spans it cut to maxSpan across', async () => {
    const bytes = new TextEncoder().encode('<table><tr><td colspan="100000000">一</td></tr></table>');
    const parsed = await pool.parse(bytes, 'wide.html', DEFAULT_LIMITS);
    expect(parsed).toMatchObject({ ok: true, doc: { spansClamped: [{ found: 100000000, range: { start: 11, end: 41 } }] } });
  });
});
