import { Chalk } from 'chalk';
import { fillTemplate, localize } from '../engine/format-message.js';
import { type Formatter, type FormatterContext, type StreamingFormatter, whole } from './types.js';
import { terminalSafe } from '../text/terminal-safe.js';
import { displayWidth, padEnd } from './width.js';

const t = (w: { zh: string; en: string }, context: FormatterContext, data?: Record<string, string | number>) => fillTemplate(localize(w, context.locale), data);

const WORDS = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  summary: {
    zh: '✖ 共 {{problems}} 个问题（{{errors}} 个错误，{{warnings}} 个警告）',
    en: '✖ {{problems}} problem{{s}} ({{errors}} error{{es}}, {{warnings}} warning{{ws}})',
  },
};

/** ESLint's default format: a block per file, one aligned line per problem, then a summary. */
export const stylishParts: StreamingFormatter = {
  head: () => '',
  part(result, _index, context) {
    if (!result.messages.length) return '';
    const chalk = new Chalk({ level: context.color ? 1 : 0 });
    const rows = result.messages.map((m) => [
      `${m.line}:${m.column}`,
      m.severity === 2 ? t(WORDS.error, context) : t(WORDS.warning, context),
      terminalSafe(m.message.replace(/(?<!\s)\s*\n\s*/g, ' ')),
      m.ruleId ?? '',
      m.severity,
    ] as const);
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => displayWidth(r[i] as string))));
    let out = `\n${chalk.underline(terminalSafe(result.filePath))}\n`;
    for (const [where, level, message, rule, severity] of rows) {
      const levelText = padEnd(level, widths[1]!);
      out += `  ${chalk.dim(padEnd(where, widths[0]!))}  ${severity === 2 ? chalk.red(levelText) : chalk.yellow(levelText)}  ${padEnd(message, widths[2]!)}  ${chalk.dim(rule)}`.trimEnd() + '\n';
    }
    return out;
  },
  tail({ errorCount: errors, warningCount: warnings }, context) {
    const total = errors + warnings;
    if (total === 0) return '';
    const chalk = new Chalk({ level: context.color ? 1 : 0 });
    const summary = t(WORDS.summary, context, {
      problems: total,
      errors,
      warnings,
      s: total === 1 ? '' : 's',
      es: errors === 1 ? '' : 's',
      ws: warnings === 1 ? '' : 's',
    });
    return `\n${errors ? chalk.red.bold(summary) : chalk.yellow.bold(summary)}\n`;
  },
};

export const stylish: Formatter = whole(stylishParts);
