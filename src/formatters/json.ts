import { jsonTerminalSafe } from '../text/terminal-safe.js';
import { type StreamingFormatter, whole } from './types.js';

/** ESLint's `-f json`: the LintResult[] array, a result at a time (with C1 controls escaped, the same JSON value). */
export const jsonParts: StreamingFormatter = {
  head: () => '[',
  part: (result, index) => (index ? ',' : '') + jsonTerminalSafe(JSON.stringify(result)),
  tail: () => ']',
};

export const json = whole(jsonParts);
