import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../schemas/package-root.js';
import type { Locale } from '../types.js';
import { terminalSafe } from '../text/terminal-safe.js';
import { cliText } from './messages.js';

/** Where bugs are reported: package.json's `bugs`, as npm's `npm bugs` finds it. */
function bugsUrl(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { bugs?: { url?: string } | string };
    const url = typeof pkg.bugs === 'string' ? pkg.bugs : pkg.bugs?.url;
    if (url) return url;
  } catch {
    // The report below must be printed whatever else is broken.
  }
  return 'https://github.com/xxgk-lint/xxgk-lint/issues';
}

/**
 * What a bug in xxgk-lint prints: one line that says it is ours and where to report it. The
 * stack trace is for whoever fixes it, shown with DEBUG or XXGK_LINT_DEBUG set.
 */
export function internalErrorText(error: unknown, locale: Locale, env: NodeJS.ProcessEnv = {}): string {
  const message = error instanceof Error ? error.message : String(error);
  // An error's text may quote a report or a file name: its control characters are made visible.
  const detail = terminalSafe(message.replace(/\s+/g, ' ').trim().slice(0, 500)) || (error instanceof Error ? error.name : 'unknown error');
  const line = `${cliText('internalError', locale, { detail, url: bugsUrl() })}\n`;
  const debug = env.XXGK_LINT_DEBUG || env.DEBUG;
  return debug && error instanceof Error && error.stack ? `${line}${error.stack}\n` : line;
}
