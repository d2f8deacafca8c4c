// Pathological inputs: how time grows when the input doubles, and peak memory, each size in
// a fresh process. Limits are raised so that the parse and the model run, not the budget.
// Run: npm run build && node bench/pathological.js   (SIZES=1000,2000,4000 to change)
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CASES = {
  'Markdown table rows': (n) => `| 项目 | 数量 |\n|---|---|\n${'| 行 | 1 |\n'.repeat(n)}`,
  'text table rows (tabs)': (n) => `项目\t数量\n${'行\t1\n'.repeat(n)}`,
  'HTML table rows': (n) => `<table>${'<tr><td>行</td><td>1</td></tr>'.repeat(n)}</table>`,
  'headings (.md)': (n) => '# 一、总体情况\n\n'.repeat(n),
  'one long line (100 bytes × n)': (n) => '本机关依法公开政府信息，'.repeat(Math.ceil(n * 100 / 33)),
  'nested elements': (n) => `${'<div>'.repeat(n)}一、总体情况${'</div>'.repeat(n)}`,
  'huge colspans (n cells)': (n) => `<table><tr>${'<td colspan="100000000">x</td>'.repeat(n)}</tr></table>`,
  'digits of a fee amount': (n) => `六、收费情况\n本年度收取信息处理费${'9'.repeat(n)}元。\n`,
};
const EXT = { 'HTML table rows': 'html', 'nested elements': 'html', 'huge colspans (n cells)': 'html', 'text table rows (tabs)': 'txt', 'digits of a fee amount': 'txt', 'one long line (100 bytes × n)': 'txt' };

if (process.argv[2] === '--one') {
  const [, , , name, n] = process.argv;
  const { lintBytes } = await import('../dist/src/pipeline/lint-file.js');
  const { ReportLoader } = await import('../dist/src/pipeline/load-report.js');
  const { parseLimits } = await import('../dist/src/pipeline/budgets.js');
  const { builtinRules } = await import('../dist/rules/index.js');
  const { resolveSettings } = await import('../dist/src/config/config.js');
  const rules = new Map(builtinRules.map((r) => [r.meta.id, r]));
  const limits = parseLimits(['maxLines=100000000', 'maxNodes=100000000', 'maxTableRows=100000000', 'maxHeadings=100000000', 'maxFileBytes=1000000000']);
  const bytes = Buffer.from(CASES[name](Number(n)));
  const t = performance.now();
  await lintBytes(bytes, `x.${EXT[name] ?? 'md'}`, { rules, settings: resolveSettings(rules, []), locale: 'zh' }, { loader: new ReportLoader({ limits }) });
  console.log(JSON.stringify({ ms: performance.now() - t, rssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const sizes = (process.env.SIZES ?? '2500,5000,10000,20000').split(',').map(Number);
const self = fileURLToPath(import.meta.url);
console.log(`| Input | ${sizes.map((s) => `n=${s}`).join(' | ')} | time per doubling | peak RSS at largest |`);
console.log(`|---|${sizes.map(() => '---').join('|')}|---|---|`);
for (const name of Object.keys(CASES)) {
  const runs = sizes.map((n) => JSON.parse(execFileSync(process.execPath, [self, '--one', name, String(n)], { encoding: 'utf8' })));
  const ratios = runs.slice(1).map((r, i) => r.ms / runs[i].ms);
  console.log(`| ${name} | ${runs.map((r) => `${r.ms.toFixed(0)} ms`).join(' | ')} | ${ratios.map((r) => r.toFixed(2)).join(', ')} | ${runs.at(-1).rssMb.toFixed(0)} MB |`);
}
