import { fillTemplate, localize } from '../engine/format-message.js';
import type { LintMessage, LintResult } from '../types.js';
import { repositoryPath } from './relative-path.js';
import type { Formatter, FormatterContext } from './types.js';
import { controlsVisible } from '../text/terminal-safe.js';

/** The escaping of @actions/core's workflow commands: a message may not break the command's line. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value may not contain the separators of the property list either. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A report's or file name's control characters made visible: the line is printed on a terminal too. */
const safe = (text: string) => controlsVisible(text);

function annotation(path: string, m: LintMessage): string {
  const properties: [string, string | number | undefined][] = [
    ['file', safe(path)],
    ['line', m.line],
    ['endLine', m.endLine],
    // GitHub drops columns when an annotation spans lines (as the toolkit says), so only one-line spans carry them.
    ['col', m.endLine === undefined || m.endLine === m.line ? m.column : undefined],
    ['endColumn', m.endLine === m.line ? m.endColumn : undefined],
    ['title', m.ruleId ? `xxgk-lint (${m.ruleId})` : 'xxgk-lint'],
  ];
  const list = properties.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${m.severity === 2 ? 'error' : 'warning'} ${list.join(',')}::${escapeData(safe(m.message))}`;
}

/**
 * GitHub Actions workflow commands: each message becomes an annotation on the pull request's
 * diff. GitHub shows only ten of each kind per step, hence the summary table below as well.
 */
export const github: Formatter = (results, context) =>
  results
    .flatMap((r) => r.messages.map((m) => annotation(repositoryPath(r.filePath, context.cwd), m)))
    .join('\n');

const SUMMARY = {
  title: { zh: '## xxgk-lint 检查结果', en: '## xxgk-lint results' },
  counts: { zh: '{{files}} 个文件：{{errors}} 个错误，{{warnings}} 个警告。', en: '{{files}} file(s): {{errors}} error(s), {{warnings}} warning(s).' },
  clean: { zh: '未发现问题。', en: 'No problems found.' },
  header: { zh: '| 文件 | 行 | 级别 | 规则 | 说明 |', en: '| File | Line | Severity | Rule | Message |' },
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  more: { zh: '另有 {{count}} 个问题未列出（见 -f json 或 -f sarif 的完整结果）。', en: '{{count}} more problem(s) not listed (see -f json or -f sarif for all of them).' },
};

/** GitHub keeps at most 1 MiB of summary per step; this many rows stay well below it. */
const SUMMARY_ROWS = 1000;

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ');
}

/** The Markdown job summary ($GITHUB_STEP_SUMMARY): every problem in one table, up to a limit. */
export function githubSummary(results: LintResult[], context: FormatterContext): string {
  const t = (w: { zh: string; en: string }, data?: Record<string, string | number>) => fillTemplate(localize(w, context.locale), data);
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const rows = results.flatMap((r) =>
    r.messages.map((m) => `| ${cell(repositoryPath(r.filePath, context.cwd))} | ${m.line} | ${t(m.severity === 2 ? SUMMARY.error : SUMMARY.warning)} | ${m.ruleId ?? ''} | ${cell(m.message)} |`),
  );
  const lines = [t(SUMMARY.title), '', t(SUMMARY.counts, { files: results.length, errors, warnings }), ''];
  if (!rows.length) return [...lines, t(SUMMARY.clean), ''].join('\n');
  lines.push(t(SUMMARY.header), '| --- | --: | --- | --- | --- |', ...rows.slice(0, SUMMARY_ROWS));
  if (rows.length > SUMMARY_ROWS) lines.push('', t(SUMMARY.more, { count: rows.length - SUMMARY_ROWS }));
  return `${lines.join('\n')}\n`;
}
