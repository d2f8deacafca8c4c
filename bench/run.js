// The benchmark, whole processes side by side in one run: xxgk-lint, markdownlint-cli2,
// remark-cli and xxgk-lint with one worker on the same 1,000 generated Markdown reports, then
// xxgk-lint alone on scraped text, saved web pages and PDFs (per report, against Markdown per
// report in the same rounds), one report cold, one report in a folder of 1,000, and 10,000
// reports (peak memory). The peers are installed with npm into a
// temporary folder (once; kept between runs), never as the project's dependencies.
//
//   npm run bench            RUNS=n (default 3) repetitions, median quoted
//   SKIP_10K=1 npm run bench  without the 10,000-report run
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sources, writeCorpus } from './corpus.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 3);
/** PDFs cost far more than text per report: fewer of them. */
const PDFS = 100;
const cli = join(root, 'bin/xxgk-lint.js');

const PEERS = { 'markdownlint-cli2': '0.22.0', 'remark-cli': '12.0.1', 'remark-gfm': '4.0.1', 'remark-preset-lint-recommended': '7.0.1' };

function installPeers() {
  const dir = join(tmpdir(), 'xxgk-lint-bench-peers-1');
  if (existsSync(join(dir, 'node_modules/.bin/remark'))) return dir;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
  console.error(`installing the peers into ${dir} …`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...Object.entries(PEERS).map(([n, v]) => `${n}@${v}`)], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return dir;
}

/** Wall seconds and peak RSS (MB) of one whole process, from GNU time; its output is discarded. */
function measure(command, args, cwd = root) {
  const out = join(work, 'time.txt');
  const r = spawnSync('/usr/bin/time', ['-o', out, '-f', '%e %M', command, ...args], { cwd, stdio: 'ignore' });
  if (r.error) throw r.error;
  const [wall, kb] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { wall, rss: kb / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Runs the commands in turn, RUNS times (A B C A B C …, so that drift hits all alike); medians. */
function compare(commands, runs = RUNS) {
  const seen = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((c, k) => seen[k].push(measure(...c.run)));
  return commands.map((c, k) => ({
    name: c.name,
    runs: seen[k],
    wall: median(seen[k].map((m) => m.wall)),
    rss: median(seen[k].map((m) => m.rss)),
  }));
}

// Rows are printed as they are measured: a long run interrupted still tells what it measured.
const row = (what, m, note = '') => console.log(`| ${what} | ${m.wall.toFixed(2)} s | ${m.rss.toFixed(0)} MB | ${note} |`);
const ms = (s, n) => `${((s * 1000) / n).toFixed(1)} ms per report`;

const work = mkdtempSync(join(tmpdir(), 'xxgk-lint-bench-'));
const load0 = loadavg()[0];
try {
  const peers = installPeers();
  const bin = (name) => join(peers, 'node_modules/.bin', name);
  const md = join(work, 'md');
  writeCorpus(md, sources('markdown', '.md'), '.md', 1000);
  const txt = join(work, 'txt');
  writeCorpus(txt, sources('seeds', '.txt'), '.txt', 1000);
  const html = join(work, 'html');
  writeCorpus(html, sources('html', '.html'), '.html', 1000);
  const pdf = join(work, 'pdf');
  mkdirSync(pdf);
  const pdfSources = ['huaian-szf-2024.pdf', 'ruled.pdf', 'split.pdf', 'unruled.pdf'];
  for (let i = 0; i < PDFS; i++) copyFileSync(join(root, 'test/fixtures/pdf', pdfSources[i % pdfSources.length]), join(pdf, `report-${i}.pdf`));
  const alone = join(work, 'alone');
  mkdirSync(alone);
  copyFileSync(join(md, 'report-00504.md'), join(alone, 'report-00504.md'));
  execFileSync(process.execPath, [cli, '--version']); // warm the disk cache
  console.log(`\n${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; ` +
    `load average ${load0.toFixed(2)} at the start; median of ${RUNS} runs (5 for single reports)\n`);
  console.log('| run | wall clock | peak RSS | per report / ratio |');
  console.log('|---|---|---|---|');

  const [ours, mdl, remark, oneThread] = compare([
    { name: 'xxgk-lint', run: [process.execPath, [cli, md]] },
    { name: 'markdownlint-cli2', run: [bin('markdownlint-cli2'), [`${md}/*.md`]] },
    { name: 'remark-cli', run: [bin('remark'), ['--quiet', '--no-stdout', '--use', 'remark-gfm', '--use', 'remark-preset-lint-recommended', md], peers] },
    // The same lint with one worker thread.
    { name: 'xxgk-lint --concurrency off', run: [process.execPath, [cli, '--concurrency', 'off', md]] },
  ]);
  const ratios = ours.runs.map((m, i) => m.wall / mdl.runs[i].wall);
  row('xxgk-lint, 1,000 Markdown reports', ours, `${ms(ours.wall, 1000)}; **${median(ratios).toFixed(3)}× markdownlint-cli2** (pairwise median)`);
  row(`markdownlint-cli2 ${PEERS['markdownlint-cli2']}, same files`, mdl, ms(mdl.wall, 1000));
  row(`remark-cli ${PEERS['remark-cli']} + remark-gfm + lint-recommended, same files`, remark, ms(remark.wall, 1000));
  const offRatios = oneThread.runs.map((m, i) => m.wall / mdl.runs[i].wall);
  row('xxgk-lint --concurrency off, same files', oneThread, `${ms(oneThread.wall, 1000)}; ${median(offRatios).toFixed(3)}× markdownlint-cli2`);

  // Each format in the same rounds as the Markdown corpus, so that its per-report ratio is of one sitting.
  const [m2, t, h, p] = compare([
    { name: 'markdown', run: [process.execPath, [cli, md]] },
    { name: 'text', run: [process.execPath, [cli, txt]] },
    { name: 'html', run: [process.execPath, [cli, html]] },
    { name: 'pdf', run: [process.execPath, [cli, pdf]] },
  ]);
  const perReport = (m, n) => `${ms(m.wall, n)}; ${(m.wall / n / (m2.wall / 1000)).toFixed(2)}× a Markdown report (same rounds)`;
  row('xxgk-lint, 1,000 Markdown reports (the yardstick of the next rows)', m2, ms(m2.wall, 1000));
  row('xxgk-lint, 1,000 scraped text reports', t, perReport(t, 1000));
  row('xxgk-lint, 1,000 saved web pages (HTML, 19–21 KB)', h, perReport(h, 1000));
  row(`xxgk-lint, ${PDFS} PDF reports (the real 6-page one and three printed from the seeds)`, p, perReport(p, PDFS));

  const [cold, version, inFolder, single] = compare(
    [
      { name: 'cold', run: [process.execPath, [cli, join(root, 'examples/clean-2024.md')]] },
      { name: 'version', run: [process.execPath, [cli, '--version']] },
      { name: 'folder', run: [process.execPath, [cli, join(md, 'report-00504.md')]] },
      { name: 'alone', run: [process.execPath, [cli, join(alone, 'report-00504.md')]] },
    ],
    Math.max(RUNS, 5),
  );
  row('one report, cold (examples/clean-2024.md)', cold);
  row('`--version`', version);
  row('one report in a folder of 1,000', inFolder, `${(inFolder.wall / single.wall).toFixed(2)}× the same report alone`);
  row('the same report alone in its folder', single);

  if (!process.env.SKIP_10K) {
    rmSync(txt, { recursive: true });
    rmSync(html, { recursive: true });
    const big = join(work, 'md10k');
    writeCorpus(big, sources('markdown', '.md'), '.md', 10000);
    const [tenK] = compare([{ name: '10k', run: [process.execPath, [cli, big]] }], 1);
    row('xxgk-lint, 10,000 Markdown reports', tenK, `${ms(tenK.wall, 10000)}; peak RSS is the figure`);
  }
  console.log(`\nload average ${loadavg()[0].toFixed(2)} at the end`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
