import { Chalk } from 'chalk';
import { fillTemplate, localize } from '../engine/format-message.js';
import type { Formatter } from './types.js';
import { terminalSafe } from '../text/terminal-safe.js';
import { displayWidth, padEnd } from './width.js';

const WORDS = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  summary: {
    zh: '✖ 共 {{problems}} 个问题（{{errors}} 个错误，{{warnings}} 个警告）',
    en: '✖ {{problems}} problem{{s}} ({{errors}} error{{es}}, {{warnings}} warning{{ws}})',
  },
};

/** ESLint's default format: a block per file, one aligned line per problem, then a summary. */
export const stylish: Formatter = (results, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const t = (w: { zh: string; en: string }, data?: Record<string, string | number>) => fillTemplate(localize(w, context.locale), data);
  let errors = 0;
  let warnings = 0;
  let out = '';
  for (const result of results) {
    if (!result.messages.length) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    const rows = result.messages.map((m) => [
      `${m.line}:${m.column}`,
      m.severity === 2 ? t(WORDS.error) : t(WORDS.warning),
      terminalSafe(m.message.replace(/(?<!\s)\s*\n\s*/g, ' ')),
      m.ruleId ?? '',
      m.severity,
    ] as const);
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => displayWidth(r[i] as string))));
    out += `\n${chalk.underline(terminalSafe(result.filePath))}\n`;
    for (const [where, level, message, rule, severity] of rows) {
      const levelText = padEnd(level, widths[1]!);
      out += `  ${chalk.dim(padEnd(where, widths[0]!))}  ${severity === 2 ? chalk.red(levelText) : chalk.yellow(levelText)}  ${padEnd(message, widths[2]!)}  ${chalk.dim(rule)}`.trimEnd() + '\n';
    }
  }
  const total = errors + warnings;
  if (total > 0) {
    const summary = t(WORDS.summary, {
      problems: total,
      errors,
      warnings,
      s: total === 1 ? '' : 's',
      es: errors === 1 ? '' : 's',
      ws: warnings === 1 ? '' : 's',
    });
    out += `\n${errors ? chalk.red.bold(summary) : chalk.yellow.bold(summary)}\n`;
  }
  return out;
};
