import { type StreamingFormatter, whole } from './types.js';

/** Exactly ESLint's `-f json`: the LintResult[] array (JSON.stringify's own bytes, a result at a time). */
export const jsonParts: StreamingFormatter = {
  head: () => '[',
  part: (result, index) => (index ? ',' : '') + JSON.stringify(result),
  tail: () => ']',
};

export const json = whole(jsonParts);
