// Pathological inputs: how time grows when the input doubles, and peak memory, each size in
// a fresh process, RUNS times (median time, highest peak RSS). Limits are raised so that the
// parse and the model run, not the budget.
// Run: npm run build && node bench/pathological.js   (RUNS=5, SIZES=1000,2000 for every case,
// CASES=name,name to pick cases by the start of their names, SCALE=2 to double every size)
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';

const md = (body) => `# 2024年政府信息公开工作年度报告\n\n${body}`;
/** A Word file whose document part is `xml` (with the parts Word needs to find it). */
const docx = (xml) =>
  zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?>${xml}`),
  });
const wordRoot = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>'.repeat(100)}</w:body></w:document>`;
/** name → [make(n), extension, default sizes (doublings up to what the issue names, where a run takes minutes at most)]. */
const CASES = {
  'Markdown table rows': [(n) => `| 项目 | 数量 |\n|---|---|\n${'| 行 | 1 |\n'.repeat(n)}`, 'md', [12_500, 25_000, 50_000, 100_000]],
  'text table rows (tabs)': [(n) => `项目\t数量\n${'行\t1\n'.repeat(n)}`, 'txt', [12_500, 25_000, 50_000, 100_000]],
  'HTML table rows': [(n) => `<table>${'<tr><td>行</td><td>1</td></tr>'.repeat(n)}</table>`, 'html', [12_500, 25_000, 50_000, 100_000]],
  'HTML table rows under a header row': [(n) => `<table><tr><td>项目</td><td>数量</td><td>总计</td></tr>${'<tr><td>行</td><td colspan="2">1</td></tr>'.repeat(n)}</table>`, 'html', [12_500, 25_000, 50_000, 100_000]],
  'figures stated in one paragraph (.md)': [(n) => md(`## 一、总体情况\n\n本年度${'区政府办代表区政府收到公开申请1件，'.repeat(n)}。\n`), 'md', [10_000, 20_000, 40_000, 80_000]],
  'headings (.md)': [(n) => '# 一、总体情况\n\n'.repeat(n), 'md', [6_250, 12_500, 25_000, 50_000]],
  'headings (.txt)': [(n) => '一、总体情况\n'.repeat(n), 'txt', [6_250, 12_500, 25_000, 50_000]],
  'a text report of n lines of 1 KB (19.9 MB at 19,000)': [(n) => `一、总体情况\n${`${'本机关依法公开政府信息，'.repeat(29)}\n`.repeat(n)}`, 'txt', [2_375, 4_750, 9_500, 19_000]],
  'one long line (100 bytes × n)': [(n) => '本机关依法公开政府信息，'.repeat(Math.ceil((n * 100) / 33)), 'txt', [12_500, 25_000, 50_000, 100_000]],
  'nested list markers on one line (.md)': [(n) => md(`${'- '.repeat(n)}文字\n`), 'md', [2_000, 4_000, 8_000, 16_000]],
  'list markers opening a table cell (.md)': [(n) => md(`| 项目 | 数量 |\n|---|---|\n| ${'- '.repeat(n)}<!-- | 1 |\n`), 'md', [2_000, 4_000, 8_000, 16_000]],
  'copies of a Word document part\'s root (.docx)': [(n) => docx(wordRoot.repeat(n)), 'docx', [4, 8, 16, 32]],
  'processing instructions beside a Word part\'s root (.docx)': [(n) => docx(wordRoot + '<?p?>'.repeat(n)), 'docx', [5_000, 10_000, 20_000, 40_000]],
  'nested elements': [(n) => `${'<div>'.repeat(n)}一、总体情况${'</div>'.repeat(n)}`, 'html', [1_250, 2_500, 5_000, 10_000]],
  'white space in inline elements (n <b> </b>)': [(n) => `<p>一、总体情况</p><p>本机关${'<b> </b>'.repeat(n)}依法公开政府信息。</p>`, 'html', [2_500, 5_000, 10_000, 20_000]],
  'empty inline elements (n <b></b>)': [(n) => `<p>一、总体情况</p><p>本机关${'<b></b>'.repeat(n)}依法公开政府信息。</p>`, 'html', [2_500, 5_000, 10_000, 20_000]],
  'huge colspans (n cells)': [(n) => `<table><tr>${'<td colspan="100000000">x</td>'.repeat(n)}</tr></table>`, 'html', [1_250, 2_500, 5_000, 10_000]],
  'digits of a fee amount': [(n) => `六、收费情况\n本年度收取信息处理费${'9'.repeat(n)}元。\n`, 'txt', [50_000, 100_000, 200_000, 400_000]],
  'a line of 打印 (n words)': [(n) => `${'打印 '.repeat(n)}x\n`, 'txt', [25_000, 50_000, 100_000, 200_000]],
  'full-width spaces in a sentence': [(n) => `一、总体情况\n本机关${'\u3000'.repeat(n)}依法公开政府信息。\n`, 'txt', [250_000, 500_000, 1_000_000, 2_000_000]],
  '<!-- repeated (.md)': [(n) => md('<!--'.repeat(n)), 'md', [25_000, 50_000, 100_000, 200_000]],
  '<![CDATA[ in a paragraph (.md)': [(n) => md(`本机关${'<![CDATA['.repeat(n)}依法公开政府信息。\n`), 'md', [12_500, 25_000, 50_000, 100_000]],
  'directive line (n rule names)': [(n) => md(`<!-- xxgk-lint-disable ${'fee-statement, '.repeat(n)}-->\n`), 'md', [12_500, 25_000, 50_000, 100_000]],
  'period then spaces': [(n) => `一、总体情况\n统计期限为2024年1月1日${' '.repeat(n)}至2024年12月31日。\n`, 'txt', [25_000, 50_000, 100_000, 200_000]],
};

if (process.argv[2] === '--one') {
  const [, , , name, n] = process.argv;
  const { lintBytes } = await import('../dist/src/pipeline/lint-file.js');
  const { ReportLoader } = await import('../dist/src/pipeline/load-report.js');
  const { parseLimits } = await import('../dist/src/pipeline/budgets.js');
  const { builtinRules } = await import('../dist/rules/index.js');
  const { resolveSettings } = await import('../dist/src/config/config.js');
  const rules = new Map(builtinRules.map((r) => [r.meta.id, r]));
  const limits = parseLimits(['maxLines=100000000', 'maxNodes=100000000', 'maxTableRows=100000000', 'maxHeadings=100000000', 'maxFileBytes=1000000000']);
  const [make, ext] = CASES[name];
  const made = make(Number(n));
  const bytes = typeof made === 'string' ? Buffer.from(made) : made;
  const t = performance.now();
  await lintBytes(bytes, `x.${ext}`, { rules, settings: resolveSettings(rules, []), locale: 'zh' }, { loader: new ReportLoader({ limits }) });
  console.log(JSON.stringify({ ms: performance.now() - t, rssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const RUNS = Number(process.env.RUNS ?? 3);
const SCALE = Number(process.env.SCALE ?? 1);
const picked = process.env.CASES?.split(',');
const self = fileURLToPath(import.meta.url);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`load average at start: ${load()}; ${RUNS} runs per size, median time`);
console.log('| Input | sizes n | median time per size | time per doubling | peak RSS at largest |');
console.log('|---|---|---|---|---|');
for (const [name, [, , defaults]] of Object.entries(CASES)) {
  if (picked && !picked.some((p) => name.startsWith(p))) continue;
  const sizes = (process.env.SIZES?.split(',').map(Number) ?? defaults).map((n) => n * SCALE);
  const runs = sizes.map((n) => {
    const one = [];
    for (let i = 0; i < RUNS; i++) one.push(JSON.parse(execFileSync(process.execPath, [self, '--one', name, String(n)], { encoding: 'utf8' })));
    return { ms: median(one.map((r) => r.ms)), rssMb: Math.max(...one.map((r) => r.rssMb)) };
  });
  const ratios = runs.slice(1).map((r, i) => r.ms / runs[i].ms);
  console.log(`| ${name} | ${sizes.join(', ')} | ${runs.map((r) => `${r.ms.toFixed(0)} ms`).join(', ')} | ${ratios.map((r) => r.toFixed(2)).join(', ')} | ${runs.at(-1).rssMb.toFixed(0)} MB |`);
}
console.log(`load average at end: ${load()}`);
