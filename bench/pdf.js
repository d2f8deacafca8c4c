// Benchmark: PDF parsing per report and per page, in-process, on the PDFs in
// test/fixtures/pdf (a real 6-page city report and three printed from the seeds), with
// the Markdown rendition of a seed linted in the same run as the yardstick: the 2-core
// machine is shared, so compare ratios, not absolute times. Each figure is CPU time
// (user + system of this process, in which pdf.js's worker also runs), which a loaded
// machine disturbs far less than wall-clock time.
// Run: npm run build && node bench/pdf.js   (ROUNDS=n to change the number of rounds)
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../dist/rules/index.js';
import { resolveSettings } from '../dist/src/config/config.js';
import { lintBytes } from '../dist/src/pipeline/lint-file.js';

const fixtures = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const rules = new Map(builtinRules.map((r) => [r.meta.id, r]));
const options = { rules, settings: resolveSettings(rules, []), locale: 'zh' };
const ROUNDS = Number(process.env.ROUNDS ?? 10);

const t = performance.now();
const { readPdf } = await import('../dist/src/adapters/pdf/load.js');
const { renditionOf } = await import('../dist/src/adapters/pdf/rendition.js');
const { parseText } = await import('../dist/src/adapters/text.js');
console.log(`loading pdf.js and the adapter: ${(performance.now() - t).toFixed(0)} ms (once per run, only when a PDF comes)`);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const cpu = async (fn) => {
  const start = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
async function time(fn) {
  await fn(); // warm-up
  const times = [];
  for (let i = 0; i < ROUNDS; i++) {
    times.push(await cpu(fn));
  }
  return median(times);
}

const yardstick = readFileSync(`${fixtures}markdown/000.md`);
const pdfs = ['pdf/huaian-szf-2024.pdf', 'pdf/ruled.pdf', 'pdf/split.pdf', 'pdf/unruled.pdf'];
// The first PDF of a run also starts pdf.js's in-process worker.
const first = await cpu(() => readPdf(readFileSync(`${fixtures}pdf/huaian-szf-2024.pdf`)));
console.log(`first read of a run (huaian-szf-2024.pdf, cold): ${first.toFixed(0)} CPU ms; load average ${(await import('node:os')).loadavg()[0].toFixed(1)}`);
console.log(`${ROUNDS} rounds after a warm-up; medians`);
console.log('file | pages | read (pdf.js) | rendition + text adapter | end to end | per page | end to end ÷ Markdown seed 000 (CPU ms)');
for (const name of pdfs) {
  const bytes = readFileSync(fixtures + name);
  const content = await readPdf(bytes);
  const pages = content.length;
  const read = await time(() => readPdf(bytes));
  const layout = await time(async () => parseText(renditionOf(content).text));
  const md = await time(() => lintBytes(yardstick, '000.md', options));
  const e2e = await time(() => lintBytes(bytes, name, options));
  console.log(`${name} | ${pages} | ${read.toFixed(0)} ms | ${layout.toFixed(1)} ms | ${e2e.toFixed(0)} ms | ${(e2e / pages).toFixed(0)} ms | ${(e2e / md).toFixed(0)}× (${md.toFixed(1)} ms)`);
}
