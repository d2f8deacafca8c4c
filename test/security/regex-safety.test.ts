/**
 * Every regular expression in src/ and rules/ is safe against catastrophic backtracking, as
 * judged by recheck (makenowjust-labs), which both analyses the pattern's automaton and
 * validates a found attack string by running it. Chosen over safe-regex2 by measurement on
 * this code's 165 patterns: safe-regex2 only looks at star height, so it missed all 17
 * polynomial patterns recheck found (a 400-digit fee amount, a line of dashes, `<!--`
 * repeated) and flagged 15 linear ones (bounded repeats, lookbehinds).
 *
 * recheck takes 45 s (native) to 130 s (pure JS) for all patterns, too long for each run of
 * the suite, so its verdicts are kept in regex-verdicts.json, keyed by pattern and flags: a
 * pattern new or changed since is checked here and now, and a record no pattern needs any
 * more fails the test. `RECHECK_ALL=1` checks every pattern again; `RECHECK_WRITE=1` writes
 * the record afresh (only safe verdicts are ever written).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type FoundRegex, type Representatives, findRegexes } from './regex-inventory.js';

const require = createRequire(import.meta.url);
const { check } = require('recheck') as typeof import('recheck');
const RECHECK_VERSION = (require('recheck/package.json') as { version: string }).version;
const RECORD = join(import.meta.dirname, 'regex-verdicts.json');

/** Values for the parts of a built pattern that are not constants. */
const REPRESENTATIVES: Representatives = {
  'src/pipeline/previous-year.ts': { year: ['2024'] },
  'rules/previous-year-follow-up.ts': { 'year - 1': ['2023'] },
};

/**
 * Where recheck is wrong. Its fuzzer validates an attack by timing it, and counts a bounded
 * repeat `{0,k}` over text of the repeated characters as growth — a constant factor of at most
 * k per start position (its verdicts on these differ from run to run, "unknown" on a busy
 * machine). Each entry is checked instead with every bounded repeat `{m,k}` shrunk to
 * `{min(m,1),1}`: a pattern linear with k = 1 does at most a constant (in k) more work per
 * start with k, so it stays linear. Keyed by pattern; each with why its bound is harmless.
 */
const BOUNDED_ONLY: { [pattern: string]: string } = {
  '/(?:未|没有|无|不|免|零)[^。；;，,]{0,12}(?:收取|收费|产生|发生|收|费)|(?:^|[^\\d.])0(?:\\.0+)?\\s*(?:元|万元)/u':
    'fee-statement NONE: at most 12 characters between a negation and the fee word',
  '/【[^】\\n]{0,30}(?:填写|填报|此处|待|请|示例|如有|XX)[^】\\n]{0,30}】|【\\s*】|【…+】/gu':
    'no-placeholder: a bracketed note of at most 61 characters',
  '/\\(\\s*此处[^)\\n]{0,40}\\)/gu': 'no-placeholder: a parenthesised note of at most 40 characters after 此处',
  '/(?:收到|新收|受理)[^。；;，,\\d]{0,16}?(?:公开[^。；;，,\\d]{0,4}?申请|依申请公开)[^。；;，,\\d]{0,6}?(\\d+)\\s*件/gu':
    'text-table-consistency: at most 26 characters between the verb and the figure',
  '/上年结转[^。；;，,\\d]{0,16}?(\\d+)\\s*件/gu': 'text-table-consistency: at most 16 characters before the figure',
  '/结转(?:至)?下一?年度?[^。；;，,\\d]{0,12}?(\\d+)\\s*件/gu': 'text-table-consistency: at most 12 characters before the figure',
  '/行政处罚(?![^。；;，,\\d]{0,8}?(?:申请|事项|咨询|投诉|听证))[^。；;，,\\d]{0,8}?(\\d+)\\s*(?:件|起)/gu':
    'text-table-consistency: at most 8 characters before the figure, and in the lookahead',
  '/行政许可(?![^。；;，,\\d]{0,8}?(?:申请|事项|咨询|投诉|听证))[^。；;，,\\d]{0,8}?(\\d+)\\s*件/gu':
    'text-table-consistency: at most 8 characters before the figure, and in the lookahead',
  '/(?:制发|出台|印发)[^。；;，,\\d]{0,10}?行政规范性文件[^。；;，,\\d]{0,4}?(\\d+)\\s*件/gu':
    'text-table-consistency: at most 14 characters around the subject',
  '/(?:未(?:发生|收到|出现|产生)|没有|无)[^。；;，,]{0,16}?行政复议(?=(?:[和及、与]?行政(?:复议|诉讼))*(?:的?情况|案件|事项)?(?:[。；;，,、]|$))/gu':
    'text-table-consistency: at most 16 characters between the negation and the subject',
  '/(?:未(?:发生|收到|出现|产生)|没有|无)[^。；;，,]{0,20}?行政诉讼(?=(?:[和及、与]?行政(?:复议|诉讼))*(?:的?情况|案件|事项)?(?:[。；;，,、]|$))/gu':
    'text-table-consistency: at most 20 characters between the negation and the subject',
};

/** The pattern with each bounded repeat `{m,k}` cut to `{min(m,1),1}`. */
const shrink = (source: string) => source.replace(/\{(\d+),(\d+)\}/g, (_, m: string) => `{${Math.min(Number(m), 1)},1}`);

interface VerdictRecord {
  recheck: string;
  safe: { source: string; flags: string }[];
}

const key = (r: { source: string; flags: string }) => `/${r.source}/${r.flags}`;

describe('regular expressions', () => {
  const used = new Set<string>();
  const inventory = findRegexes(['src', 'rules'], REPRESENTATIVES, used);
  // What is checked: each pattern, or for a pattern of BOUNDED_ONLY its shrunk form.
  const found = inventory.map((r) => (BOUNDED_ONLY[key(r)] ? { ...r, source: shrink(r.source) } : r));
  const record: VerdictRecord = JSON.parse(readFileSync(RECORD, 'utf8'));
  const recorded = new Set(
    process.env.RECHECK_ALL || record.recheck !== RECHECK_VERSION ? [] : record.safe.map(key),
  );

  test('the inventory finds literals and built patterns in every folder, with no stale representative', () => {
    expect(found.length).toBeGreaterThan(150);
    expect(found.some((r) => r.built && r.file.startsWith('rules/'))).toBe(true);
    expect(found.some((r) => !r.built && r.file.startsWith('src/adapters/'))).toBe(true);
    const given = Object.entries(REPRESENTATIVES).flatMap(([file, exprs]) => Object.keys(exprs).map((e) => `${file}\0${e}`));
    expect(given.filter((g) => !used.has(g))).toEqual([]);
  });

  test('every BOUNDED_ONLY entry names a pattern of the code that has a bounded repeat', () => {
    const present = new Set(inventory.map(key));
    expect(Object.keys(BOUNDED_ONLY).filter((k) => !present.has(k) || shrink(k) === k)).toEqual([]);
  });

  test('no record outlives its pattern', () => {
    const present = new Set(found.map(key));
    expect(record.safe.map(key).filter((k) => !present.has(k))).toEqual([]);
  });

  test('every pattern is safe by recheck', { timeout: 600_000 }, async () => {
    const toCheck = [...new Map(found.filter((r) => !recorded.has(key(r))).map((r) => [key(r), r])).values()];
    const verdicts: (FoundRegex & { status: string; attack?: string })[] = [];
    for (const r of toCheck) {
      const d = await check(r.source, r.flags, { randomSeed: 1 });
      verdicts.push({ ...r, status: d.status, ...(d.status === 'vulnerable' ? { attack: d.attack.pattern } : {}) });
    }
    if (process.env.RECHECK_WRITE) {
      const safe = [...new Map(found.map((r) => [key(r), { source: r.source, flags: r.flags }])).values()]
        .filter((r) => recorded.has(key(r)) || verdicts.some((v) => key(v) === key(r) && v.status === 'safe'))
        .sort((a, b) => key(a).localeCompare(key(b)));
      writeFileSync(RECORD, `${JSON.stringify({ recheck: RECHECK_VERSION, safe }, null, 1)}\n`);
    }
    expect(verdicts.filter((v) => v.status !== 'safe').map((v) => `${v.file}:${v.line} ${key(v)} ${v.status} ${v.attack ?? ''}`)).toEqual([]);
  });
});
