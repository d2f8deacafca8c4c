import { supportsColor } from 'chalk';

/**
 * Whether standard output shows colour when neither --color nor --no-color is given: chalk's
 * own detection (FORCE_COLOR, TTY, TERM, CI), plus NO_COLOR (no-color.org), which chalk 5
 * does not read. FORCE_COLOR wins over NO_COLOR, as in Node itself.
 */
export function detectColor(env: NodeJS.ProcessEnv = process.env, detected: typeof supportsColor = supportsColor): boolean {
  if (env.FORCE_COLOR === undefined && env.NO_COLOR) return false;
  return detected !== false && detected.level > 0;
}
