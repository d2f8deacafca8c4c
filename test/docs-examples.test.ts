import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { lintMarkdown } from './helpers.js';

/**
 * Every rule's documentation is also its test, as in remark-lint: each ```markdown example
 * block is linted with that rule alone, and the ```text expected block after it lists
 * exactly the diagnostics ("line:column severity message"), nothing more. A ```markdown
 * previous block right before an example is last year's report (cross-year-consistency).
 */
const docsDir = join(import.meta.dirname, '..', 'docs', 'rules');

interface Example {
  input: string;
  expected: string[];
  options?: Record<string, unknown>;
  /** Last year's report, from a ```markdown previous block right before the example. */
  previous?: string;
}

function examplesOf(markdown: string): Example[] {
  const fences = [...markdown.matchAll(/^```(\S+)(?: (\S+))?(?: (\{.*\}))?\n([\s\S]*?)^```$/gm)];
  const out: Example[] = [];
  fences.forEach((f, i) => {
    if (f[1] !== 'markdown' || f[2] !== 'example') return;
    const next = fences[i + 1];
    if (!next || next[1] !== 'text' || next[2] !== 'expected') throw new Error(`example without a text expected block:\n${f[4]}`);
    const before = fences[i - 1];
    out.push({
      input: f[4]!,
      expected: next[4]!.split('\n').filter(Boolean),
      ...(f[3] ? { options: JSON.parse(f[3]) } : {}),
      ...(before?.[1] === 'markdown' && before[2] === 'previous' ? { previous: before[4]! } : {}),
    });
  });
  return out;
}

describe('rule documentation', () => {
  it('exists for every rule, with examples', () => {
    for (const rule of builtinRules) {
      const doc = readFileSync(join(docsDir, `${rule.meta.id}.md`), 'utf8');
      expect(doc.startsWith(`# ${rule.meta.id}\n`), rule.meta.id).toBe(true);
      expect(rule.meta.docs.url.endsWith(`docs/rules/${rule.meta.id}.md`)).toBe(true);
      expect(examplesOf(doc).some((e) => e.expected.length > 0), `${rule.meta.id} has an example that fails`).toBe(true);
    }
    expect(readdirSync(docsDir).sort()).toEqual(builtinRules.map((r) => `${r.meta.id}.md`).sort());
  });

  for (const rule of builtinRules) {
    const id = rule.meta.id;
    const examples = examplesOf(readFileSync(join(docsDir, `${id}.md`), 'utf8'));
    examples.forEach((example, n) => {
      it(`${id} example ${n + 1} gives what its doc says`, () => {
        const { messages } = lintMarkdown(example.input, {
          only: [id],
          ...(example.options ? { options: { [id]: example.options } } : {}),
          ...(example.previous ? { previous: example.previous } : {}),
        });
        const actual = messages.map((m) => `${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.message}`);
        expect(actual).toEqual(example.expected);
        expect(messages.every((m) => m.ruleId === id)).toBe(true);
      });
    });
  }
});
