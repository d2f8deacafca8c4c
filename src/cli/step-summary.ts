import { appendFileSync } from 'node:fs';
import { githubSummary } from '../formatters/github.js';
import type { FormatterContext } from '../formatters/types.js';
import type { Locale, LintResult } from '../types.js';
import { cliText } from './messages.js';
import { localize } from '../engine/format-message.js';
import { systemReason } from '../i18n.js';

/**
 * With `-f github` inside GitHub Actions, the job summary gets the whole table of problems:
 * GitHub shows only ten annotations of each kind per step, and the rest would be lost.
 * Returns a notice for stderr when the summary file cannot be written (the lint still counts).
 */
export function appendStepSummary(env: NodeJS.ProcessEnv | undefined, results: LintResult[], context: FormatterContext, locale: Locale): string | undefined {
  const path = env?.GITHUB_STEP_SUMMARY;
  if (!path) return undefined;
  try {
    appendFileSync(path, githubSummary(results, context));
    return undefined;
  } catch (error) {
    const why = localize(systemReason(error), locale);
    return `${cliText('stepSummaryNotWritten', locale, { file: path, why })}\n`;
  }
}
