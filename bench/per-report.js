// Benchmark: time per report, in-process, for each input format, on the real reports
// (test/fixtures): scraped text (the seeds as published), Markdown renditions, saved web
// pages (the HTML renditions of seeds 000 and 002), and the Markdown renditions of those same
// two reports. Run: npm run build && node bench/per-report.js   (ROUNDS=n to change the number of rounds)
//
// The cases are measured round by round (each round times every case once per file), so that
// the machine's load drifts over all of them alike: compare the ratios printed at the end.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../dist/rules/index.js';
import { parserFor } from '../dist/src/adapters/index.js';
import { resolveSettings } from '../dist/src/config/config.js';
import { lintBytes } from '../dist/src/pipeline/lint-file.js';
import { buildReport } from '../dist/src/model/report.js';

const fixtures = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const load = (dir, ext) =>
  readdirSync(join(fixtures, dir))
    .filter((f) => f.endsWith(ext) && !f.includes('gb18030'))
    .map((f) => ({ name: f, bytes: readFileSync(join(fixtures, dir, f)) }));
const rules = new Map(builtinRules.map((r) => [r.meta.id, r]));
const options = { rules, settings: resolveSettings(rules, []), locale: 'zh' };
const ROUNDS = Number(process.env.ROUNDS ?? 200);

const html = load('html', '.html');
const markdown = load('markdown', '.md');
const sets = [
  ['scraped text (seeds as published)', load('seeds', '.txt'), 'text'],
  ['Markdown renditions', markdown, 'markdown'],
  ['saved web pages (HTML)', html, 'html'],
  ['Markdown renditions of the same two reports', markdown.filter((m) => html.some((h) => h.name.slice(0, 3) === m.name.slice(0, 3))), 'markdown'],
];
const cases = [];
for (const [label, files, format] of sets) {
  const parse = await parserFor(format);
  cases.push(
    { label: `${label}: parse`, files, fn: (f) => parse(f.bytes.toString('utf8')) },
    { label: `${label}: parse + model`, files, fn: (f) => buildReport(parse(f.bytes.toString('utf8'))) },
    { label: `${label}: end to end`, files, fn: (f) => lintBytes(f.bytes, f.name, options) },
  );
}

const times = cases.map(() => []);
for (let round = -20; round < ROUNDS; round++) {
  for (const [c, { files, fn }] of cases.entries()) {
    for (const f of files) {
      const t = performance.now();
      await fn(f);
      if (round >= 0) times[c].push(performance.now() - t);
    }
  }
}
const quantile = (c, p) => {
  const sorted = [...times[c]].sort((a, b) => a - b);
  return sorted[Math.floor(p * (sorted.length - 1))];
};
console.log(`${ROUNDS} rounds; per report`);
cases.forEach(({ label }, c) => console.log(`${label.padEnd(58)} median ${quantile(c, 0.5).toFixed(2)} ms   p90 ${quantile(c, 0.9).toFixed(2)} ms`));
const endToEnd = (set) => quantile(cases.findIndex((k) => k.label === `${set}: end to end`), 0.5);
const pages = endToEnd('saved web pages (HTML)');
console.log(`saved web pages ÷ Markdown renditions, end to end: ${(pages / endToEnd('Markdown renditions')).toFixed(2)}`);
console.log(`saved web pages ÷ Markdown renditions of the same two reports, end to end: ${(pages / endToEnd('Markdown renditions of the same two reports')).toFixed(2)}`);
