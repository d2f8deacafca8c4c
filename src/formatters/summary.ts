import { Chalk, type ChalkInstance } from 'chalk';
import { fillTemplate, localize } from '../engine/format-message.js';
import type { Localized } from '../types.js';
import { repositoryPath } from './relative-path.js';
import { type Counts, tally } from './tally.js';
import { terminalSafe } from '../text/terminal-safe.js';
import type { Formatter } from './types.js';
import { OVERVIEW_WORDS as WORDS } from './overview-words.js';
import { displayWidth, padEnd, padStart } from './width.js';


type Column = { head: string; right?: boolean; paint?: (text: string, raw: string) => string };

/** An aligned table: a dim header, then the rows; numbers right-aligned; colour applied after padding so columns stay aligned. */
function layout(chalk: ChalkInstance, columns: Column[], rows: string[][]): string {
  const widths = columns.map((c, i) => Math.max(displayWidth(c.head), ...rows.map((r) => displayWidth(r[i]!))));
  const line = (cells: string[], head: boolean) =>
    '  ' +
    cells
      .map((text, i) => {
        const column = columns[i]!;
        const padded = column.right ? padStart(text, widths[i]!) : padEnd(text, widths[i]!);
        return head ? chalk.dim(padded) : column.paint ? column.paint(padded, text) : padded;
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.head), true), ...rows.map((r) => line(r, false))].join('\n') + '\n';
}

/**
 * `-f summary`: the whole run at a glance, for a reviewer of many reports: how many pass, the
 * findings per rule, the reports with the most errors, and the counts per agency and year.
 */
export const summary: Formatter = (results, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const w = (word: Localized) => localize(word, context.locale);
  const { total, rules, groups, worst } = tally(results);
  const red = (padded: string, raw: string) => (raw !== '0' ? chalk.red(padded) : padded);
  const yellow = (padded: string, raw: string) => (raw !== '0' ? chalk.yellow(padded) : padded);
  const green = (padded: string, raw: string) => (raw !== '0' ? chalk.green(padded) : padded);
  const count = (n: number) => String(n);
  const outcome = (c: Counts) => [count(c.reports), count(c.pass), count(c.fail), count(c.unreadable), count(c.errors), count(c.warnings)];
  const outcomeColumns: Column[] = [
    { head: w(WORDS.reports), right: true },
    { head: w(WORDS.pass), right: true, paint: green },
    { head: w(WORDS.fail), right: true, paint: red },
    { head: w(WORDS.unreadable), right: true, paint: red },
    { head: w(WORDS.errors), right: true, paint: red },
    { head: w(WORDS.warnings), right: true, paint: yellow },
  ];

  let out = chalk.bold(fillTemplate(w(WORDS.overall), { ...total, s: total.reports === 1 ? '' : 's' })) + '\n';
  if (rules.length) {
    const rows = rules.map((r) => [r.ruleId !== null ? terminalSafe(r.ruleId) : w(WORDS.runMessages), count(r.errors), count(r.warnings)]);
    rows.push([w(WORDS.total), count(total.errors), count(total.warnings)]);
    out += '\n' + layout(chalk, [{ head: w(WORDS.rule) }, { head: w(WORDS.errors), right: true, paint: red }, { head: w(WORDS.warnings), right: true, paint: yellow }], rows);
  }
  if (worst.length) {
    const rows = worst.map((r) => [count(r.errorCount), count(r.warningCount), terminalSafe(repositoryPath(r.filePath, context.cwd))]);
    out += `\n${chalk.bold(w(WORDS.worst))}\n` + layout(chalk, [{ head: w(WORDS.errors), right: true, paint: red }, { head: w(WORDS.warnings), right: true, paint: yellow }, { head: w(WORDS.file) }], rows);
  }
  if (groups.length) {
    const rows = groups.map((g) => [terminalSafe(g.agency ?? w(WORDS.unknown)), g.year !== undefined ? String(g.year) : w(WORDS.unknown), ...outcome(g)]);
    out += `\n${chalk.bold(w(WORDS.byAgency))}\n` + layout(chalk, [{ head: w(WORDS.agency) }, { head: w(WORDS.year) }, ...outcomeColumns], rows);
  }
  return out;
};
