import { BUILTIN_FORMATS } from '../formatters/load.js';
import { displayWidth, padEnd } from '../formatters/width.js';
import { DEFAULT_LIMITS } from '../pipeline/budgets.js';
import type { Locale } from '../types.js';
import { cliText } from './messages.js';
import { OPTIONS, type OptionSpec } from './options.js';

/** Closing marks never begin a line, opening ones never end one (Chinese line-breaking rules). */
const NO_LINE_START = /^[，。、；：！？）」』】》〉,.;:!?)]/u;
const NO_LINE_END = /[（「『【《〈(]$/u;

/**
 * Words (and each wide character, since Chinese breaks between any two) glued to the marks
 * that may not be split from them, and the spaces between.
 */
function pieces(text: string): string[] {
  const parts = text.match(/\s+|[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffe6]|[^\s\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffe6]+/gu) ?? [];
  const glued: string[] = [];
  for (const part of parts) {
    const last = glued.at(-1);
    if (last !== undefined && !/\s$/u.test(last) && !/^\s/u.test(part) && (NO_LINE_START.test(part) || NO_LINE_END.test(last))) glued[glued.length - 1] = last + part;
    else glued.push(part);
  }
  return glued;
}

/** Lines of at most `width` columns (a single longer word stands alone on its line). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text)) {
    if (/^\s+$/u.test(piece)) {
      if (line) line += ' ';
      continue;
    }
    if (line && displayWidth(line) + displayWidth(piece) > width) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += piece;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** `-f, --format FORMAT`; a switch on by default by its negation, `--color` by both forms. */
function optionLabel(spec: OptionSpec, locale: Locale): string {
  const flag = spec.type === 'boolean' && spec.default === true ? `--no-${spec.name}` : spec.name === 'color' ? '--color, --no-color' : `--${spec.name}`;
  const value = spec.choices ? spec.choices.join('|') : spec.value ? cliText(spec.value, locale) : '';
  return `${spec.short ? `-${spec.short}, ` : '    '}${flag}${value ? ` ${value}` : ''}`;
}

function optionText(spec: OptionSpec, locale: Locale): string {
  const text = cliText(spec.help, locale, { formats: BUILTIN_FORMATS.join(', '), limits: Object.keys(DEFAULT_LIMITS).join(', ') });
  const shown = typeof spec.default === 'string' ? cliText('defaultValue', locale, { value: spec.default }) : '';
  return text + shown;
}

/** Labels longer than this put their text on the next line rather than widen every row. */
const LABEL_COLUMN = 30;

/**
 * --help: usage, then the options by group with their values and defaults, then the exit
 * codes, in the manner of ESLint's help; wrapped to the terminal (at most 100 columns).
 */
export function helpText(locale: Locale, columns = 80): string {
  const width = Math.max(60, Math.min(columns, 100));
  const labels = new Map(OPTIONS.map((o) => [o, `  ${optionLabel(o, locale)}`]));
  const column = Math.min(LABEL_COLUMN, Math.max(...[...labels.values()].map(displayWidth).filter((w) => w <= LABEL_COLUMN))) + 2;
  const out = [cliText('usage', locale), '', ...wrap(cliText('about', locale), width)];
  let group = '';
  for (const spec of OPTIONS) {
    if (spec.group !== group) {
      group = spec.group;
      out.push('', cliText(spec.group, locale));
    }
    const label = labels.get(spec)!;
    const text = wrap(optionText(spec, locale), width - column);
    const indent = ' '.repeat(column);
    if (displayWidth(label) + 2 > column) out.push(label, ...text.map((l) => indent + l));
    else out.push(padEnd(label, column) + text[0], ...text.slice(1).map((l) => indent + l));
  }
  out.push('');
  for (const paragraph of cliText('epilogue', locale).split('\n')) out.push(...wrap(paragraph, width));
  return `${out.join('\n')}\n`;
}
