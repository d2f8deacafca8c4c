import { jsonTerminalSafe } from '../text/terminal-safe.js';
import type { Formatter } from './types.js';

/** ESLint's `-f json`: the LintResult[] array (with C1 controls escaped, the same JSON value). */
export const json: Formatter = (results) => jsonTerminalSafe(JSON.stringify(results));
