// Benchmark: time per report, in-process, for each input format, on the real reports
// (test/fixtures): scraped text (the seeds as published), Markdown renditions, saved web
// pages. Run: npm run build && node bench/per-report.js   (ROUNDS=n to change the number of rounds)
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

async function measure(label, files, fn) {
  for (let i = 0; i < 20; i++) for (const f of files) await fn(f); // warm-up
  const times = [];
  for (let i = 0; i < ROUNDS; i++) {
    for (const f of files) {
      const t = performance.now();
      await fn(f);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.floor(p * (times.length - 1))].toFixed(2);
  console.log(`${label.padEnd(44)} median ${q(0.5)} ms   p90 ${q(0.9)} ms`);
}

const sets = [
  ['scraped text (seeds as published)', load('seeds', '.txt'), 'text'],
  ['Markdown renditions', load('markdown', '.md'), 'markdown'],
  ['saved web pages (HTML)', load('html', '.html'), 'html'],
];
console.log(`${ROUNDS} rounds; per report`);
for (const [label, files, format] of sets) {
  const parse = await parserFor(format);
  await measure(`${label}: parse`, files, (f) => parse(f.bytes.toString('utf8')));
  await measure(`${label}: parse + model`, files, (f) => buildReport(parse(f.bytes.toString('utf8'))));
  await measure(`${label}: end to end`, files, (f) => lintBytes(f.bytes, f.name, options));
}
