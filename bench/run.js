// Benchmark: time per report, end to end in-process (decode → parse → model → rules),
// and the parse alone, on the Markdown renditions of the seeds. Run: npm run build && npm run bench
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../dist/rules/index.js';
import { parseMarkdown } from '../dist/src/adapters/markdown.js';
import { resolveSettings } from '../dist/src/config/config.js';
import { lintBytes } from '../dist/src/lint-file.js';
import { buildReport } from '../dist/src/model/report.js';

const dir = fileURLToPath(new URL('../test/fixtures/markdown/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => ({ name: f, bytes: readFileSync(join(dir, f)) }));
const rules = new Map(builtinRules.map((r) => [r.meta.id, r]));
const options = { rules, settings: resolveSettings(rules, []), locale: 'zh' };
const ROUNDS = Number(process.env.ROUNDS ?? 200);

function measure(label, fn) {
  for (let i = 0; i < 20; i++) for (const f of files) fn(f); // warm-up
  const times = [];
  for (let i = 0; i < ROUNDS; i++) {
    for (const f of files) {
      const t = performance.now();
      fn(f);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.floor(p * (times.length - 1))].toFixed(3);
  console.log(`${label.padEnd(34)} median ${q(0.5)} ms   p90 ${q(0.9)} ms   max ${q(1)} ms`);
}

console.log(`${files.length} reports (${files.map((f) => `${f.name} ${(f.bytes.length / 1024).toFixed(1)} KB`).join(', ')}), ${ROUNDS} rounds`);
measure('parse (remark-parse + GFM tables)', (f) => parseMarkdown(f.bytes.toString('utf8')));
measure('parse + report model', (f) => buildReport(parseMarkdown(f.bytes.toString('utf8'))));
measure('end to end (decode → 6 rules)', (f) => lintBytes(f.bytes, f.name, options));
