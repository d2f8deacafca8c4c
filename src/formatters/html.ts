import { createHash } from 'node:crypto';
import { fillTemplate, localize } from '../engine/format-message.js';
import type { LintMessage, LintResult, Localized, ReportTable, ReportTableCell } from '../types.js';
import { Markup, html } from './html-template.js';
import { OVERVIEW_WORDS } from './overview-words.js';
import { repositoryPath } from './relative-path.js';
import { type Counts, type Tally, outcomeOf, tally } from './tally.js';
import type { Formatter, FormatterContext } from './types.js';

const WORDS = {
  ...OVERVIEW_WORDS,
  heading: { zh: 'xxgk-lint 检查报告', en: 'xxgk-lint report' },
  overview: { zh: '总览', en: 'Overview' },
  errorsPerRule: { zh: '各规则的错误和警告', en: 'Errors and warnings per rule' },
  reportList: { zh: '各份报告', en: 'Reports' },
  findings: { zh: '问题', en: 'Findings' },
  noFindings: { zh: '未发现问题', en: 'No findings' },
  where: { zh: '位置', en: 'Where' },
  severity: { zh: '级别', en: 'Severity' },
  message: { zh: '说明', en: 'Message' },
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  tables: { zh: '统计表', en: 'Statistical tables' },
  inTable: { zh: '见表格', en: 'in the table' },
  title: { zh: '标题', en: 'Title' },
} satisfies Record<string, Localized>;

const STYLE = `
:root{--err:#c62828;--warn:#b26a00;--ok:#2e7d32;--line:#d0d7de;--muted:#57606a;font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif}
body{margin:0 auto;max-width:72rem;padding:1rem 1.5rem;color:#1f2328;line-height:1.5}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid var(--line)}h3{font-size:1rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid var(--line);padding:.2rem .5rem;vertical-align:top;text-align:left}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.totals{display:flex;flex-wrap:wrap;gap:.75rem;padding:0;list-style:none}.totals li{border:1px solid var(--line);border-radius:.4rem;padding:.4rem .8rem}
.totals b{font-size:1.4rem;display:block}.pass b{color:var(--ok)}.fail b,.unreadable b{color:var(--err)}
.bar{width:20rem}.bar span{display:inline-block;height:.8rem;vertical-align:middle}.bar .e{background:var(--err)}.bar .w{background:var(--warn);opacity:.6}
.error{color:var(--err)}.warning{color:var(--warn)}.muted{color:var(--muted)}
.msg{white-space:pre-wrap}
details.report{border:1px solid var(--line);border-radius:.4rem;margin:.5rem 0;padding:.3rem .8rem}
details.report>summary{cursor:pointer;font-weight:600}details.report[open]>summary{margin-bottom:.5rem}
.badge{font-weight:400;font-size:.85rem;margin-left:.5rem}
table.stat td{white-space:pre-line;min-width:1.5rem}table.stat td.label{background:#f6f8fa}
table.stat td.flagged{outline:3px solid var(--warn);outline-offset:-3px;background:#fff4e5}
table.stat td.flagged.error{outline-color:var(--err);background:#ffebee;color:inherit}
.scroll{overflow-x:auto}
`;

/** Opens a report when its name is clicked in a list, or when the page is opened at its address. */
const SCRIPT = `function openAt(id){var d=document.getElementById(id);if(d&&d.tagName==='DETAILS')d.open=true}
document.addEventListener('click',function(e){var a=e.target.closest&&e.target.closest('a[data-open]');if(a)openAt(a.getAttribute('data-open'))});
if(location.hash)openAt(decodeURIComponent(location.hash.slice(1)));`;

const SCRIPT_HASH = createHash('sha256').update(SCRIPT).digest('base64');

type Say = (word: Localized, data?: Record<string, string | number>) => string;

/** Where a rule is documented: its meta's address when that is a web page, else its page in docs/rules. */
function docsLink(ruleId: string, context: FormatterContext): string {
  const url = context.rulesMeta[ruleId]?.docs?.url;
  return url && /^https?:\/\//i.test(url) ? url : `docs/rules/${encodeURIComponent(ruleId)}.md`;
}

const notAfter = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]);

/** Whether a finding's range lies within a cell's. */
function inCell(m: LintMessage, cell: ReportTableCell): boolean {
  const p = cell.position;
  return notAfter([p.line, p.column], [m.line, m.column]) && notAfter([m.endLine ?? m.line, m.endColumn ?? m.column], [p.endLine, p.endColumn]);
}

function totalsList(counts: Counts, say: Say): Markup {
  const item = (key: keyof Counts, word: Localized) => html`<li class="${key}"><b data-count="${key}">${counts[key]}</b>${say(word)}</li>`;
  return html`<ul class="totals">${[
    item('reports', WORDS.reports),
    item('pass', WORDS.pass),
    item('fail', WORDS.fail),
    item('unreadable', WORDS.unreadable),
    item('errors', WORDS.errors),
    item('warnings', WORDS.warnings),
  ]}</ul>`;
}

function rulesChart({ rules }: Tally, say: Say, context: FormatterContext): Markup {
  const most = Math.max(1, ...rules.map((r) => r.errors + r.warnings));
  const pct = (n: number) => `${((n / most) * 100).toFixed(1)}%`;
  const rows = rules.map(
    (r) => html`<tr data-rule="${r.ruleId ?? ''}">
<th>${r.ruleId ? html`<a href="${docsLink(r.ruleId, context)}">${r.ruleId}</a>` : say(WORDS.runMessages)}</th>
<td class="bar"><span class="e" style="width:${pct(r.errors)}"></span><span class="w" style="width:${pct(r.warnings)}"></span></td>
<td class="n error" data-errors>${r.errors}</td><td class="n warning" data-warnings>${r.warnings}</td></tr>`,
  );
  return html`<table class="rules"><thead><tr><th>${say(WORDS.rule)}</th><th></th><th class="n">${say(WORDS.errors)}</th><th class="n">${say(WORDS.warnings)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function groupsTable({ groups }: Tally, say: Say): Markup {
  const rows = groups.map(
    (g) => html`<tr><td>${g.agency ?? say(WORDS.unknown)}</td><td>${g.year ?? say(WORDS.unknown)}</td>${(['reports', 'pass', 'fail', 'unreadable', 'errors', 'warnings'] as const).map((k) => html`<td class="n">${g[k]}</td>`)}</tr>`,
  );
  const heads = [WORDS.reports, WORDS.pass, WORDS.fail, WORDS.unreadable, WORDS.errors, WORDS.warnings].map((w) => html`<th class="n">${say(w)}</th>`);
  return html`<table class="groups"><thead><tr><th>${say(WORDS.agency)}</th><th>${say(WORDS.year)}</th>${heads}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** A statistical table as written, each cell a finding falls in marked (and given an id the finding links to). */
function statTable(table: ReportTable, cellIds: Map<ReportTableCell, string>, flagged: Map<ReportTableCell, LintMessage[]>, say: Say): Markup {
  const rows = table.rows
    .filter((row) => row.length)
    .map(
      (row) =>
        html`<tr>${row.map((cell) => {
          const findings = flagged.get(cell);
          const classes = [cell.label ? 'label' : 'value', findings ? 'flagged' : '', findings?.some((m) => m.severity === 2) ? 'error' : ''].filter(Boolean).join(' ');
          return html`<td class="${classes}"${findings ? html` id="${cellIds.get(cell)}" title="${findings.map((m) => m.message).join('\n')}"` : ''}>${cell.text}</td>`;
        })}</tr>`,
    );
  return html`<h4>${say(table.name)}</h4><div class="scroll"><table class="stat" data-table="${table.id}"><tbody>${rows}</tbody></table></div>`;
}

function reportSection(result: LintResult, index: number, context: FormatterContext, say: Say): Markup {
  const id = `r-${index}`;
  const tables = result.facts?.tables ?? [];
  const flagged = new Map<ReportTableCell, LintMessage[]>();
  const cellIds = new Map<ReportTableCell, string>();
  const cellOf = new Map<LintMessage, string>();
  for (const m of result.messages) {
    for (const cell of tables.flatMap((t) => t.rows.flat())) {
      if (!inCell(m, cell)) continue;
      flagged.set(cell, [...(flagged.get(cell) ?? []), m]);
      if (!cellIds.has(cell)) cellIds.set(cell, `${id}-c-${cellIds.size}`);
      if (!cellOf.has(m)) cellOf.set(m, cellIds.get(cell)!);
    }
  }
  const findings = result.messages.map(
    (m) => html`<tr class="finding ${m.severity === 2 ? 'error' : 'warning'}"><td class="n">${m.line}:${m.column}</td>
<td>${say(m.severity === 2 ? WORDS.error : WORDS.warning)}</td><td class="msg">${m.message}${cellOf.has(m) ? html` <a href="#${cellOf.get(m)}">${say(WORDS.inTable)}</a>` : ''}</td>
<td>${m.ruleId ? html`<a href="${docsLink(m.ruleId, context)}">${m.ruleId}</a>` : ''}</td></tr>`,
  );
  const facts = result.facts;
  const outcome = outcomeOf(result);
  return html`<details class="report ${outcome}" id="${id}" data-errors="${result.errorCount}" data-warnings="${result.warningCount}">
<summary><span class="file">${repositoryPath(result.filePath, context.cwd)}</span><span class="badge ${outcome === 'pass' ? 'muted' : 'error'}">${say(WORDS[outcome])}</span><span class="badge error">${result.errorCount} ${say(WORDS.errors)}</span><span class="badge warning">${result.warningCount} ${say(WORDS.warnings)}</span></summary>
${facts?.title ? html`<p>${say(WORDS.title)}：${facts.title}</p>` : ''}
${findings.length ? html`<h3>${say(WORDS.findings)}</h3><table class="findings"><thead><tr><th>${say(WORDS.where)}</th><th>${say(WORDS.severity)}</th><th>${say(WORDS.message)}</th><th>${say(WORDS.rule)}</th></tr></thead><tbody>${findings}</tbody></table>` : html`<p class="muted">${say(WORDS.noFindings)}</p>`}
${tables.length ? html`<h3>${say(WORDS.tables)}</h3>${tables.map((t) => statTable(t, cellIds, flagged, say))}` : ''}
</details>`;
}

/**
 * `-f html`: one self-contained page for a reviewer (no network resource; a Content-Security-Policy
 * that allows nothing but the page's own style and its one script): an overview, then every
 * report with its findings and its statistical tables, the cells findings fall in marked.
 */
export const htmlReport: Formatter = (results, context) => {
  const say: Say = (word, data) => fillTemplate(localize(word, context.locale), data);
  const counts = tally(results);
  const list = results.map(
    (r, i) => html`<li><a href="#r-${i}" data-open="r-${i}">${repositoryPath(r.filePath, context.cwd)}</a> <span class="${r.errorCount ? 'error' : 'muted'}">${r.errorCount} ${say(WORDS.errors)}</span> <span class="warning">${r.warningCount} ${say(WORDS.warnings)}</span>${r.facts?.agency ? html` <span class="muted">${r.facts.agency}${r.facts.year ? ` ${r.facts.year}` : ''}</span>` : ''}</li>`,
  );
  const page = html`<!DOCTYPE html>
<html lang="${context.locale === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${SCRIPT_HASH}'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${say(WORDS.heading)}</title>
<style>${new Markup(STYLE)}</style>
</head>
<body>
<h1>${say(WORDS.heading)}</h1>
<section id="overview"><h2>${say(WORDS.overview)}</h2>
<p>${say(WORDS.overall, { ...counts.total, s: counts.total.reports === 1 ? '' : 's' })}</p>
${totalsList(counts.total, say)}
${counts.rules.length ? html`<h3>${say(WORDS.errorsPerRule)}</h3>${rulesChart(counts, say, context)}` : ''}
<h3>${say(WORDS.byAgency)}</h3>${groupsTable(counts, say)}
</section>
<section id="reports"><h2>${say(WORDS.reportList)}</h2>
<ol class="report-list">${list}</ol>
${results.map((r, i) => reportSection(r, i, context, say))}
</section>
<script>${new Markup(SCRIPT)}</script>
</body>
</html>
`;
  return page.text;
};
