// Benchmark: the cost of reading tables whose digits ran together (src/model/flattened.ts), per
// report, against the seeds as a peer measured in the same run; and the worst case, a table
// whose every run can be cut in very many ways, which the search budget bounds.
// Run: npm run build && node bench/flattened.js   (ROUNDS=n to change the number of rounds)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseText } from '../dist/src/adapters/text.js';
import { buildReport } from '../dist/src/model/report.js';
import { scanLabelRuns } from '../dist/src/recognize/label-runs.js';

const fixtures = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const load = (dir, pattern) =>
  readdirSync(join(fixtures, dir))
    .filter((f) => pattern.test(f))
    .map((f) => ({ name: f, text: readFileSync(join(fixtures, dir, f), 'utf8') }));
const ROUNDS = Number(process.env.ROUNDS ?? 100);

function measure(label, files) {
  for (let i = 0; i < 10; i++) for (const f of files) buildReport(parseText(f.text)); // warm-up
  const times = [];
  for (let i = 0; i < ROUNDS; i++) {
    for (const f of files) {
      const t = performance.now();
      buildReport(parseText(f.text));
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.floor(p * (times.length - 1))].toFixed(2);
  console.log(`${label.padEnd(52)} median ${q(0.5)} ms   p90 ${q(0.9)} ms   max ${q(1)} ms`);
}

const real = load('real', /^pt-\d+\.txt$/u);
// Every run of tables 三 and 四 replaced by "1 1": each row of table 三 balances with its 1 in
// any of six columns, and only the column sums, checked once their last row is chosen, tell
// the 6^25 combinations apart — the search runs into its budget.
function worstOf(text) {
  const template = buildReport(parseText(text)).template;
  let out = text;
  for (const table of template.tables.filter((t) => t.id !== 'active')) {
    for (const { block, rows } of scanLabelRuns(out, table)) {
      for (const row of [...rows].reverse()) {
        out = `${out.slice(0, row.start)}1 1${out.slice(row.start + row.run.length)}`;
      }
    }
  }
  return out;
}
const worst = worstOf(real.find((f) => f.name === 'pt-2023.txt').text);
console.log(`${ROUNDS} rounds; parse + model, per report`);
measure('seeds as published (tables with cell boundaries)', load('seeds', /^\d{3}_.*\.txt$/u));
measure('pt-2019 … pt-2025 (tables flattened)', real);
measure('worst case: every run cut in many ways', [{ name: 'worst', text: worst }]);
const w = buildReport(parseText(worst));
console.log('worst case reads as:', [...w.tables.values()].map((t) => `${t.template.id} ${[...t.blocks.values()].map((b) => b.flattened?.status).join(',')}`).join('; '));
